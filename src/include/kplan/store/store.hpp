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
//
// The interface is split by role, one header each, so that a caller that
// needs one role can take only that: OrganisationStore, RegisterStore,
// PlanYearStore, PlanCycleStore, FollowupOccasionStore, MappingStore, KoladaStore,
// UnitRecordStore, UserStore, AuditStore. Store is all of
// them plus the connection and the schema.

#include <memory>
#include <string_view>

#include "kplan/core/error.hpp"
#include "kplan/store/audit_store.hpp"
#include "kplan/store/database_url.hpp"
#include "kplan/store/followup_occasion_store.hpp"
#include "kplan/store/mapping_store.hpp"
#include "kplan/store/kolada_store.hpp"
#include "kplan/store/organisation_store.hpp"
#include "kplan/store/plan_cycle_store.hpp"
#include "kplan/store/plan_year_store.hpp"
#include "kplan/store/register_store.hpp"
#include "kplan/store/unit_record_store.hpp"
#include "kplan/store/user_store.hpp"

namespace kplan::store {

class Store : public OrganisationStore,
              public RegisterStore,
              public PlanYearStore,
              public PlanCycleStore,
              public FollowupOccasionStore,
              public MappingStore,
              public UnitRecordStore,
              public UserStore,
              public AuditStore,
              public KoladaStore {
 public:
  // Connects (creating the SQLite file and its directory if needed). Does not
  // migrate: call Migrate().
  static Result<std::unique_ptr<Store>> Open(std::string_view url);

  ~Store() override = default;

  virtual Backend backend() const = 0;
  virtual Status Ping() = 0;

  // The schema version applied, 0 for an empty database.
  virtual Result<int> SchemaVersion() = 0;
  // The newest schema version this program knows.
  static int LatestSchemaVersion();
  // Applies the pending migrations in order, each in its own transaction;
  // returns how many were applied. Refuses a database newer than the program.
  virtual Result<int> Migrate() = 0;
};

}  // namespace kplan::store
