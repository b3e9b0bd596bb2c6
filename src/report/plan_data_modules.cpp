// The planning modules a user edits record by record: the plan year's
// horizons, need parameters (this year and last), texts, goals and
// succession.
//
// While the store's methods for these land group by group (store-modules,
// src/store/not_yet.cpp), a method that fails leaves its module empty and the
// report says the module holds nothing; ListRisks, LoadInventory and the
// register, which the report cannot do without, fail the report instead.

#include <algorithm>

#include "plan_data_parts.hpp"

namespace kplan::report::detail {
namespace {

template <typename T>
std::vector<T> OrEmpty(Result<std::vector<T>> result) {
  if (!result.ok()) return {};
  return std::move(result).value();
}

}  // namespace

Status LoadModules(store::Store& store, std::int64_t unit_id, int year, UnitPlan& plan) {
  for (const store::PlanYear& py : OrEmpty(store.ListPlanYears(unit_id))) {
    if (py.unit_code == plan.unit.code && py.year == year && !py.horizons.empty()) {
      plan.horizons = py.horizons;
    }
  }
  auto need = OrEmpty(store.LoadNeedParameters(unit_id, year));
  auto previous_need = OrEmpty(store.LoadNeedParameters(unit_id, year - 1));
  for (CategoryPlan& c : plan.categories) {
    for (const auto& n : need) {
      if (n.category == c.name) c.need = n;
    }
    for (const auto& n : previous_need) {
      if (n.category == c.name) c.previous_need = n;
    }
  }
  for (const store::PlanText& t : OrEmpty(store.LoadPlanTexts(unit_id, year))) {
    if (!t.text.empty()) plan.texts[{t.section, t.category}] = t.text;
  }
  plan.goals = OrEmpty(store.ListGoals(unit_id));
  plan.succession = OrEmpty(store.ListSuccession(unit_id));
  // Goal titles on the indicators that follow them up.
  for (const store::IndicatorRecord& i : OrEmpty(store.ListIndicators(unit_id))) {
    if (!i.goal_id) continue;
    auto goal = std::find_if(plan.goals.begin(), plan.goals.end(),
                             [&](const store::Goal& g) { return g.id == *i.goal_id; });
    if (goal == plan.goals.end()) continue;
    plan.goal_of_indicator[{i.unit_code, i.name}] = goal->title;
  }
  return Ok();
}

}  // namespace kplan::report::detail
