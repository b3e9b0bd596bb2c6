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

#include "kplan/core/error.hpp"
#include "kplan/core/org_unit.hpp"
#include "kplan/store/database_url.hpp"

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
};

}  // namespace kplan::store
