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
#include <vector>

#include "kplan/core/calendar_date.hpp"
#include "kplan/core/employee.hpp"
#include "kplan/core/error.hpp"
#include "kplan/core/org_unit.hpp"
#include "kplan/store/database_url.hpp"
#include "kplan/store/records.hpp"

namespace kplan::store {

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
  // The areas that have a forecast, by name.
  virtual Result<std::vector<std::string>> ListPopulationAreas() = 0;

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
};

}  // namespace kplan::store
