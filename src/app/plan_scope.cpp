#include "kplan/app/plan_scope.hpp"

#include <map>
#include <set>

#include "kplan/app/plan_data.hpp"
#include "kplan/core/org_tree.hpp"
#include "unit_lookup.hpp"

namespace kplan::app {
namespace {

using report::CategoryPlan;
using report::IndicatorPlan;
using report::UnitPlan;

// The kartläggning of `year` summed over the scope's units, per category.
Result<std::map<std::string, PerLevel>> ScopeInventory(store::Store& store, const PlanScope& plan, int year,
                                                       const std::set<std::string>& units,
                                                       const std::vector<std::string>& levels) {
  auto entries = store.LoadInventory(plan.plan_unit.id, year);
  if (!entries.ok()) return entries.error();
  std::map<std::string, PerLevel> out;
  for (const store::InventoryEntry& e : entries.value()) {
    if (!units.count(e.unit_code)) continue;
    for (std::size_t l = 0; l < levels.size(); ++l) {
      if (levels[l] != e.level) continue;
      PerLevel& row = out[e.category];
      row.resize(levels.size(), 0.0);
      row[l] += e.headcount;
    }
  }
  return out;
}

// Narrows a plan unit's plan to a part of it: inventory, last year's
// inventory and risks of the scope's units only.
Status RestrictToScope(store::Store& store, const PlanScope& plan, UnitPlan& unit) {
  auto subtree = store.Subtree(plan.scope.id);
  if (!subtree.ok()) return subtree.error();
  std::set<std::string> units;
  for (const OrgUnit& u : subtree.value()) units.insert(u.code);
  auto now = ScopeInventory(store, plan, plan.year, units, unit.levels);
  if (!now.ok()) return now.error();
  auto before = ScopeInventory(store, plan, plan.year - 1, units, unit.levels);
  if (!before.ok()) return before.error();
  std::vector<CategoryPlan> kept;
  for (CategoryPlan& c : unit.categories) {
    auto it = now.value().find(c.name);
    if (it == now.value().end()) continue;  // no staff of the category in the scope
    c.inventory = it->second;
    auto last = before.value().find(c.name);
    c.previous_inventory = last == before.value().end() ? std::nullopt : std::optional<PerLevel>(last->second);
    kept.push_back(std::move(c));
  }
  unit.categories = std::move(kept);
  std::erase_if(unit.risks, [&](const store::Risk& r) { return !units.count(r.unit_code); });
  std::erase_if(unit.indicators, [&](const IndicatorPlan& i) { return !units.count(i.unit_code); });
  unit.unit = plan.scope;
  return Ok();
}

}  // namespace

Result<PlanScope> FindPlanScope(store::Store& store, const OrgUnit& scope, int year) {
  auto tree = detail::LoadOrgTree(store);
  if (!tree.ok()) return tree.error();
  // Up from the scope; the first unit with a plan year for `year` wins.
  std::vector<OrgUnit> candidates{scope};
  for (const OrgUnit* a : tree.value().Ancestors(scope.id)) candidates.push_back(*a);
  // A plan year counts once it exists, kartläggning or not: a chef of
  // Hemtjänst maps into VOF's new 2027 before anyone has saved a cell, and
  // must not start a plan year of Hemtjänst's own by saving.
  auto plan_years = store.ListPlanYears(candidates.back().id);
  if (!plan_years.ok()) return plan_years.error();
  for (const OrgUnit& unit : candidates) {
    for (const store::PlanYear& p : plan_years.value()) {
      if (p.year == year && p.unit_code == unit.code) return PlanScope{unit, scope, year};
    }
  }
  return PlanScope{scope, scope, year};
}

Result<AnalysisInput> LoadAnalysisInput(store::Store& store, const PlanScope& plan) {
  PlanRequest request;
  request.org_code = plan.plan_unit.code;
  request.year = plan.year;
  request.with_register = false;
  auto data = LoadPlanData(store, request);
  if (!data.ok()) {
    if (data.error().code() != ErrorCode::kNotFound) return data.error();
    // No kartläggning for the year yet: an analysis with nothing in it, not
    // an error — the page shows the empty plan and invites the inventory.
    AnalysisInput empty;
    empty.organisation = plan.scope.name;
    empty.year = plan.year;
    empty.horizons = {2, 5};
    auto levels = store.PlanLevels(plan.plan_unit.id, plan.year);
    if (!levels.ok()) return levels.error();
    if (levels.value().size() >= 2) empty.scale = CompetenceScale(levels.value());
    return empty;
  }
  UnitPlan unit = std::move(data.value().main);
  if (plan.scope.id != plan.plan_unit.id) {
    if (Status s = RestrictToScope(store, plan, unit); !s.ok()) return s.error();
  }
  return report::PlanAnalysisInput(unit);
}

}  // namespace kplan::app
