// The planning modules a user edits record by record: the plan year's
// horizons, need parameters (this year and last), texts, goals and
// succession.
//
// A store failure fails the report: a plan document that silently leaves out
// a module would mislead the board.

#include <algorithm>

#include "plan_data_parts.hpp"

namespace kplan::app::detail {
namespace {

// The value into `out`, or the store's error.
template <typename T>
Status Take(Result<T> result, T& out) {
  if (!result.ok()) return result.error();
  out = std::move(result).value();
  return Ok();
}

}  // namespace

Status LoadModules(store::Store& store, std::int64_t unit_id, int year, UnitPlan& plan) {
  std::vector<store::PlanYear> plan_years;
  std::vector<store::NeedParameters> need, previous_need;
  std::vector<store::PlanText> texts;
  std::vector<store::Goal> goals, inherited_goals;
  std::vector<store::SuccessionEntry> succession;
  std::vector<store::PlanChapter> chapters;
  for (Status s : {Take(store.ListPlanYears(unit_id), plan_years),
                   Take(store.LoadNeedParameters(unit_id, year), need),
                   Take(store.LoadNeedParameters(unit_id, year - 1), previous_need),
                   Take(store.LoadPlanTexts(unit_id, year), texts), Take(store.ListGoals(unit_id, year), goals),
                   Take(store.ListGoalsAbove(unit_id, year), inherited_goals),
                   Take(store.ListSuccession(unit_id, year), succession), Take(store.ListChapters(unit_id, year), chapters)}) {
    if (!s.ok()) return s;
  }
  for (const store::PlanYear& py : plan_years) {
    if (py.unit_code == plan.unit.code && py.year == year) {
      if (!py.horizons.empty()) plan.horizons = py.horizons;
      plan.sections = py.sections;
    }
  }
  for (CategoryPlan& c : plan.categories) {
    for (const auto& n : need) {
      if (n.category == c.name) c.need = n;
    }
    for (const auto& n : previous_need) {
      if (n.category == c.name) c.previous_need = n;
    }
  }
  for (const store::PlanText& t : texts) {
    if (!t.text.empty()) plan.texts[{t.section, t.category}] = t.text;
  }
  // The plan's own: a förvaltning's chapters are its part of a roll-up, not the kommun's.
  for (store::PlanChapter& c : chapters) {
    if (c.unit_code == plan.unit.code) plan.chapters.push_back(std::move(c));
  }
  std::stable_sort(plan.chapters.begin(), plan.chapters.end(),
                   [](const PlanChapter& a, const PlanChapter& b) { return a.position < b.position; });
  plan.goals = std::move(goals);
  plan.inherited_goals = std::move(inherited_goals);
  plan.succession = std::move(succession);
  return Ok();
}

}  // namespace kplan::app::detail
