// The organisation tree: adding units, a reorganisation from a file
// (creates and in-place updates, ids kept), listing and subtrees.

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

constexpr const char* kUpdateRootUnit =
    "UPDATE org_unit SET parent_id = NULL, kind = $1, name = $2 WHERE id = $3";
constexpr const char* kUpdateChildUnit =
    "UPDATE org_unit SET parent_id = $1, kind = $2, name = $3 WHERE id = $4";

std::string UnitJson(const std::string& code, const std::string& name, const std::string& parent,
                     OrgUnitKind kind) {
  return "{\"code\":\"" + JsonEscape(code) + "\",\"name\":\"" + JsonEscape(name) +
         "\",\"parent\":\"" + JsonEscape(parent) + "\",\"kind\":\"" +
         std::string(OrgUnitKindKey(kind)) + "\"}";
}

std::string UnitsJson(const std::vector<NewOrgUnit>& units) {
  std::string out = "[";
  for (const NewOrgUnit& u : units) {
    if (out.size() > 1) out += ",";
    out += UnitJson(u.code, u.name, u.parent_code, u.kind);
  }
  return out + "]";
}

}  // namespace

std::vector<OrgUnit> PocoStore::InsertUnits(Session& s, const std::vector<NewOrgUnit>& units,
                                            std::map<std::string, std::int64_t>& ids) {
  std::vector<OrgUnit> inserted;
  for (const NewOrgUnit& u : units) {
    std::string kind(OrgUnitKindKey(u.kind));
    std::string code = u.code;
    std::string name = u.name;
    Poco::Int64 id = 0;
    OrgUnit stored{0, std::nullopt, u.kind, u.name, u.code};
    if (u.parent_code.empty()) {
      s << kInsertRootUnit, use(kind), use(code), use(name), into(id), now;
    } else {
      Poco::Int64 parent = ids.at(u.parent_code);
      s << kInsertChildUnit, use(parent), use(kind), use(code), use(name), into(id), now;
      stored.parent_id = parent;
    }
    ids[u.code] = id;
    stored.id = id;
    inserted.push_back(std::move(stored));
  }
  return inserted;
}

Result<int> PocoStore::AddOrgUnits(const std::vector<NewOrgUnit>& units, std::string_view actor) {
  Result<std::vector<OrgUnit>> existing = ListOrgUnits();
  if (!existing.ok()) return existing.error();
  if (Status valid = ValidateNewOrgUnits(existing.value(), units); !valid.ok()) {
    return valid.error();
  }
  std::map<std::string, std::int64_t> ids = IdsByCode(existing.value());
  Session s = Get();
  try {
    s.begin();
    InsertUnits(s, units, ids);
    AppendAudit(s, actor, "import", "org_unit", std::to_string(units.size()), "", UnitsJson(units));
    s.commit();
    return static_cast<int>(units.size());
  } catch (const Poco::Exception& e) {
    if (s.isTransaction()) s.rollback();
    return DatabaseError(e, "add org units");
  }
}

std::vector<OrgUnit> PocoStore::UnitsIn(Session& s) {
  Statement select(s);
  select << kListUnits, now;
  return ReadUnits(select);
}

std::map<std::string, std::int64_t> PocoStore::IdsByCode(const std::vector<OrgUnit>& units) {
  std::map<std::string, std::int64_t> ids;
  for (const OrgUnit& u : units) ids[u.code] = u.id;
  return ids;
}

Result<int> PocoStore::ApplyOrgUnitChanges(const std::vector<OrgUnitChange>& changes,
                                           std::string_view actor) {
  return Writing<int>("apply org unit changes", [&](Session& s) -> Result<int> {
    const std::vector<OrgUnit> existing = UnitsIn(s);
    if (std::vector<Error> errors = CheckOrgUnitChanges(existing, changes); !errors.empty()) {
      return errors.front();
    }
    std::map<std::string, std::int64_t> ids = IdsByCode(existing);
    std::vector<NewOrgUnit> created;
    for (std::size_t i : CreationOrder(changes)) {
      const OrgUnitChange& c = changes[i];
      created.push_back({c.code, c.parent_code, c.kind, c.name});
    }
    InsertUnits(s, created, ids);
    std::string before = "[", after = "[";
    int updated = 0;
    for (const OrgUnitChange& c : changes) {
      if (c.action != OrgUnitAction::kUpdate) continue;
      Poco::Int64 id = ids.at(c.code);
      std::string kind(OrgUnitKindKey(c.kind));
      std::string name = c.name;
      if (c.parent_code.empty()) {
        s << kUpdateRootUnit, use(kind), use(name), use(id), now;
      } else {
        Poco::Int64 parent = ids.at(c.parent_code);
        s << kUpdateChildUnit, use(parent), use(kind), use(name), use(id), now;
      }
      const char* comma = updated++ ? "," : "";
      before += comma + UnitJson(c.code, c.old_name, c.old_parent_code, c.old_kind);
      after += comma + UnitJson(c.code, c.name, c.parent_code, c.kind);
    }
    AppendAudit(s, actor, "reorganise", "org_unit",
                std::to_string(created.size() + static_cast<std::size_t>(updated)), before + "]",
                "{\"created\":" + UnitsJson(created) + ",\"updated\":" + after + "]}");
    return static_cast<int>(created.size()) + updated;
  });
}

Result<std::vector<OrgUnit>> PocoStore::ListOrgUnits() {
  try {
    Session s = Get();
    return UnitsIn(s);
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
