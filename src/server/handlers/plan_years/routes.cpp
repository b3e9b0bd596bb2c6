// /api/v1/plan-years: the plan years of the units of a subtree, and of the
// units above it whose plan years its units map into, each with its
// competence scale and horizons.

#include "../../router.hpp"
#include "../common.hpp"
#include "../handlers.hpp"
#include "plan_year_json.hpp"

namespace kplan::server::handlers {
namespace {

Result<ApiResponse> List(const ApiRequest& req, AppContext& app) {
  auto scope = ScopeUnit(req, app);
  if (!scope.ok()) return scope.error();
  auto rows = app.store.ListPlanYears(scope.value().id);
  if (!rows.ok()) return rows.error();
  Json items = Json::array();
  // First the plan years of the units above the scope, which its units map
  // into (a chef of Hemtjänst fills in VOF's plan year), then the subtree's.
  auto tree = app.org_tree.Tree();
  if (!tree.ok()) return tree.error();
  for (const OrgUnit* above : tree.value().Ancestors(scope.value().id)) {
    auto own = app.store.ListPlanYears(above->id);
    if (!own.ok()) return own.error();
    for (const auto& p : own.value()) {
      if (p.unit_code == above->code) items.push_back(PlanYearJson(p));
    }
  }
  for (const auto& p : rows.value()) items.push_back(PlanYearJson(p));
  return ListResponse(req, std::move(items), {"org"});
}

Result<ApiResponse> Save(const ApiRequest& req, AppContext& app, bool create) {
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  auto p = PlanYearFromJson(body.value());
  if (!p.ok()) return p.error();
  if (auto unit = RequireUnitAccess(req, app, p.value().unit_code); !unit.ok()) return unit.error();
  store::PlanYear plan = p.value();
  if (!create) {
    auto id = IdParam(req);
    if (!id.ok()) return id.error();
    auto version = ExpectedVersion(req, &body.value());
    if (!version.ok()) return version.error();
    plan.id = id.value();
    plan.version = version.value();
  }
  auto saved = app.store.SavePlanYear(plan, Actor(req));
  if (!saved.ok()) return saved.error();
  return WithVersion(JsonResponse(PlanYearJson(saved.value()), create ? 201 : 200), saved.value().version);
}

}  // namespace

void RegisterPlanYears(Router& router) {
  RegisterPlanCycle(router);
  router.Add({.method = "GET", .pattern = "/api/v1/plan-years", .summary = "Plan years of a subtree's units",
              .tag = "plan-years", .module = Module::kCategories,
              .query = {{"org", "unit code; default: your own unit or the whole organisation"}},
              .response_schema = "PlanYearList", .handler = List});
  router.Add({.method = "POST", .pattern = "/api/v1/plan-years", .summary = "Start a plan year for a unit",
              .tag = "plan-years", .module = Module::kCategories, .request_schema = "PlanYearInput",
              .response_schema = "PlanYear",
              .handler = [](const ApiRequest& req, AppContext& app) { return Save(req, app, true); }});
  router.Add({.method = "PUT", .pattern = "/api/v1/plan-years/{id}",
              .summary = "Change a plan year's scale, horizons, period or sections (If-Match: the version read)",
              .tag = "plan-years", .module = Module::kCategories, .request_schema = "PlanYearInput",
              .response_schema = "PlanYear",
              .handler = [](const ApiRequest& req, AppContext& app) { return Save(req, app, false); }});
}

}  // namespace kplan::server::handlers
