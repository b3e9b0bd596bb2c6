// Kartläggning: headcount per unit, category and competence level of a plan year.

#include <cmath>
#include <set>
#include <tuple>

#include "kplan/core/competence_scale.hpp"
#include "poco_store.hpp"
#include "resolver.hpp"
#include "sql.hpp"

using namespace Poco::Data::Keywords;
using Poco::Data::Session;

namespace kplan::store {

Result<std::vector<std::string>> PocoStore::PlanLevels(std::int64_t plan_unit_id, int year) {
  return Reading<std::vector<std::string>>(
      Get(), "plan levels", [&](Session& s) -> Result<std::vector<std::string>> {
        Poco::Int64 unit = plan_unit_id;
        int y = year;
        std::vector<Poco::Int64> plan_ids, scale_ids;
        s << sql::kFindPlanYear, use(unit), use(y), into(plan_ids), into(scale_ids), now;
        if (plan_ids.empty()) return CompetenceScale::Default().names();
        std::vector<std::string> names;
        Poco::Int64 scale = scale_ids[0];
        s << sql::kScaleLevels, use(scale), into(names), now;
        return names;
      });
}

Result<int> PocoStore::SaveInventory(std::int64_t plan_unit_id, int year,
                                     const std::vector<InventoryEntry>& entries,
                                     std::string_view actor) {
  Result<std::vector<std::string>> subtree = SubtreeCodes(plan_unit_id);
  if (!subtree.ok()) return subtree.error();
  const std::set<std::string> units(subtree.value().begin(), subtree.value().end());
  Result<std::vector<std::string>> levels = PlanLevels(plan_unit_id, year);
  if (!levels.ok()) return levels.error();
  const CompetenceScale scale(levels.value());

  std::set<std::tuple<std::string, std::string, std::string>> seen;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const InventoryEntry& e = entries[i];
    auto bad = [&](std::string sv, std::string en, std::string field, std::string value) {
      return Error(ErrorCode::kInvalidInput, std::move(sv), std::move(en))
          .WithRow(static_cast<std::int64_t>(i) + 1)
          .WithField(std::move(field))
          .WithValue(std::move(value))
          .WithRule("inventory");
    };
    if (!units.count(e.unit_code)) {
      return bad("enheten \"" + e.unit_code + "\" ligger inte under planens enhet",
                 "the unit \"" + e.unit_code + "\" is not below the plan's unit", "unit_code",
                 e.unit_code);
    }
    if (e.category.empty()) return bad("yrkeskategori saknas", "category missing", "category", "");
    if (!scale.Find(e.level)) {
      return bad("nivån \"" + e.level + "\" finns inte på skalan (" + levels.value().front() +
                     " … " + levels.value().back() + ")",
                 "the level \"" + e.level + "\" is not on the scale", "level", e.level);
    }
    if (!std::isfinite(e.headcount) || e.headcount < 0) {
      return bad("antalet måste vara ett tal ≥ 0", "the headcount must be a number ≥ 0",
                 "headcount", std::to_string(e.headcount));
    }
    if (!seen.insert({e.unit_code, e.category, e.level}).second) {
      return bad(e.unit_code + ", " + e.category + ", " + e.level + " förekommer två gånger",
                 e.unit_code + ", " + e.category + ", " + e.level + " appears twice", "level",
                 e.level);
    }
  }

  return InTransaction<int>(Get(), "save inventory", [&](Session& s) -> Result<int> {
    NameResolver names(s);
    auto [plan_id, scale_id] = EnsurePlanYear(s, plan_unit_id, year);
    Poco::Int64 plan = plan_id;
    std::set<std::pair<Poco::Int64, Poco::Int64>> cleared;
    for (const InventoryEntry& e : entries) {
      Poco::Int64 unit = *names.Unit(e.unit_code);
      Poco::Int64 category = names.Category(e.category);
      if (cleared.insert({unit, category}).second) {
        s << sql::kDeleteInventoryCell, use(plan), use(unit), use(category), now;
      }
      int position = static_cast<int>(*scale.Find(e.level));
      double headcount = e.headcount;
      s << sql::kInsertInventory, use(plan), use(unit), use(category), use(position),
          use(headcount), now;
    }
    AppendAudit(s, actor, "import", "inventory", std::to_string(plan_id), "",
                "{\"year\":" + std::to_string(year) + ",\"entries\":" +
                    std::to_string(entries.size()) + "}");
    return static_cast<int>(entries.size());
  });
}

Result<std::vector<InventoryEntry>> PocoStore::LoadInventory(std::int64_t plan_unit_id, int year) {
  return Reading<std::vector<InventoryEntry>>(
      Get(), "load inventory", [&](Session& s) -> Result<std::vector<InventoryEntry>> {
        Poco::Int64 unit = plan_unit_id;
        int y = year;
        std::vector<std::string> codes, categories, levels;
        std::vector<double> counts;
        s << sql::kLoadInventory, use(unit), use(y), into(codes), into(categories), into(levels),
            into(counts), now;
        std::vector<InventoryEntry> out(codes.size());
        for (std::size_t i = 0; i < codes.size(); ++i) {
          out[i] = {codes[i], categories[i], levels[i], counts[i]};
        }
        return out;
      });
}

}  // namespace kplan::store
