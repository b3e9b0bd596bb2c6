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

}  // namespace kplan::server::handlers
