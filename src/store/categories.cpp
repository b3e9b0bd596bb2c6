// Occupational categories.

#include <set>

#include <Poco/Nullable.h>

#include "kplan/core/field_rules.hpp"
#include "editing.hpp"
#include "kplan/core/occupational_category.hpp"
#include "poco_store.hpp"
#include "record_json.hpp"
#include "resolver.hpp"
#include "sql.hpp"

namespace kplan::store {
namespace {

constexpr const char* kCategoryById =
    "SELECT id, name, COALESCE(ssyk, ''), version FROM occupational_category WHERE id = $1";
constexpr const char* kCategoryIdByName =
    "SELECT id FROM occupational_category WHERE name = $1";
constexpr const char* kUpdateCategory =
    "UPDATE occupational_category SET name = $1, ssyk = $2, version = version + 1"
    " WHERE id = $3 AND version = $4 RETURNING version";

constexpr std::string_view kWhatSv = "yrkeskategorin";
constexpr std::string_view kWhatEn = "category";

// The code may be left out (not known); given, it is core's SSYK code.
bool ValidSsyk(const std::string& ssyk) { return ssyk.empty() || IsSsykCode(ssyk); }

std::optional<OccupationalCategory> CategoryById(Session& s, std::int64_t id) {
  Poco::Int64 key = id;
  std::vector<Poco::Int64> ids;
  std::vector<std::string> names, ssyks;
  std::vector<int> versions;
  s << kCategoryById, use(key), into(ids), into(names), into(ssyks), into(versions), now;
  if (ids.empty()) return std::nullopt;
  return OccupationalCategory{ids[0], names[0], ssyks[0], versions[0]};
}

}  // namespace

Result<int> PocoStore::AddCategories(const std::vector<OccupationalCategory>& categories,
                                     std::string_view actor) {
  std::set<std::string> seen;
  for (std::size_t i = 0; i < categories.size(); ++i) {
    const OccupationalCategory& c = categories[i];
    auto bad = [&](std::string sv, std::string en, std::string field) {
      return Error(ErrorCode::kInvalidInput, std::move(sv), std::move(en))
          .WithRow(static_cast<std::int64_t>(i) + 1)
          .WithField(std::move(field))
          .WithRule("category");
    };
    if (c.name.empty()) return bad("yrkeskategorin saknar namn", "the category has no name", "name");
    if (!ValidSsyk(c.ssyk)) {
      return bad("SSYK-koden \"" + c.ssyk + "\" för " + c.name + " är inte fyra siffror",
                 "the SSYK code \"" + c.ssyk + "\" of " + c.name + " is not four digits", "ssyk")
          .WithValue(c.ssyk);
    }
    if (!seen.insert(c.name).second) {
      return bad("yrkeskategorin \"" + c.name + "\" förekommer två gånger",
                 "the category \"" + c.name + "\" appears twice", "name")
          .WithValue(c.name);
    }
  }
  return InTransaction<int>(Get(), "add categories", [&](Session& s) -> Result<int> {
    NameResolver names(s);
    for (const OccupationalCategory& c : categories) names.Category(c.name, c.ssyk);
    if (names.changed_categories() > 0) {
      AppendAudit(s, actor, "import", "occupational_category",
                  std::to_string(names.changed_categories()), "",
                  "{\"categories\":" + std::to_string(categories.size()) + "}");
    }
    return names.changed_categories();
  });
}

Result<std::vector<OccupationalCategory>> PocoStore::ListCategories() {
  return Reading<std::vector<OccupationalCategory>>(
      Get(), "list categories", [](Session& s) -> Result<std::vector<OccupationalCategory>> {
        std::vector<Poco::Int64> ids;
        std::vector<std::string> names, ssyks;
        std::vector<int> versions;
        s << sql::kListCategories, into(ids), into(names), into(ssyks), into(versions), now;
        std::vector<OccupationalCategory> out(ids.size());
        for (std::size_t i = 0; i < ids.size(); ++i) {
          out[i] = {ids[i], names[i], ssyks[i], versions[i]};
        }
        return out;
      });
}

Result<OccupationalCategory> PocoStore::UpdateCategory(const OccupationalCategory& category,
                                                      std::string_view actor) {
  if (category.name.empty() || !FitsCharacters(category.name, kCategoryNameMaxChars)) {
    const std::string max = std::to_string(kCategoryNameMaxChars);
    return Invalid("name", "yrkeskategorin behöver ett namn (högst " + max + " tecken)",
                   "the category needs a name (at most " + max + " characters)", "category");
  }
  if (!ValidSsyk(category.ssyk)) {
    return Invalid("ssyk", "SSYK-koden \"" + category.ssyk + "\" är inte fyra siffror",
                   "the SSYK code \"" + category.ssyk + "\" is not four digits", "ssyk")
        .WithValue(category.ssyk);
  }
  return Writing<OccupationalCategory>(
      "update category", [&](Session& s) -> Result<OccupationalCategory> {
        std::optional<OccupationalCategory> before = CategoryById(s, category.id);
        if (Status v = CheckVersion(before, category.id, category.version, kWhatSv, kWhatEn);
            !v.ok()) {
          return v.error();
        }
        std::string name = category.name;
        std::vector<Poco::Int64> same_name;
        s << kCategoryIdByName, use(name), into(same_name), now;
        if (!same_name.empty() && same_name[0] != category.id) {
          return Error(ErrorCode::kConflict, "yrkeskategorin \"" + name + "\" finns redan",
                       "the category \"" + name + "\" already exists")
              .WithField("name")
              .WithValue(name)
              .WithRule("unique");
        }
        Poco::Nullable<std::string> ssyk = category.ssyk.empty()
                                               ? Poco::Nullable<std::string>()
                                               : Poco::Nullable<std::string>(category.ssyk);
        Poco::Int64 id = category.id;
        int version = category.version;
        std::vector<int> updated;
        s << kUpdateCategory, use(name), use(ssyk), use(id), use(version), into(updated), now;
        if (updated.empty()) {
          return StaleOrMissing(s, "occupational_category", category.id, category.version, kWhatSv,
                                kWhatEn);
        }
        OccupationalCategory after = *CategoryById(s, category.id);
        AppendAudit(s, actor, "update", "occupational_category", std::to_string(id),
                    AuditText(*before), AuditText(after));
        return after;
      });
}

Result<std::vector<std::string>> PocoStore::SubtreeCodes(std::int64_t unit_id) {
  Result<std::vector<OrgUnit>> units = Subtree(unit_id);
  if (!units.ok()) return units.error();
  std::vector<std::string> codes;
  for (const OrgUnit& u : units.value()) codes.push_back(u.code);
  return codes;
}

}  // namespace kplan::store
