// Kartläggning: headcount per unit, category and competence level of a plan
// year; imported (SaveInventory) or edited as a grid (ReplaceInventory), both
// counting the plan year's inventory_version.

#include <cmath>
#include <set>
#include <tuple>

#include "kplan/core/competence_scale.hpp"
#include "plan_years.hpp"
#include "poco_store.hpp"
#include "record_json.hpp"
#include "resolver.hpp"
#include "sql.hpp"

namespace kplan::store {
namespace {

constexpr const char* kDeleteInventoryCell =
    "DELETE FROM inventory WHERE plan_year_id = $1 AND org_unit_id = $2 AND category_id = $3";
constexpr const char* kInsertInventory =
    "INSERT INTO inventory (plan_year_id, org_unit_id, category_id, level_position, headcount)"
    " VALUES ($1, $2, $3, $4, $5)";
constexpr const char* kLoadInventory =
    "SELECT u.code, c.name, l.name, i.headcount FROM inventory i"
    " JOIN plan_year p ON p.id = i.plan_year_id"
    " JOIN org_unit u ON u.id = i.org_unit_id"
    " JOIN occupational_category c ON c.id = i.category_id"
    " JOIN competence_level l ON l.scale_id = p.scale_id AND l.position = i.level_position"
    " WHERE p.org_unit_id = $1 AND p.year = $2 ORDER BY u.code, c.name, i.level_position";
constexpr const char* kMarkSaved =
    "INSERT INTO mapping_unit (plan_year_id, org_unit_id, saved_at) VALUES ($1, $2, $3)"
    " ON CONFLICT (plan_year_id, org_unit_id) DO UPDATE SET saved_at = excluded.saved_at";
constexpr const char* kBumpInventoryVersion =
    "UPDATE plan_year SET inventory_version = inventory_version + 1"
    " WHERE id = $1 AND inventory_version = $2 RETURNING inventory_version";
constexpr const char* kInventoryOfPlanYear =
    "SELECT u.code, c.name, l.name, i.headcount, i.org_unit_id, i.category_id FROM inventory i"
    " JOIN plan_year p ON p.id = i.plan_year_id"
    " JOIN org_unit u ON u.id = i.org_unit_id"
    " JOIN occupational_category c ON c.id = i.category_id"
    " JOIN competence_level l ON l.scale_id = p.scale_id AND l.position = i.level_position"
    " WHERE p.id = $1 ORDER BY u.code, c.name, i.level_position";

}  // namespace

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
  Result<int> written = WriteInventory(plan_unit_id, year, entries, std::nullopt, actor);
  if (!written.ok()) return written.error();
  return static_cast<int>(entries.size());
}

Result<int> PocoStore::ReplaceInventory(std::int64_t plan_unit_id, int year,
                                        const std::vector<InventoryEntry>& entries,
                                        int expected_version, std::string_view actor) {
  return WriteInventory(plan_unit_id, year, entries, expected_version, actor);
}

namespace {

// Every entry names a unit of the plan's subtree, a category, a level on the
// scale and a headcount ≥ 0, each cell once; else the error naming the row.
Status CheckEntries(const std::vector<InventoryEntry>& entries, const std::set<std::string>& units,
                    const CompetenceScale& scale, const std::vector<std::string>& levels) {
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
      return bad("nivån \"" + e.level + "\" finns inte på skalan (" + levels.front() + " … " +
                     levels.back() + ")",
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
  return Ok();
}

Error StaleInventory(int year, int quoted, int stored) {
  return Error(ErrorCode::kPreconditionFailed,
               "kartläggningen för " + std::to_string(year) +
                   " har ändrats av någon annan sedan du läste den (version " +
                   std::to_string(quoted) + ", nu " + std::to_string(stored) + ")",
               "the inventory of " + std::to_string(year) +
                   " was changed by someone else since you read it (version " +
                   std::to_string(quoted) + ", now " + std::to_string(stored) + ")")
      .WithField("inventory_version")
      .WithRule("version")
      .WithHint("Läs in kartläggningen igen, gör om ändringen och spara.");
}

// Replaces the stored cells of every (unit, category) the entries name with
// the entries. Returns the cells replaced when `keep_before` (an editor's
// change, logged with its before).
Json ReplaceCells(Session& s, NameResolver& names, Poco::Int64 plan,
                  const std::vector<InventoryEntry>& entries, const CompetenceScale& scale,
                  bool keep_before) {
  std::set<std::pair<Poco::Int64, Poco::Int64>> cleared;
  for (const InventoryEntry& e : entries) {
    cleared.insert({*names.Unit(e.unit_code), names.Category(e.category)});
  }
  Json before = Json::array();
  if (keep_before) {
    std::vector<std::string> codes, categories, levels;
    std::vector<double> counts;
    std::vector<Poco::Int64> unit_ids, category_ids;
    s << kInventoryOfPlanYear, use(plan), into(codes), into(categories), into(levels),
        into(counts), into(unit_ids), into(category_ids), now;
    for (std::size_t i = 0; i < codes.size(); ++i) {
      if (cleared.count({unit_ids[i], category_ids[i]})) {
        before.push_back(ToJson(InventoryEntry{codes[i], categories[i], levels[i], counts[i]}));
      }
    }
  }
  for (auto [unit, category] : cleared) {
    s << kDeleteInventoryCell, use(plan), use(unit), use(category), now;
  }
  for (const InventoryEntry& e : entries) {
    Poco::Int64 unit = *names.Unit(e.unit_code);
    Poco::Int64 category = names.Category(e.category);
    int position = static_cast<int>(*scale.Find(e.level));
    double headcount = e.headcount;
    s << kInsertInventory, use(plan), use(unit), use(category), use(position), use(headcount),
        now;
  }
  return before;
}

// Each unit the entries name was saved now: its kartläggning is pågår
// (mapping_unit, core/mapping_round.hpp).
void MarkUnitsSaved(Session& s, NameResolver& names, Poco::Int64 plan,
                    const std::vector<InventoryEntry>& entries) {
  std::set<Poco::Int64> units;
  for (const InventoryEntry& e : entries) units.insert(*names.Unit(e.unit_code));
  std::string at = NowUtc();
  for (Poco::Int64 unit : units) {
    s << kMarkSaved, use(plan), use(unit), use(at), now;
  }
}

}  // namespace

Result<int> PocoStore::WriteInventory(std::int64_t plan_unit_id, int year,
                                      const std::vector<InventoryEntry>& entries,
                                      std::optional<int> expected_version,
                                      std::string_view actor) {
  Result<std::vector<std::string>> subtree = SubtreeCodes(plan_unit_id);
  if (!subtree.ok()) return subtree.error();
  const std::set<std::string> units(subtree.value().begin(), subtree.value().end());
  Result<std::vector<std::string>> levels = PlanLevels(plan_unit_id, year);
  if (!levels.ok()) return levels.error();
  const CompetenceScale scale(levels.value());
  if (Status v = CheckEntries(entries, units, scale, levels.value()); !v.ok()) return v.error();

  // An import (no expected version) is logged as a summary; an editor's
  // replacement with the cells before and after.
  const bool edit = expected_version.has_value();
  return Writing<int>("save inventory", [&](Session& s) -> Result<int> {
    NameResolver names(s);
    std::optional<PlanYear> existing = PlanYearOf(s, plan_unit_id, year);
    const int stored_version = existing ? existing->inventory_version : 0;
    if (edit && *expected_version != stored_version) {
      return StaleInventory(year, *expected_version, stored_version);
    }
    auto [plan_id, scale_id] = EnsurePlanYear(s, plan_unit_id, year);
    Poco::Int64 plan = plan_id;
    // Bump first: the row lock makes a concurrent editor wait, then miss.
    int seen_version = existing ? existing->inventory_version : 1;
    std::vector<int> bumped;
    s << kBumpInventoryVersion, use(plan), use(seen_version), into(bumped), now;
    if (bumped.empty()) {
      return Error(ErrorCode::kPreconditionFailed,
                   "kartläggningen har ändrats av någon annan samtidigt",
                   "someone else changed the inventory at the same time")
          .WithField("inventory_version")
          .WithRule("version");
    }
    Json before = ReplaceCells(s, names, plan, entries, scale, edit);
    MarkUnitsSaved(s, names, plan, entries);
    const int new_version = bumped[0];
    if (edit) {
      Json after = Json::array();
      for (const InventoryEntry& e : entries) after.push_back(ToJson(e));
      AppendAudit(s, actor, "update", "inventory", std::to_string(plan_id),
                  DumpJson({{"year", year}, {"inventory_version", stored_version}, {"entries", before}}),
                  DumpJson({{"year", year}, {"inventory_version", new_version}, {"entries", after}}));
    } else {
      AppendAudit(s, actor, "import", "inventory", std::to_string(plan_id), "",
                  "{\"year\":" + std::to_string(year) + ",\"entries\":" +
                      std::to_string(entries.size()) + "}");
    }
    return new_version;
  });
}

Result<std::vector<InventoryEntry>> PocoStore::LoadInventory(std::int64_t plan_unit_id, int year) {
  return Reading<std::vector<InventoryEntry>>(
      Get(), "load inventory", [&](Session& s) -> Result<std::vector<InventoryEntry>> {
        Poco::Int64 unit = plan_unit_id;
        int y = year;
        std::vector<std::string> codes, categories, levels;
        std::vector<double> counts;
        s << kLoadInventory, use(unit), use(y), into(codes), into(categories), into(levels),
            into(counts), now;
        std::vector<InventoryEntry> out(codes.size());
        for (std::size_t i = 0; i < codes.size(); ++i) {
          out[i] = {codes[i], categories[i], levels[i], counts[i]};
        }
        return out;
      });
}

}  // namespace kplan::store
