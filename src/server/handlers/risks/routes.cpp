// /api/v1/risks: the riskanalys of a plan year, one category's risk at a
// time. Lists take ?org=CODE&year=Y; each risk carries its values and the
// Swedish labels of its steps.

#include "../crud.hpp"
#include "../handlers.hpp"
#include "risk_dto.hpp"

namespace kplan::server::handlers {

void RegisterRisks(Router& router) {
  using store::Risk;
  UnitRecords<Risk> spec{.path = "/api/v1/risks", .tag = "risks", .noun = "a risk",
                         .schema = "Risk", .module = Module::kRisks,
                         .list_query = {{"org", "unit code; default: your own unit or the whole organisation"},
                                        {"year", "plan year", true}},
                         .scope_parameters = {"org", "year"}};
  spec.list = [](const ApiRequest& req, AppContext& app, const OrgUnit& scope) -> Result<std::vector<Risk>> {
    auto year = YearParam(req);
    if (!year.ok()) return year.error();
    return app.store.ListRisks(scope.id, year.value());
  };
  spec.get = [](store::Store& s, std::int64_t id) { return s.GetRisk(id); };
  spec.create = [](store::Store& s, const Risk& r, std::string_view actor) { return s.CreateRisk(r, actor); };
  spec.update = [](store::Store& s, const Risk& r, std::string_view actor) { return s.UpdateRisk(r, actor); };
  spec.remove = [](store::Store& s, std::int64_t id, int v, std::string_view actor) {
    return s.DeleteRisk(id, v, actor);
  };
  spec.to_json_in = RiskJson;
  spec.from_json = RiskFromJson;
  spec.unit_of = [](const Risk& r) { return r.unit_code; };
  RegisterUnitRecords(router, spec);
}

}  // namespace kplan::server::handlers
