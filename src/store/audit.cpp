// The audit log: read side (writes happen inside each write's transaction).

#include <Poco/Data/RecordSet.h>

#include "kplan/core/calendar_date.hpp"
#include "editing.hpp"
#include "poco_store.hpp"

namespace kplan::store {
namespace {

constexpr const char* kListAudit =
    "SELECT id, at, actor, action, entity, entity_id, before_json, after_json"
    " FROM audit_log ORDER BY id DESC LIMIT $1";
constexpr const char* kQueryAudit =
    "SELECT id, at, actor, action, entity, entity_id, before_json, after_json FROM audit_log"
    " WHERE (CAST($1 AS TEXT) = '' OR entity = $2) AND (CAST($3 AS TEXT) = '' OR entity_id = $4)"
    " AND (CAST($5 AS TEXT) = '' OR actor = $6) AND (CAST($7 AS TEXT) = '' OR at >= $8)"
    " ORDER BY id DESC LIMIT $9 OFFSET $10";

std::vector<AuditEntry> ReadAudit(Statement& select) {
  return ReadRows<AuditEntry>(select, [](RecordSet& rs, std::size_t row) {
    AuditEntry a;
    a.id = rs.value(0, row).convert<Poco::Int64>();
    a.at = rs.value(1, row).convert<std::string>();
    a.actor = rs.value(2, row).convert<std::string>();
    a.action = rs.value(3, row).convert<std::string>();
    a.entity = rs.value(4, row).convert<std::string>();
    a.entity_id = rs.value(5, row).convert<std::string>();
    a.before_json = rs.value(6, row).convert<std::string>();
    a.after_json = rs.value(7, row).convert<std::string>();
    return a;
  });
}

}  // namespace

Result<std::vector<AuditEntry>> PocoStore::ListAudit(int limit) {
  try {
    Session s = Get();
    Statement select(s);
    select << kListAudit, use(limit), now;
    return ReadAudit(select);
  } catch (const Poco::Exception& e) {
    return DatabaseError(e, "list audit");
  }
}

Result<std::vector<AuditEntry>> PocoStore::QueryAudit(const AuditQuery& query) {
  if (query.limit < 1 || query.limit > 1000) {
    return Invalid("limit", "antalet poster ska vara mellan 1 och 1000",
                   "the limit must be between 1 and 1000", "audit_limit")
        .WithValue(std::to_string(query.limit));
  }
  if (query.offset < 0) {
    return Invalid("offset", "förskjutningen kan inte vara negativ", "the offset cannot be negative",
                   "audit_offset")
        .WithValue(std::to_string(query.offset));
  }
  if (!query.since.empty() && !ParseIsoDate(query.since.substr(0, 10))) {
    return Invalid("since", "\"" + query.since + "\" är inte en tidpunkt (ÅÅÅÅ-MM-DD)",
                   "\"" + query.since + "\" is not a point in time (YYYY-MM-DD)", "iso_date")
        .WithValue(query.since);
  }
  return Reading<std::vector<AuditEntry>>(
      Get(), "query audit", [&](Session& s) -> Result<std::vector<AuditEntry>> {
        std::string entity = query.entity, entity_id = query.entity_id, actor = query.actor,
                    since = query.since;
        int limit = query.limit, offset = query.offset;
        Statement select(s);
        select << kQueryAudit, use(entity), use(entity), use(entity_id), use(entity_id),
            use(actor), use(actor), use(since), use(since), use(limit), use(offset), now;
        return ReadAudit(select);
      });
}

}  // namespace kplan::store
