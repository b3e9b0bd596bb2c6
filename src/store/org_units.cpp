// The organisation tree.

#include <Poco/Data/RecordSet.h>

#include <map>

#include "poco_store.hpp"
#include "sql.hpp"

namespace kplan::store {
namespace {

constexpr const char* kInsertRootUnit =
    "INSERT INTO org_unit (parent_id, kind, code, name) VALUES (NULL, $1, $2, $3) RETURNING id";
constexpr const char* kInsertChildUnit =
    "INSERT INTO org_unit (parent_id, kind, code, name) VALUES ($1, $2, $3, $4) RETURNING id";
constexpr const char* kListUnits =
    "SELECT id, parent_id, kind, code, name FROM org_unit ORDER BY id";
// Parents before children: ids grow as units are added below existing ones.
constexpr const char* kSubtree =
    KPLAN_SQL_SUBTREE_OF_PARAM_1
    " SELECT u.id, u.parent_id, u.kind, u.code, u.name FROM org_unit u"
    " WHERE u.id IN (SELECT id FROM sub) ORDER BY u.id";

}  // namespace

Result<int> PocoStore::AddOrgUnits(const std::vector<NewOrgUnit>& units, std::string_view actor) {
  Result<std::vector<OrgUnit>> existing = ListOrgUnits();
  if (!existing.ok()) return existing.error();
  if (Status valid = ValidateNewOrgUnits(existing.value(), units); !valid.ok()) {
    return valid.error();
  }
  std::map<std::string, std::int64_t> ids;
  for (const OrgUnit& u : existing.value()) ids[u.code] = u.id;

  Session s = Get();
  try {
    s.begin();
    std::string after = "[";
    for (const NewOrgUnit& u : units) {
      std::string kind(OrgUnitKindKey(u.kind));
      std::string code = u.code;
      std::string name = u.name;
      Poco::Int64 id = 0;
      if (u.parent_code.empty()) {
        s << kInsertRootUnit, use(kind), use(code), use(name), into(id), now;
      } else {
        Poco::Int64 parent = ids.at(u.parent_code);
        s << kInsertChildUnit, use(parent), use(kind), use(code), use(name), into(id), now;
      }
      ids[u.code] = id;
      if (after.size() > 1) after += ",";
      after += "{\"code\":\"" + JsonEscape(code) + "\",\"name\":\"" + JsonEscape(name) +
               "\",\"kind\":\"" + kind + "\"}";
    }
    after += "]";
    AppendAudit(s, actor, "import", "org_unit", std::to_string(units.size()), "", after);
    s.commit();
    return static_cast<int>(units.size());
  } catch (const Poco::Exception& e) {
    if (s.isTransaction()) s.rollback();
    return DatabaseError(e, "add org units");
  }
}

Result<std::vector<OrgUnit>> PocoStore::ListOrgUnits() {
  try {
    Session s = Get();
    Statement select(s);
    select << kListUnits, now;
    return ReadUnits(select);
  } catch (const Poco::Exception& e) {
    return DatabaseError(e, "list org units");
  }
}

Result<std::vector<OrgUnit>> PocoStore::Subtree(std::int64_t unit_id) {
  try {
    Session s = Get();
    Statement select(s);
    Poco::Int64 id = unit_id;
    select << kSubtree, use(id), now;
    std::vector<OrgUnit> units = ReadUnits(select);
    if (units.empty()) {
      return Error(ErrorCode::kNotFound, "enheten " + std::to_string(unit_id) + " finns inte",
                   "unit " + std::to_string(unit_id) + " does not exist");
    }
    return units;
  } catch (const Poco::Exception& e) {
    return DatabaseError(e, "subtree");
  }
}

std::vector<OrgUnit> PocoStore::ReadUnits(Statement& select) {
  RecordSet rs(select);
  std::vector<OrgUnit> units;
  units.reserve(rs.rowCount());
  for (std::size_t row = 0; row < rs.rowCount(); ++row) {
    OrgUnit u;
    u.id = rs.value(0, row).convert<Poco::Int64>();
    if (!rs.value(1, row).isEmpty()) u.parent_id = rs.value(1, row).convert<Poco::Int64>();
    u.kind = ParseOrgUnitKind(rs.value(2, row).convert<std::string>()).value_or(OrgUnitKind::kEnhet);
    u.code = rs.value(3, row).convert<std::string>();
    u.name = rs.value(4, row).convert<std::string>();
    units.push_back(std::move(u));
  }
  return units;
}

}  // namespace kplan::store
