// /api/v1/goals: the goals (mål) of a unit that indicators follow up.

#include "../crud.hpp"
#include "../handlers.hpp"
#include "kplan/core/activity.hpp"  // kUnitCodeMaxChars
#include "kplan/core/followup_goal.hpp"

namespace kplan::server::handlers {
namespace {

Json GoalJson(const store::Goal& g) {
  Json j{{"id", g.id}, {"unit", g.unit_code}, {"title", g.title}, {"description", g.description}};
  PutYearSpan(j, g.years);
  j["version"] = g.version;
  return j;
}

Result<store::Goal> GoalFromJson(const Json& body) {
  Fields f(body);
  store::Goal g;
  auto unit = f.String("unit", kUnitCodeMaxChars);
  if (!unit.ok()) return unit.error();
  auto title = f.String("title", kGoalTitleMaxChars);
  if (!title.ok()) return title.error();
  auto description = f.OptionalString("description", kGoalDescriptionMaxChars);
  if (!description.ok()) return description.error();
  auto years = YearSpanFields(f);
  if (!years.ok()) return years.error();
  g.unit_code = unit.value();
  g.title = title.value();
  g.description = description.value();
  g.years = years.value();
  if (Status valid = Validate(g); !valid.ok()) return valid.error();
  return g;
}

}  // namespace

void RegisterGoals(Router& router) {
  using store::Goal;
  UnitRecords<Goal> spec{.path = "/api/v1/goals", .tag = "goals", .noun = "a goal",
                         .schema = "Goal", .module = Module::kFollowUp};
  spec.list_query = kYearSpanListQuery;
  spec.scope_parameters = kYearSpanScope;
  spec.list = [](const ApiRequest& req, AppContext& app, const OrgUnit& scope) -> Result<std::vector<Goal>> {
    auto year = OptionalYearParam(req);
    if (!year.ok()) return year.error();
    return app.store.ListGoals(scope.id, year.value());
  };
  spec.get = [](store::Store& s, std::int64_t id) { return s.GetGoal(id); };
  spec.create = [](store::Store& s, const Goal& g, std::string_view actor) { return s.CreateGoal(g, actor); };
  spec.update = [](store::Store& s, const Goal& g, std::string_view actor) { return s.UpdateGoal(g, actor); };
  spec.remove = [](store::Store& s, std::int64_t id, int v, std::string_view actor) {
    return s.DeleteGoal(id, v, actor);
  };
  spec.to_json = GoalJson;
  spec.from_json = GoalFromJson;
  spec.unit_of = [](const Goal& g) { return g.unit_code; };
  RegisterUnitRecords(router, spec);
}

}  // namespace kplan::server::handlers
