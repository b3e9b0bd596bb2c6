// /api/v1/need-parameters?org=CODE&year=Y: behov — per category the base
// (set by hand, or today's headcount), and per horizon the growth and the
// target distribution over the levels. PUT /api/v1/need-parameters/{category}
// changes one category (version 0 for a category without parameters).

#include "../../router.hpp"
#include "../common.hpp"
#include "../handlers.hpp"
#include "../plan_scope.hpp"

namespace kplan::server::handlers {
namespace {

Json NeedJson(const store::NeedParameters& p) {
  Json horizons = Json::array();
  for (const NeedAssumption& a : p.horizons) {
    horizons.push_back(Json{{"years", a.years}, {"growth", a.growth}, {"target_shares", a.target_shares}});
  }
  return Json{{"category", p.category},
              {"base", p.base ? Json(*p.base) : Json()},
              {"horizons", std::move(horizons)},
              {"version", p.version}};
}

Result<store::NeedParameters> NeedFromJson(const Json& body, std::string category) {
  Fields f(body);
  store::NeedParameters p;
  p.category = std::move(category);
  auto base = f.OptionalNumber("base");
  if (!base.ok()) return base.error();
  p.base = base.value();
  const Json& horizons = f.Get("horizons");
  if (!horizons.is_array()) {
    return FieldError("horizons", "ska vara en lista med {years, growth, target_shares}",
                      "must be a list of {years, growth, target_shares}");
  }
  for (std::size_t i = 0; i < horizons.size(); ++i) {
    const std::string at = "horizons[" + std::to_string(i) + "]";
    if (!horizons[i].is_object()) return FieldError(at, "ska vara ett objekt", "must be an object");
    Fields h(horizons[i]);
    NeedAssumption a;
    auto years = h.Int("years", 1, 30);
    if (!years.ok()) return Error(years.error()).WithField(at + ".years");
    auto growth = h.Number("growth");
    if (!growth.ok()) return Error(growth.error()).WithField(at + ".growth");
    const Json& shares = h.Get("target_shares");
    if (!shares.is_array()) return FieldError(at + ".target_shares", "ska vara en lista med procent per nivå", "must be a list of percentages per level");
    for (std::size_t l = 0; l < shares.size(); ++l) {
      if (!shares[l].is_number()) {
        return FieldError(at + ".target_shares[" + std::to_string(l) + "]", "ska vara ett tal", "must be a number");
      }
      a.target_shares.push_back(shares[l].get<double>());
    }
    a.years = years.value();
    a.growth = growth.value();
    p.horizons.push_back(std::move(a));
  }
  return p;
}

Result<ApiResponse> List(const ApiRequest& req, AppContext& app) {
  auto plan = PlanScopeOf(req, app);
  if (!plan.ok()) return plan.error();
  auto rows = app.store.LoadNeedParameters(plan.value().plan_unit.id, plan.value().year);
  if (!rows.ok()) return rows.error();
  auto levels = app.store.PlanLevels(plan.value().plan_unit.id, plan.value().year);
  if (!levels.ok()) return levels.error();
  Json items = Json::array();
  for (const auto& p : rows.value()) items.push_back(NeedJson(p));
  auto r = ListResponse(req, std::move(items));
  if (!r.ok()) return r;
  r.value().body["plan_unit"] = plan.value().plan_unit.code;
  r.value().body["levels"] = levels.value();
  return r;
}

Result<ApiResponse> Put(const ApiRequest& req, AppContext& app) {
  auto plan = PlanScopeOf(req, app);
  if (!plan.ok()) return plan.error();
  if (Status s = RequirePlanUnitAccess(req, app, plan.value()); !s.ok()) return s.error();
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  auto version = ExpectedVersion(req, &body.value());
  if (!version.ok()) return version.error();
  auto p = NeedFromJson(body.value(), req.params.at("category"));
  if (!p.ok()) return p.error();
  store::NeedParameters changed = p.value();
  changed.version = version.value();
  auto saved = app.store.SaveNeedParameters(plan.value().plan_unit.id, plan.value().year, changed, Actor(req));
  if (!saved.ok()) return saved.error();
  return WithVersion(JsonResponse(NeedJson(saved.value())), saved.value().version);
}

}  // namespace

void RegisterNeedParameters(Router& router) {
  const std::vector<QueryParameter> query{
      {"org", "unit code; default: your own unit or the whole organisation"},
      {"year", "plan year", true}};
  router.Add({.method = "GET", .pattern = "/api/v1/need-parameters",
              .summary = "Behov: base, growth and target distribution per category and horizon",
              .tag = "need", .module = Module::kNeed, .query = query,
              .response_schema = "NeedParameterList", .handler = List});
  router.Add({.method = "PUT", .pattern = "/api/v1/need-parameters/{category}",
              .summary = "Set one category's need parameters (version 0 when it has none)",
              .tag = "need", .module = Module::kNeed, .query = query,
              .request_schema = "NeedParametersInput", .response_schema = "NeedParameters", .handler = Put});
}

}  // namespace kplan::server::handlers
