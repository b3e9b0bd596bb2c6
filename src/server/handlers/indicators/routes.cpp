// /api/v1/indicators: the indicators of the follow-up (uppföljning), each
// with its latest assessed outcome, its binding to a key figure of the
// register and its comparison with Kolada (indicator_dto.hpp).

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
    auto comparisons = kplan::app::LoadComparisons(s, r);
    return IndicatorJson(r, outcomes.ok() ? outcomes.value() : std::vector<store::OutcomeRecord>{},
                         comparisons.ok() ? comparisons.value() : std::vector<kplan::app::ComparisonSeries>{});
  };
  // An indicator bound to a key figure gets its outcomes from the register
  // as soon as it is bound (and after every register import).
  auto refreshed = [](store::Store& s, Result<IndicatorRecord> saved, std::string_view actor) {
    if (!saved.ok()) return saved;
    if (Result<int> n = kplan::app::RefreshBoundOutcomes(s, saved.value(), actor); !n.ok()) return Result<IndicatorRecord>(n.error());
    return saved;
  };
  UnitRecords<IndicatorRecord> spec{.path = "/api/v1/indicators", .tag = "indicators",
                                    .noun = "an indicator", .schema = "Indicator",
                                    .module = Module::kFollowUp};
  spec.list = [](const ApiRequest&, AppContext& app, const OrgUnit& scope) {
    return app.store.ListIndicators(scope.id);
  };
  spec.get = [](store::Store& s, std::int64_t id) { return s.GetIndicator(id); };
  spec.create = [refreshed](store::Store& s, const IndicatorRecord& r, std::string_view actor) {
    return refreshed(s, s.CreateIndicator(r, actor), actor);
  };
  spec.update = [refreshed](store::Store& s, const IndicatorRecord& r, std::string_view actor) {
    return refreshed(s, s.UpdateIndicator(r, actor), actor);
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
