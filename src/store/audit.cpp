// The audit log: read side (writes happen inside each write's transaction).

#include <Poco/Data/RecordSet.h>

#include "poco_store.hpp"
#include "sql.hpp"

using namespace Poco::Data::Keywords;
using Poco::Data::RecordSet;
using Poco::Data::Session;
using Poco::Data::Statement;

namespace kplan::store {

Result<std::vector<AuditEntry>> PocoStore::ListAudit(int limit) {
  try {
    Session s = Get();
    Statement select(s);
    select << sql::kListAudit, use(limit), now;
    RecordSet rs(select);
    std::vector<AuditEntry> out;
    for (std::size_t row = 0; row < rs.rowCount(); ++row) {
      AuditEntry a;
      a.id = rs.value(0, row).convert<Poco::Int64>();
      a.at = rs.value(1, row).convert<std::string>();
      a.actor = rs.value(2, row).convert<std::string>();
      a.action = rs.value(3, row).convert<std::string>();
      a.entity = rs.value(4, row).convert<std::string>();
      a.entity_id = rs.value(5, row).convert<std::string>();
      a.before_json = rs.value(6, row).convert<std::string>();
      a.after_json = rs.value(7, row).convert<std::string>();
      out.push_back(std::move(a));
    }
    return out;
  } catch (const Poco::Exception& e) {
    return DatabaseError(e, "list audit");
  }
}

}  // namespace kplan::store
