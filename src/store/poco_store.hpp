#pragma once
// The Store on Poco::Data, for SQLite and PostgreSQL alike (private header).
// The implementation is split by aggregate: poco_store.cpp (connection,
// migrations), org_units.cpp, audit.cpp, employee_register.cpp, and one file
// per module edited one record at a time (users.cpp, activities.cpp, ...;
// editing.hpp has their shared conventions, versioned_record.hpp the
// template they share). Each file holds its own SQL; sql.hpp only what
// several share.
// Driver errors are logged here and never passed on to callers.

#include <Poco/Data/RecordSet.h>
#include <Poco/Data/Session.h>
#include <Poco/Data/SessionPool.h>
#include <Poco/Data/Statement.h>
#include <Poco/Exception.h>
#include <Poco/Nullable.h>

#include <future>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kplan/store/store.hpp"

namespace kplan::store {

// The Poco::Data names every store file uses, said once here.
using namespace Poco::Data::Keywords;
using Poco::Nullable;
using Poco::Data::RecordSet;
using Poco::Data::Session;
using Poco::Data::Statement;

// ISO 8601 UTC, e.g. 2026-11-24T19:00:00Z.
std::string NowUtc();

// Logs the driver's text and returns an error that does not contain it.
Error DatabaseError(const Poco::Exception& e, std::string_view during);

std::string JsonEscape(std::string_view s);

// Every row of a SELECT, each read by read_row(rs, row), in the caller's
// column order.
template <typename Record, typename ReadRow>
std::vector<Record> ReadRows(Poco::Data::Statement& select, ReadRow&& read_row) {
  Poco::Data::RecordSet rs(select);
  std::vector<Record> out;
  out.reserve(rs.rowCount());
  for (std::size_t row = 0; row < rs.rowCount(); ++row) out.push_back(read_row(rs, row));
  return out;
}

// Runs fn(session) in a transaction: commits when it returns a value, rolls
// back when it returns an Error or the driver throws.
template <typename T, typename Fn>
Result<T> InTransaction(Poco::Data::Session session, std::string_view during, Fn&& fn) {
  try {
    session.begin();
    Result<T> result = fn(session);
    if (result.ok()) {
      session.commit();
    } else {
      session.rollback();
    }
    return result;
  } catch (const Poco::Exception& e) {
    if (session.isTransaction()) session.rollback();
    return DatabaseError(e, during);
  }
}

// Runs a read; driver failures become an Error.
template <typename T, typename Fn>
Result<T> Reading(Poco::Data::Session session, std::string_view during, Fn&& fn) {
  try {
    return fn(session);
  } catch (const Poco::Exception& e) {
    return DatabaseError(e, during);
  }
}

class PocoStore final : public Store {
 public:
  PocoStore(Backend backend, const std::string& connector, const std::string& connection);

  Backend backend() const override { return backend_; }
  Status Ping() override;
  Result<int> SchemaVersion() override;
  Result<int> Migrate() override;

  Result<int> AddOrgUnits(const std::vector<NewOrgUnit>& units, std::string_view actor) override;
  Result<int> ApplyOrgUnitChanges(const std::vector<OrgUnitChange>& changes,
                                  std::string_view actor) override;
  Result<std::vector<OrgUnit>> ListOrgUnits() override;
  Result<std::vector<OrgUnit>> Subtree(std::int64_t unit_id) override;

  Result<std::vector<AuditEntry>> ListAudit(int limit) override;
  Result<std::vector<AuditEntry>> QueryAudit(const AuditQuery& query) override;

  Result<SnapshotWrite> SaveRegisterExtract(const RegisterExtract& extract, bool replace,
                                            std::string_view actor) override;
  Result<std::optional<std::string>> PseudonymKey() override;
  Result<std::vector<EmployeeSnapshot>> ListSnapshots() override;
  Result<std::vector<EmployeeRecord>> LoadEmployees(std::int64_t snapshot_id,
                                                    std::int64_t unit_id) override;

  Result<int> AddCategories(const std::vector<OccupationalCategory>& categories,
                            std::string_view actor) override;
  Result<std::vector<OccupationalCategory>> ListCategories() override;
  Result<int> SaveInventory(std::int64_t plan_unit_id, int year,
                            const std::vector<InventoryEntry>& entries,
                            std::string_view actor) override;
  Result<std::vector<InventoryEntry>> LoadInventory(std::int64_t plan_unit_id, int year) override;
  Result<std::vector<std::string>> PlanLevels(std::int64_t plan_unit_id, int year) override;
  Result<int> SavePopulation(const std::vector<PopulationEntry>& entries,
                             std::string_view actor) override;
  Result<std::vector<PopulationEntry>> LoadPopulation(std::string_view area) override;
  Result<std::vector<std::string>> ListPopulationAreas() override;
  Result<int> SaveIndicatorOutcomes(const std::vector<IndicatorOutcome>& outcomes,
                                    std::string_view actor) override;
  Result<std::vector<IndicatorOutcome>> LoadIndicatorOutcomes(std::int64_t unit_id) override;
  Result<int> AddActivities(const std::vector<Activity>& activities,
                            std::string_view actor) override;
  Result<std::vector<Activity>> ListActivities(std::int64_t unit_id, std::optional<int> year) override;
  Result<int> AddRisks(const std::vector<Risk>& risks, std::string_view actor) override;
  Result<std::vector<Risk>> ListRisks(std::int64_t unit_id, int year) override;

  Result<OccupationalCategory> UpdateCategory(const OccupationalCategory& category,
                                              std::string_view actor) override;
  Result<std::vector<CompetenceScaleRecord>> ListScales() override;
  Result<CompetenceScaleRecord> AddScale(const CompetenceScaleRecord& scale,
                                         std::string_view actor) override;
  Result<std::vector<PlanYear>> ListPlanYears(std::int64_t unit_id) override;
  Result<PlanYear> GetPlanYear(std::int64_t id) override;
  Result<PlanYear> SavePlanYear(const PlanYear& plan_year, std::string_view actor) override;
  Result<int> ReplaceInventory(std::int64_t plan_unit_id, int year,
                               const std::vector<InventoryEntry>& entries, int expected_version,
                               std::string_view actor) override;
  Result<std::vector<NeedParameters>> LoadNeedParameters(std::int64_t plan_unit_id,
                                                         int year) override;
  Result<NeedParameters> SaveNeedParameters(std::int64_t plan_unit_id, int year,
                                            const NeedParameters& parameters,
                                            std::string_view actor) override;
  Result<std::vector<PlanText>> LoadPlanTexts(std::int64_t plan_unit_id, int year) override;
  Result<std::vector<PlanChapter>> ListChapters(std::int64_t unit_id, int year) override;
  Result<PlanChapter> GetChapter(std::int64_t id) override;
  Result<PlanChapter> CreateChapter(const PlanChapter& chapter, std::string_view actor) override;
  Result<PlanChapter> UpdateChapter(const PlanChapter& chapter, std::string_view actor) override;
  Status DeleteChapter(std::int64_t id, int version, std::string_view actor) override;
  Result<PlanText> SavePlanText(std::int64_t plan_unit_id, int year, const PlanText& text,
                                std::string_view actor) override;

  Result<Activity> GetActivity(std::int64_t id) override;
  Result<Activity> CreateActivity(const Activity& activity, std::string_view actor) override;
  Result<Activity> UpdateActivity(const Activity& activity, std::string_view actor) override;
  Status DeleteActivity(std::int64_t id, int version, std::string_view actor) override;

  Result<Risk> GetRisk(std::int64_t id) override;
  Result<Risk> CreateRisk(const Risk& risk, std::string_view actor) override;
  Result<Risk> UpdateRisk(const Risk& risk, std::string_view actor) override;
  Status DeleteRisk(std::int64_t id, int version, std::string_view actor) override;

  Result<std::vector<Goal>> ListGoals(std::int64_t unit_id, std::optional<int> year) override;
  Result<std::vector<Goal>> ListGoalsAbove(std::int64_t unit_id, int year) override;
  Result<Goal> GetGoal(std::int64_t id) override;
  Result<Goal> CreateGoal(const Goal& goal, std::string_view actor) override;
  Result<Goal> UpdateGoal(const Goal& goal, std::string_view actor) override;
  Status DeleteGoal(std::int64_t id, int version, std::string_view actor) override;

  Result<std::vector<IndicatorRecord>> ListIndicators(std::int64_t unit_id) override;
  Result<IndicatorRecord> GetIndicator(std::int64_t id) override;
  Result<IndicatorRecord> CreateIndicator(const IndicatorRecord& indicator,
                                          std::string_view actor) override;
  Result<IndicatorRecord> UpdateIndicator(const IndicatorRecord& indicator,
                                          std::string_view actor) override;
  Status DeleteIndicator(std::int64_t id, int version, std::string_view actor) override;
  Result<std::vector<OutcomeRecord>> ListOutcomes(std::int64_t indicator_id) override;
  Result<OutcomeRecord> SaveOutcome(const OutcomeRecord& outcome, std::string_view actor) override;
  Result<int> SaveComputedOutcomes(std::int64_t indicator_id, const std::vector<ComputedOutcome>& outcomes,
                                   std::string_view actor) override;

  // KoladaStore (kolada.cpp)
  Result<int> SaveKoladaValues(const std::vector<KoladaValue>& values, std::string_view actor) override;
  Result<std::vector<KoladaValue>> ListKoladaValues(std::string_view kpi,
                                                    const std::vector<std::string>& municipalities) override;

  Result<std::vector<SuccessionEntry>> ListSuccession(std::int64_t unit_id, std::optional<int> year) override;
  Result<SuccessionEntry> GetSuccession(std::int64_t id) override;
  Result<SuccessionEntry> CreateSuccession(const SuccessionEntry& entry,
                                           std::string_view actor) override;
  Result<SuccessionEntry> UpdateSuccession(const SuccessionEntry& entry,
                                           std::string_view actor) override;
  Status DeleteSuccession(std::int64_t id, int version, std::string_view actor) override;

  Result<std::vector<ProjectionRun>> ListProjectionRuns(std::int64_t unit_id) override;
  Result<ProjectionRun> GetProjectionRun(std::int64_t id) override;
  Result<ProjectionRun> SaveProjectionRun(const ProjectionRun& run, std::string_view actor) override;

  Result<PlanYear> SetPlanStatus(std::int64_t plan_year_id, PlanStatus status, int expected_version,
                                 std::string_view actor) override;
  Result<PlanAdoption> AdoptPlan(std::int64_t plan_year_id, int expected_version,
                                 const PlanDecision& decision,
                                 const std::vector<AdoptedDocument>& documents,
                                 std::string_view content_json, std::string_view actor) override;
  Result<std::vector<PlanAdoption>> ListAdoptions(std::int64_t plan_year_id) override;
  Result<AdoptedDocument> LoadAdoptedDocument(std::int64_t plan_year_id, int revision,
                                              std::string_view format) override;
  Result<std::string> LoadAdoptedContent(std::int64_t plan_year_id, int revision) override;
  Result<PlanYear> StartPlanYearFrom(std::int64_t source_plan_year_id, int year,
                                     const NextPlanYearOptions& options,
                                     std::string_view actor) override;

  Result<std::vector<FollowupOccasion>> ListOccasions(std::int64_t plan_year_id) override;
  Result<std::vector<FollowupOccasion>> ListOccasionsOfYear(int year) override;
  Result<FollowupOccasion> GetOccasion(std::int64_t id) override;
  Result<FollowupOccasion> CreateOccasion(const FollowupOccasion& occasion, std::string_view actor) override;
  Result<FollowupOccasion> UpdateOccasion(const FollowupOccasion& occasion, std::string_view actor) override;
  Status DeleteOccasion(std::int64_t id, int version, std::string_view actor) override;
  Result<FollowupOccasion> SubmitOccasion(std::int64_t id, int version,
                                          const std::vector<AdoptedDocument>& documents,
                                          std::string_view content_json, std::string_view actor) override;
  Result<std::vector<AdoptedDocument>> ListOccasionDocuments(std::int64_t id) override;
  Result<AdoptedDocument> LoadOccasionDocument(std::int64_t id, std::string_view format) override;
  Result<MappingRound> OpenMappingRound(std::int64_t plan_year_id, const CalendarDate& deadline,
                                        std::string_view actor) override;
  Result<MappingRound> CloseMappingRound(std::int64_t plan_year_id, std::string_view actor) override;
  Result<std::optional<MappingRound>> GetMappingRound(std::int64_t plan_year_id) override;
  Result<std::vector<UnitMapping>> ListUnitMappings(std::int64_t plan_year_id) override;
  Result<UnitMapping> SubmitUnitMapping(std::int64_t plan_year_id, std::string_view unit_code,
                                        std::string_view actor) override;
  Result<UnitMapping> RemindUnitMapping(std::int64_t plan_year_id, std::string_view unit_code,
                                        std::string_view actor) override;
  Result<std::vector<NeedProposal>> ListNeedProposals(std::int64_t plan_year_id) override;
  Result<NeedProposal> GetNeedProposal(std::int64_t id) override;
  Result<NeedProposal> ProposeNeed(std::int64_t plan_year_id, const NeedProposal& proposal,
                                   std::string_view actor) override;
  Result<NeedProposal> DecideNeedProposal(std::int64_t id, bool accept, std::string_view reason,
                                          std::string_view actor) override;
  Result<std::map<std::int64_t, std::vector<LevelDefinition>>> ListLevelDefinitions() override;
  Result<std::vector<LevelDefinition>> SaveLevelDefinitions(std::int64_t category_id,
                                                            const std::vector<LevelDefinition>& definitions,
                                                            std::string_view actor) override;

  Result<std::vector<User>> ListUsers() override;
  Result<std::pair<User, std::string>> FindUser(std::string_view name) override;
  Result<User> AddUser(const User& user, std::string_view password_hash,
                       std::string_view actor) override;
  Result<User> UpdateUser(const User& user, std::string_view actor) override;
  Status SetPasswordHash(std::string_view name, std::string_view password_hash,
                         std::string_view actor) override;

 private:
  // Runs fn(session) in a write transaction (see InTransaction). On SQLite
  // the transaction takes the write lock before fn reads anything, so that
  // two writers queue (busy_timeout) instead of one failing when its read
  // lock cannot be upgraded.
  template <typename T, typename Fn>
  Result<T> Writing(std::string_view during, Fn&& fn) {
    const bool sqlite = backend_ == Backend::kSqlite;
    return InTransaction<T>(Get(), during, [&](Poco::Data::Session& s) -> Result<T> {
      if (sqlite) TakeWriteLock(s);
      return fn(s);
    });
  }
  // Writing, for a write that returns only whether it happened.
  template <typename Fn>
  Status WritingStatus(std::string_view during, Fn&& fn) {
    Result<bool> done = Writing<bool>(during, [&](Poco::Data::Session& s) -> Result<bool> {
      Status status = fn(s);
      if (!status.ok()) return status.error();
      return true;
    });
    if (!done.ok()) return done.error();
    return Ok();
  }
  static void TakeWriteLock(Poco::Data::Session& s);

  // The versioned-record template, defined in versioned_record.hpp (which
  // says what a record Kind provides) for the files that edit one record at
  // a time.
  template <typename Kind, typename... Keys>
  Result<std::vector<typename Kind::Record>> ListRecords(const char* select_sql, Keys... keys);
  template <typename Kind>
  Result<typename Kind::Record> GetRecord(std::int64_t id);
  template <typename Kind>
  Result<typename Kind::Record> CreateRecord(const typename Kind::Record& record,
                                             std::string_view actor);
  template <typename Kind>
  Result<typename Kind::Record> UpdateRecord(const typename Kind::Record& record,
                                             std::string_view actor);
  template <typename Kind>
  Status DeleteRecord(std::int64_t id, int version, std::string_view actor);
  // A batch import: check_row(record) for each (its error gets the row
  // number), then every row inserted or none, logged as one "import" entry
  // {"<plural>": count}.
  template <typename Kind, typename CheckRow>
  Result<int> AddRecords(const std::vector<typename Kind::Record>& records,
                         std::string_view actor, std::string_view plural, CheckRow check_row);

  // A pooled session, set up for the backend.
  Poco::Data::Session Get();
  // Subtree codes of a unit, or kNotFound.
  Result<std::vector<std::string>> SubtreeCodes(std::int64_t unit_id);
  void AppendAudit(Poco::Data::Session& s, std::string_view actor, std::string action,
                   std::string entity, std::string entity_id, std::string before,
                   std::string after);
  // The inventory write shared by SaveInventory and ReplaceInventory: checks
  // the inventory version when one is expected, bumps it, and returns the new one.
  Result<int> WriteInventory(std::int64_t plan_unit_id, int year,
                             const std::vector<InventoryEntry>& entries,
                             std::optional<int> expected_version, std::string_view actor);
  static std::vector<OrgUnit> ReadUnits(Poco::Data::Statement& select);
  // The stored units, read in the session (inside its transaction), and their ids by code.
  static std::vector<OrgUnit> UnitsIn(Poco::Data::Session& s);
  static std::map<std::string, std::int64_t> IdsByCode(const std::vector<OrgUnit>& units);
  // Inserts the units (parents first) inside the session's transaction; `ids`
  // maps codes to ids and gains the new ones. Returns them with their ids.
  static std::vector<OrgUnit> InsertUnits(Poco::Data::Session& s, const std::vector<NewOrgUnit>& units,
                                          std::map<std::string, std::int64_t>& ids);
  // SaveRegisterExtract with extract.new_units: the units and the extract in one transaction.
  Result<SnapshotWrite> SaveExtractWithUnits(const RegisterExtract& extract, bool replace,
                                             std::string_view actor);
  // SaveRegisterExtract's writes inside its open transaction
  // (employee_register.cpp).
  // The extract's rows as a snapshot of unit_id (the extract's unit, or the new one).
  Result<SnapshotWrite> WriteExtract(Poco::Data::Session& s, std::int64_t unit_id,
                                     const RegisterExtract& extract,
                                     bool replace, const std::string& root_name,
                                     const std::vector<std::int64_t>& unit_of_record,
                                     std::future<std::string>& fingerprint,
                                     std::string_view actor);
  // Stores the pseudonym key of the first pseudonymised import inside the
  // session's open transaction (pseudonym_key.cpp); a stored key is a conflict.
  Status CreatePseudonymKey(Poco::Data::Session& s, const std::string& key_hex,
                            std::string_view actor);

  Backend backend_;
  Poco::Data::SessionPool pool_;
};

}  // namespace kplan::store
