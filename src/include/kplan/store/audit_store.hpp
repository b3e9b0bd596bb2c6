#pragma once
// The audit log: who changed what, written by every other role in the same
// transaction as the change (one role of kplan::store::Store).

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kplan/core/error.hpp"

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

class AuditStore {
 public:
  virtual ~AuditStore() = default;

  // Newest first.
  virtual Result<std::vector<AuditEntry>> ListAudit(int limit) = 0;
  virtual Result<std::vector<AuditEntry>> QueryAudit(const AuditQuery& query) = 0;
};

}  // namespace kplan::store
