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

 private:
  // A pooled session, set up for the backend.
  Poco::Data::Session Get();
  void AppendAudit(Poco::Data::Session& s, std::string_view actor, std::string action,
                   std::string entity, std::string entity_id, std::string before,
                   std::string after);
  static std::vector<OrgUnit> ReadUnits(Poco::Data::Statement& select);

  Backend backend_;
  Poco::Data::SessionPool pool_;
};

}  // namespace kplan::store
