// /api/v1/indicators: the indicators of the follow-up (uppföljning), each
// with its latest assessed outcome.

#include "../crud.hpp"
#include "../handlers.hpp"
#include "indicator_dto.hpp"

namespace kplan::server::handlers {

void RegisterIndicators(Router& router) {
  using store::IndicatorRecord;
  // Lists and single records carry the latest outcome, so they read the
  // outcomes too; an indicator has one per period (a handful of years).
  auto with_outcomes = [](store::Store& s, const IndicatorRecord& r) -> Json {
    auto outcomes = s.ListOutcomes(r.id);
    return IndicatorJson(r, outcomes.ok() ? outcomes.value() : std::vector<store::OutcomeRecord>{});
  };
  UnitRecords<IndicatorRecord> spec{.path = "/api/v1/indicators", .tag = "indicators",
                                    .noun = "an indicator", .schema = "Indicator",
                                    .module = Module::kFollowUp};
  spec.list = [](const ApiRequest&, AppContext& app, const OrgUnit& scope) {
    return app.store.ListIndicators(scope.id);
  };
  spec.get = [](store::Store& s, std::int64_t id) { return s.GetIndicator(id); };
  spec.create = [](store::Store& s, const IndicatorRecord& r, std::string_view actor) {
    return s.CreateIndicator(r, actor);
  };
  spec.update = [](store::Store& s, const IndicatorRecord& r, std::string_view actor) {
    return s.UpdateIndicator(r, actor);
  };
  spec.remove = [](store::Store& s, std::int64_t id, int v, std::string_view actor) {
    return s.DeleteIndicator(id, v, actor);
  };
  spec.from_json = IndicatorFromJson;
  spec.unit_of = [](const IndicatorRecord& r) { return r.unit_code; };
  spec.to_json_with_store = with_outcomes;
  RegisterUnitRecords(router, spec);
}

}  // namespace kplan::server::handlers
