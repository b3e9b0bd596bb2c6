#include "kplan/core/org_unit.hpp"

#include <array>

namespace kplan {
namespace {

struct KindInfo {
  OrgUnitKind kind;
  std::string_view key;
  std::string_view label;
};

constexpr std::array<KindInfo, 5> kKinds{{
    {OrgUnitKind::kKommun, "kommun", "Kommun"},
    {OrgUnitKind::kNamnd, "namnd", "Nämnd"},
    {OrgUnitKind::kForvaltning, "forvaltning", "Förvaltning"},
    {OrgUnitKind::kAvdelning, "avdelning", "Avdelning"},
    {OrgUnitKind::kEnhet, "enhet", "Enhet"},
}};

}  // namespace

std::string_view OrgUnitKindKey(OrgUnitKind kind) { return kKinds[static_cast<int>(kind)].key; }
std::string_view OrgUnitKindLabel(OrgUnitKind kind) { return kKinds[static_cast<int>(kind)].label; }

std::optional<OrgUnitKind> ParseOrgUnitKind(std::string_view key) {
  for (const KindInfo& k : kKinds) {
    if (k.key == key) return k.kind;
  }
  return std::nullopt;
}

bool MayContain(OrgUnitKind parent, OrgUnitKind child) {
  return static_cast<int>(child) > static_cast<int>(parent);
}

}  // namespace kplan

#include <map>

#include "kplan/core/field_rules.hpp"

namespace kplan {

Status Validate(const NewOrgUnit& u) {
  if (Status s = CheckText(u.code, "code", kOrgUnitCodeMaxChars, true); !s.ok()) return s;
  if (Status s = CheckText(u.parent_code, "parent_code", kOrgUnitCodeMaxChars); !s.ok()) return s;
  return CheckText(u.name, "name", kOrgUnitNameMaxChars, true);
}

Status ValidateNewOrgUnits(const std::vector<OrgUnit>& existing,
                           const std::vector<NewOrgUnit>& added) {
  std::map<std::string, OrgUnitKind, std::less<>> kinds;
  bool has_root = false;
  for (const OrgUnit& u : existing) {
    kinds[u.code] = u.kind;
    if (!u.parent_id) has_root = true;
  }
  std::int64_t row = 0;
  for (const NewOrgUnit& u : added) {
    ++row;
    auto bad = [&](std::string field, std::string sv, std::string en) {
      return Error(ErrorCode::kInvalidInput, std::move(sv), std::move(en))
          .WithRow(row)
          .WithField(std::move(field))
          .WithRule("org_tree");
    };
    if (Status own = Validate(u); !own.ok()) return Error(own.error()).WithRow(row);
    if (kinds.count(u.code)) {
      return bad("code", "koden \"" + u.code + "\" finns redan",
                 "the code \"" + u.code + "\" already exists")
          .WithValue(u.code);
    }
    if (u.parent_code.empty()) {
      if (has_root) {
        return bad("parent_code",
                   "\"" + u.name + "\" saknar överordnad enhet, men organisationen har redan en rot",
                   "\"" + u.name + "\" has no parent, but the organisation already has a root");
      }
      has_root = true;
    } else {
      auto parent = kinds.find(u.parent_code);
      if (parent == kinds.end()) {
        return bad("parent_code", "den överordnade enheten \"" + u.parent_code + "\" finns inte",
                   "the parent unit \"" + u.parent_code + "\" does not exist")
            .WithValue(u.parent_code);
      }
      if (!MayContain(parent->second, u.kind)) {
        return bad("kind",
                   std::string(OrgUnitKindLabel(u.kind)) + " kan inte ligga under " +
                       std::string(OrgUnitKindLabel(parent->second)),
                   std::string(OrgUnitKindKey(u.kind)) + " cannot sit below " +
                       std::string(OrgUnitKindKey(parent->second)))
            .WithValue(std::string(OrgUnitKindKey(u.kind)));
      }
    }
    kinds[u.code] = u.kind;
  }
  return Ok();
}

}  // namespace kplan
