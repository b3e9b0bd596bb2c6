#pragma once
// Persistence for everything the planning cycle keeps.
//
// One interface, two backends: SQLite (embedded, the default, one file) and
// PostgreSQL (multi-user production). Both behave the same; the store test
// suite runs against each. Every write validates first and then commits in
// one transaction together with its audit-log entry: a rejected write changes
// nothing. Errors never carry SQL or driver text to callers; those go to the
// log and the caller gets ErrorCode::kUnavailable or kInternal.
//
// A Store is safe to use from several threads (connections come from a pool).

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kplan/core/calendar_date.hpp"
#include "kplan/core/employee.hpp"
#include "kplan/core/error.hpp"
#include "kplan/core/org_unit.hpp"
#include "kplan/store/database_url.hpp"
#include "kplan/store/records.hpp"

namespace kplan::store {

// Which audit entries to list: newest first, filtered by what is set.
// limit 1–1000 and offset ≥ 0, else kInvalidInput naming the field.
struct AuditQuery {
  std::string entity;   // e.g. "activity"
  std::string entity_id;
  std::string actor;
  std::string since;    // ISO 8601; entries at or after it
  int limit = 100;
  int offset = 0;
};

// Who did what; written with every change. No personal data beyond the
// user name of the actor.
struct AuditEntry {
  std::int64_t id = 0;
  std::string at;        // ISO 8601 UTC, set by the store
  std::string actor;     // user name, or "system" for CLI seeding
  std::string action;    // "create", "update", "delete", "import"
  std::string entity;    // "org_unit", ...
  std::string entity_id;
  std::string before_json;  // empty for create
  std::string after_json;   // empty for delete
};

// One imported employee register extract.
struct EmployeeSnapshot {
  std::int64_t id = 0;
  std::int64_t org_unit_id = 0;  // the extract covers this unit's subtree
  CalendarDate extract_date;
  std::string source_file;
  std::string content_hash;      // fingerprint of the records, not of the file's bytes
  int rows = 0;
  std::string imported_at;
};

// An extract to save: every employee's unit_code must name a unit in the
// subtree of org_unit_id.
struct RegisterExtract {
  std::int64_t org_unit_id = 0;
  CalendarDate extract_date;
  std::string source_file;
  std::vector<EmployeeRecord> employees;
};

enum class SnapshotWrite {
  kCreated,    // a new snapshot
  kUnchanged,  // the same records were already stored for this unit and date: nothing written
  kReplaced,   // different records for the same unit and date, replaced on request
};

class Store {
 public:
  // Connects (creating the SQLite file and its directory if needed). Does not
  // migrate: call Migrate().
  static Result<std::unique_ptr<Store>> Open(std::string_view url);

  virtual ~Store() = default;

  virtual Backend backend() const = 0;
  virtual Status Ping() = 0;

  // The schema version applied, 0 for an empty database.
  virtual Result<int> SchemaVersion() = 0;
  // The newest schema version this program knows.
  static int LatestSchemaVersion();
  // Applies the pending migrations in order, each in its own transaction;
  // returns how many were applied. Refuses a database newer than the program.
  virtual Result<int> Migrate() = 0;

  // Organisation tree. AddOrgUnits validates the whole batch
  // (ValidateNewOrgUnits) and stores all of it or nothing.
  virtual Result<int> AddOrgUnits(const std::vector<NewOrgUnit>& units,
                                  std::string_view actor) = 0;
  virtual Result<std::vector<OrgUnit>> ListOrgUnits() = 0;
  // The unit and everything below it, parents before children.
  virtual Result<std::vector<OrgUnit>> Subtree(std::int64_t unit_id) = 0;

  // Newest first.
  virtual Result<std::vector<AuditEntry>> ListAudit(int limit) = 0;
  virtual Result<std::vector<AuditEntry>> QueryAudit(const AuditQuery& query) = 0;

  // Employee register. SaveRegisterExtract stores all employees of the
  // extract or none. Saving the same records again for the same unit and date
  // changes nothing; different records for a stored unit and date are a
  // conflict unless `replace` is set.
  virtual Result<SnapshotWrite> SaveRegisterExtract(const RegisterExtract& extract, bool replace,
                                                    std::string_view actor) = 0;
  // Oldest extract date first.
  virtual Result<std::vector<EmployeeSnapshot>> ListSnapshots() = 0;
  // The employees of a snapshot who belong to unit_id or a unit below it,
  // ordered by employee id.
  virtual Result<std::vector<EmployeeRecord>> LoadEmployees(std::int64_t snapshot_id,
                                                            std::int64_t unit_id) = 0;

  // Occupational categories. AddCategories adds those whose names are new
  // and fills in a missing SSYK code; returns how many rows changed.
  virtual Result<int> AddCategories(const std::vector<OccupationalCategory>& categories,
                                    std::string_view actor) = 0;
  virtual Result<std::vector<OccupationalCategory>> ListCategories() = 0;

  // Kartläggning for the plan year `year` of unit `plan_unit_id` (created
  // with the default scale Viss, God, Hög, Mycket hög if absent). The entries
  // replace the stored ones for the units and categories they name; units must
  // lie in the plan unit's subtree, levels on the plan year's scale, and new
  // category names are added. All or nothing.
  virtual Result<int> SaveInventory(std::int64_t plan_unit_id, int year,
                                    const std::vector<InventoryEntry>& entries,
                                    std::string_view actor) = 0;
  // Ordered by unit code, category, level.
  virtual Result<std::vector<InventoryEntry>> LoadInventory(std::int64_t plan_unit_id,
                                                            int year) = 0;
  // The level names of the plan year's scale, lowest first (the default scale
  // when the plan year does not exist yet).
  virtual Result<std::vector<std::string>> PlanLevels(std::int64_t plan_unit_id, int year) = 0;

  // Population forecasts: entries replace stored ones with the same area,
  // year and age_from.
  virtual Result<int> SavePopulation(const std::vector<PopulationEntry>& entries,
                                     std::string_view actor) = 0;
  virtual Result<std::vector<PopulationEntry>> LoadPopulation(std::string_view area) = 0;

  // Indicators and their outcomes: an indicator is created on first mention
  // (per unit and name); an outcome replaces the stored one for its period.
  virtual Result<int> SaveIndicatorOutcomes(const std::vector<IndicatorOutcome>& outcomes,
                                            std::string_view actor) = 0;
  // Outcomes of the indicators of a unit's subtree, by indicator and period.
  virtual Result<std::vector<IndicatorOutcome>> LoadIndicatorOutcomes(std::int64_t unit_id) = 0;

  // Aktivitetsplan and riskanalys: rows are added; units must exist, new
  // category names are added.
  virtual Result<int> AddActivities(const std::vector<Activity>& activities,
                                    std::string_view actor) = 0;
  virtual Result<std::vector<Activity>> ListActivities(std::int64_t unit_id) = 0;
  virtual Result<int> AddRisks(const std::vector<Risk>& risks, std::string_view actor) = 0;
  virtual Result<std::vector<Risk>> ListRisks(std::int64_t unit_id, int year) = 0;

  // ---------------------------------------------------------------------
  // Editing one record at a time (the API). The conventions, for every
  // Create/Update/Delete below:
  //  - Create ignores the id and version it is given and returns the stored
  //    record (new id, version 1).
  //  - Update and Delete name the record by id and quote the version the
  //    caller read. A record that does not exist is kNotFound; a stored
  //    version other than the quoted one is kPreconditionFailed ("someone
  //    else changed it first"), and nothing is written. Update returns the
  //    stored record with version + 1.
  //  - Units and categories are named by code and name as in the rows above;
  //    an unknown unit is kInvalidInput naming the field, a new category name
  //    is added.
  //  - Every write appends an audit entry with the record before and after,
  //    as JSON, in the same transaction.
  // Lists take a unit and return the records of its subtree.
  // ---------------------------------------------------------------------

  virtual Result<OccupationalCategory> UpdateCategory(const OccupationalCategory& category,
                                                      std::string_view actor) = 0;

  // Competence scales: at least two levels, names unique within the scale
  // and scale names unique.
  virtual Result<std::vector<CompetenceScaleRecord>> ListScales() = 0;
  virtual Result<CompetenceScaleRecord> AddScale(const CompetenceScaleRecord& scale,
                                                 std::string_view actor) = 0;

  // Plan years of the units in the subtree, by unit code and year.
  virtual Result<std::vector<PlanYear>> ListPlanYears(std::int64_t unit_id) = 0;
  // Creates (id 0) or updates a plan year. The scale must exist (empty: the
  // default scale "Standard" on create, the plan year's own on update);
  // horizons are 1–30 years, ascending, no duplicates. A unit's year exists
  // once (kConflict); unit and year do not change on update. The scale of a
  // plan year that has inventory may not change (kConflict).
  virtual Result<PlanYear> SavePlanYear(const PlanYear& plan_year, std::string_view actor) = 0;

  // SaveInventory for editors: refused with kPreconditionFailed unless the
  // plan year's inventory_version equals expected_version (0 when the plan
  // year does not exist yet). Returns the new inventory_version. Every
  // inventory write counts, SaveInventory's imports too.
  virtual Result<int> ReplaceInventory(std::int64_t plan_unit_id, int year,
                                       const std::vector<InventoryEntry>& entries,
                                       int expected_version, std::string_view actor) = 0;

  // Need parameters of the plan year's categories, by category name (none
  // when the plan year does not exist).
  virtual Result<std::vector<NeedParameters>> LoadNeedParameters(std::int64_t plan_unit_id,
                                                                 int year) = 0;
  // Creates (version 0; kPreconditionFailed when someone else created it
  // first) or updates one category's parameters; the plan year is created
  // as in SaveInventory when absent, kNotFound for an unknown plan unit.
  // Validated (fields named as horizons[1].target_shares): one
  // assumption per horizon of the plan year, each with one share per level
  // of its scale summing to 100 ± 0.5 (IsCompleteDistribution), growth
  // > −1, base ≥ 0 when set.
  virtual Result<NeedParameters> SaveNeedParameters(std::int64_t plan_unit_id, int year,
                                                    const NeedParameters& parameters,
                                                    std::string_view actor) = 0;

  // Texts of the plan document (version 0 creates, as SaveNeedParameters),
  // by section and category. Sections are PlanText's keys; at most 100,000
  // characters.
  virtual Result<std::vector<PlanText>> LoadPlanTexts(std::int64_t plan_unit_id, int year) = 0;
  virtual Result<PlanText> SavePlanText(std::int64_t plan_unit_id, int year,
                                        const PlanText& text, std::string_view actor) = 0;

  virtual Result<Activity> GetActivity(std::int64_t id) = 0;
  virtual Result<Activity> CreateActivity(const Activity& activity, std::string_view actor) = 0;
  virtual Result<Activity> UpdateActivity(const Activity& activity, std::string_view actor) = 0;
  virtual Status DeleteActivity(std::int64_t id, int version, std::string_view actor) = 0;

  virtual Result<Risk> GetRisk(std::int64_t id) = 0;
  virtual Result<Risk> CreateRisk(const Risk& risk, std::string_view actor) = 0;
  virtual Result<Risk> UpdateRisk(const Risk& risk, std::string_view actor) = 0;
  virtual Status DeleteRisk(std::int64_t id, int version, std::string_view actor) = 0;

  virtual Result<std::vector<Goal>> ListGoals(std::int64_t unit_id) = 0;
  virtual Result<Goal> GetGoal(std::int64_t id) = 0;
  virtual Result<Goal> CreateGoal(const Goal& goal, std::string_view actor) = 0;
  virtual Result<Goal> UpdateGoal(const Goal& goal, std::string_view actor) = 0;
  // A goal with indicators cannot be deleted (kConflict).
  virtual Status DeleteGoal(std::int64_t id, int version, std::string_view actor) = 0;

  // Indicators: the target JSON is checked with io's target rule reader and
  // stored in its canonical form; names are unique per unit (kConflict); a
  // goal_id must name a goal.
  virtual Result<std::vector<IndicatorRecord>> ListIndicators(std::int64_t unit_id) = 0;
  virtual Result<IndicatorRecord> GetIndicator(std::int64_t id) = 0;
  virtual Result<IndicatorRecord> CreateIndicator(const IndicatorRecord& indicator,
                                                  std::string_view actor) = 0;
  virtual Result<IndicatorRecord> UpdateIndicator(const IndicatorRecord& indicator,
                                                  std::string_view actor) = 0;
  // Deletes the indicator and its outcomes.
  virtual Status DeleteIndicator(std::int64_t id, int version, std::string_view actor) = 0;
  // Outcomes of one indicator, oldest period first.
  virtual Result<std::vector<OutcomeRecord>> ListOutcomes(std::int64_t indicator_id) = 0;
  // Creates (version 0, the period not stored yet) or updates the outcome of
  // a period ("2024", "2024-T2", "2024-12": a year, optionally a part). A
  // manual assessment needs a comment. kNotFound for an unknown indicator.
  // An import (SaveIndicatorOutcomes) of a stored period replaces its value,
  // keeps its assessment and counts as a version.
  virtual Result<OutcomeRecord> SaveOutcome(const OutcomeRecord& outcome,
                                            std::string_view actor) = 0;

  // Incumbent and successor are pseudonymous ids: a personnummer is refused
  // (rule no_personnummer, the value not echoed).
  virtual Result<std::vector<SuccessionEntry>> ListSuccession(std::int64_t unit_id) = 0;
  virtual Result<SuccessionEntry> GetSuccession(std::int64_t id) = 0;
  virtual Result<SuccessionEntry> CreateSuccession(const SuccessionEntry& entry,
                                                   std::string_view actor) = 0;
  virtual Result<SuccessionEntry> UpdateSuccession(const SuccessionEntry& entry,
                                                   std::string_view actor) = 0;
  virtual Status DeleteSuccession(std::int64_t id, int version, std::string_view actor) = 0;

  // Newest first, without result_json. SaveProjectionRun always adds a run
  // (created_at and actor set by the store); both documents must be JSON
  // objects (parameters_json, result_json; over 32 MB is kTooLarge).
  virtual Result<std::vector<ProjectionRun>> ListProjectionRuns(std::int64_t unit_id) = 0;
  virtual Result<ProjectionRun> GetProjectionRun(std::int64_t id) = 0;
  virtual Result<ProjectionRun> SaveProjectionRun(const ProjectionRun& run,
                                                  std::string_view actor) = 0;

  // Users. Names are 2–64 characters of letters (ASCII and Latin-1: å, ä,
  // ö, é ...), digits, '.', '-', '_' and unique (kConflict); a chef needs a
  // unit. The audit log never holds password hashes.
  virtual Result<std::vector<User>> ListUsers() = 0;
  // The user and its password hash; kNotFound when there is none.
  virtual Result<std::pair<User, std::string>> FindUser(std::string_view name) = 0;
  virtual Result<User> AddUser(const User& user, std::string_view password_hash,
                               std::string_view actor) = 0;
  // Role, unit and disabled, by id and version.
  virtual Result<User> UpdateUser(const User& user, std::string_view actor) = 0;
  // Keeps the user's version (a password change does not clash with an
  // administrator's edit); logged as "password_changed".
  virtual Status SetPasswordHash(std::string_view name, std::string_view password_hash,
                                 std::string_view actor) = 0;
};

}  // namespace kplan::store
