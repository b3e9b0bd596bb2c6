// /api/v1/plan-years: the plan years of the units of a subtree, each with its
// competence scale and horizons.

#include "../../router.hpp"
#include "../common.hpp"
#include "../handlers.hpp"
#include "kplan/core/activity.hpp"  // kUnitCodeMaxChars
#include "kplan/core/plan_year.hpp"

namespace kplan::server::handlers {
namespace {

Json PlanYearJson(const store::PlanYear& p) {
  return Json{{"id", p.id},         {"unit", p.unit_code}, {"year", p.year},
              {"scale", p.scale},   {"levels", p.levels},  {"horizons", p.horizons},
              {"version", p.version}, {"inventory_version", p.inventory_version}};
}

Result<store::PlanYear> PlanYearFromJson(const Json& body) {
  Fields f(body);
  store::PlanYear p;
  auto unit = f.String("unit", kUnitCodeMaxChars);
  if (!unit.ok()) return unit.error();
  auto year = f.Int("year", kPlanYearMin, kPlanYearMax);
  if (!year.ok()) return year.error();
  auto scale = f.OptionalString("scale", kScaleNameMaxChars);
  if (!scale.ok()) return scale.error();
  if (f.Has("horizons")) {
    const Json& h = f.Get("horizons");
    if (!h.is_array()) return FieldError("horizons", "ska vara en lista med år framåt, t.ex. [2, 5]", "must be a list of years ahead, e.g. [2, 5]");
    p.horizons.clear();
    for (std::size_t i = 0; i < h.size(); ++i) {
      if (!h[i].is_number_integer()) {
        return FieldError("horizons[" + std::to_string(i) + "]", "ska vara ett heltal", "must be a whole number");
      }
      p.horizons.push_back(h[i].get<int>());
    }
  }
  p.unit_code = unit.value();
  p.year = year.value();
  p.scale = scale.value();
  if (Status valid = Validate(p); !valid.ok()) return valid.error();
  return p;
}

Result<ApiResponse> List(const ApiRequest& req, AppContext& app) {
  auto scope = ScopeUnit(req, app);
  if (!scope.ok()) return scope.error();
  auto rows = app.store.ListPlanYears(scope.value().id);
  if (!rows.ok()) return rows.error();
  Json items = Json::array();
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
  router.Add({.method = "GET", .pattern = "/api/v1/plan-years", .summary = "Plan years of a subtree's units",
              .tag = "plan-years", .module = Module::kCategories,
              .query = {{"org", "unit code; default: your own unit or the whole organisation"}},
              .response_schema = "PlanYearList", .handler = List});
  router.Add({.method = "POST", .pattern = "/api/v1/plan-years", .summary = "Start a plan year for a unit",
              .tag = "plan-years", .module = Module::kCategories, .request_schema = "PlanYearInput",
              .response_schema = "PlanYear",
              .handler = [](const ApiRequest& req, AppContext& app) { return Save(req, app, true); }});
  router.Add({.method = "PUT", .pattern = "/api/v1/plan-years/{id}",
              .summary = "Change a plan year's scale or horizons (If-Match: the version read)",
              .tag = "plan-years", .module = Module::kCategories, .request_schema = "PlanYearInput",
              .response_schema = "PlanYear",
              .handler = [](const ApiRequest& req, AppContext& app) { return Save(req, app, false); }});
}

}  // namespace kplan::server::handlers
