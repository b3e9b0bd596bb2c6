#pragma once
// The Store on Poco::Data, for SQLite and PostgreSQL alike (private header).
// The implementation is split by aggregate: poco_store.cpp (connection,
// migrations), org_units.cpp, audit.cpp, employee_register.cpp. SQL lives in
// sql.hpp. Driver errors are logged here and never passed on to callers.

#include <Poco/Data/Session.h>
#include <Poco/Data/SessionPool.h>
#include <Poco/Data/Statement.h>
#include <Poco/Exception.h>

#include <string>
#include <string_view>

#include "kplan/store/store.hpp"

namespace kplan::store {

// ISO 8601 UTC, e.g. 2026-11-24T19:00:00Z.
std::string NowUtc();

// Logs the driver's text and returns an error that does not contain it.
Error DatabaseError(const Poco::Exception& e, std::string_view during);

std::string JsonEscape(std::string_view s);

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
  Result<std::vector<OrgUnit>> ListOrgUnits() override;
  Result<std::vector<OrgUnit>> Subtree(std::int64_t unit_id) override;

  Result<std::vector<AuditEntry>> ListAudit(int limit) override;

  Result<SnapshotWrite> SaveRegisterExtract(const RegisterExtract& extract, bool replace,
                                            std::string_view actor) override;
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
  Result<std::vector<Activity>> ListActivities(std::int64_t unit_id) override;
  Result<int> AddRisks(const std::vector<Risk>& risks, std::string_view actor) override;
  Result<std::vector<Risk>> ListRisks(std::int64_t unit_id, int year) override;

 private:
  // A pooled session, set up for the backend.
  Poco::Data::Session Get();
  // Subtree codes of a unit, or kNotFound.
  Result<std::vector<std::string>> SubtreeCodes(std::int64_t unit_id);
  void AppendAudit(Poco::Data::Session& s, std::string_view actor, std::string action,
                   std::string entity, std::string entity_id, std::string before,
                   std::string after);
  static std::vector<OrgUnit> ReadUnits(Poco::Data::Statement& select);

  Backend backend_;
  Poco::Data::SessionPool pool_;
};

}  // namespace kplan::store
