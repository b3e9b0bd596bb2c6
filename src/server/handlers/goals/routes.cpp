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
  j["parent_id"] = g.parent_id ? Json(*g.parent_id) : Json();
  j["area"] = g.area;
  j["manual_assessment"] = g.manual_assessment;
  j["assessment_comment"] = g.assessment_comment;
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
  auto parent = f.OptionalId("parent_id");
  if (!parent.ok()) return parent.error();
  auto area = f.OptionalString("area", kGoalAreaMaxChars);
  if (!area.ok()) return area.error();
  auto manual = f.OptionalString("manual_assessment", 20);
  if (!manual.ok()) return manual.error();
  auto comment = f.OptionalString("assessment_comment", kGoalCommentMaxChars);
  if (!comment.ok()) return comment.error();
  g.parent_id = parent.value();
  g.area = area.value();
  g.manual_assessment = manual.value();
  g.assessment_comment = comment.value();
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
  spec.list_query.push_back({"above", "true: the goals of the units above instead — the kommun's målsättningar "
                                      "the unit's goals serve (needs year)"});
  spec.scope_parameters = {"org", "year", "above"};
  spec.list = [](const ApiRequest& req, AppContext& app, const OrgUnit& scope) -> Result<std::vector<Goal>> {
    if (auto above = req.query.find("above"); above != req.query.end() && above->second == "true") {
      auto year = YearParam(req);
      if (!year.ok()) return year.error();
      return app.store.ListGoalsAbove(scope.id, year.value());
    }
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
