// Occupational categories.

#include <set>

#include "poco_store.hpp"
#include "resolver.hpp"
#include "sql.hpp"

using namespace Poco::Data::Keywords;
using Poco::Data::Session;

namespace kplan::store {

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
    if (!c.ssyk.empty() && (c.ssyk.size() != 4 || c.ssyk.find_first_not_of("0123456789") != std::string::npos)) {
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

Result<std::vector<std::string>> PocoStore::SubtreeCodes(std::int64_t unit_id) {
  Result<std::vector<OrgUnit>> units = Subtree(unit_id);
  if (!units.ok()) return units.error();
  std::vector<std::string> codes;
  for (const OrgUnit& u : units.value()) codes.push_back(u.code);
  return codes;
}

}  // namespace kplan::store
