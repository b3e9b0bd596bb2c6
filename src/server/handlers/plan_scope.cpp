#include "plan_scope.hpp"

#include "common.hpp"

namespace kplan::server::handlers {

Result<kplan::app::PlanScope> PlanScopeOf(const ApiRequest& req, AppContext& app) {
  auto scope = ScopeUnit(req, app);
  if (!scope.ok()) return scope.error();
  auto year = YearParam(req);
  if (!year.ok()) return year.error();
  return kplan::app::FindPlanScope(app.store, scope.value(), year.value());
}

Status RequirePlanUnitAccess(const ApiRequest& req, AppContext& app, const kplan::app::PlanScope& plan) {
  auto unit = RequireUnitAccess(req, app, plan.plan_unit.code, "org");
  if (!unit.ok()) return unit.error();
  return Ok();
}

Result<store::PlanYear> PlanYearInScope(const ApiRequest& req, AppContext& app) {
  auto id = IdParam(req);
  if (!id.ok()) return id.error();
  auto plan_year = app.store.GetPlanYear(id.value());
  if (!plan_year.ok()) return plan_year.error();
  if (auto unit = RequireUnitAccess(req, app, plan_year.value().unit_code); !unit.ok()) return unit.error();
  return plan_year;
}

}  // namespace kplan::server::handlers
