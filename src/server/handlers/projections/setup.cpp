// GET /api/v1/projections/setup: what the Personalprognos form needs: the
// units to choose from, the population areas, the defaults, the default
// retirement table, and example scenarios ("heltid som norm", and "30 %
// andra lösningar" as in Social- och omsorgsnämndens plan, seed 002).

#include "../../router.hpp"
#include "../handlers.hpp"
#include "kplan/core/retirement_table.hpp"
#include "projections.hpp"

namespace kplan::server::handlers {

Result<ApiResponse> ProjectionSetup(const ApiRequest&, AppContext& app) {
  Result<OrgTree> tree = app.org_tree.Tree();
  if (!tree.ok()) return tree.error();
  Result<std::vector<std::string>> areas = app.store.ListPopulationAreas();
  if (!areas.ok()) return areas.error();
  Json list = Json::array();
  for (const OrgUnit& u : tree.value().Units()) {
    const OrgUnit* parent = u.parent_id ? tree.value().FindById(*u.parent_id) : nullptr;
    list.push_back(Json{{"code", u.code}, {"name", u.name}, {"parent", parent ? Json(parent->code) : Json(nullptr)}});
  }
  const RetirementTable table = RetirementTable::Default();
  Json retirement = Json::object();
  for (int age = table.first_age(); age <= table.last_age(); ++age) {
    retirement[std::to_string(age)] = std::round(table.At(age) * 10000) / 100;
  }
  Json scenarios = Json::array();
  scenarios.push_back(Json{{"name", "Bas"}, {"description", "Dagens mönster fortsätter."}});
  scenarios.push_back(Json{{"name", "Heltid som norm"},
                           {"description", "Heltid som norm: en fjärdedel av de deltidsanställda går upp till "
                                           "heltid varje år, och alla rekryteras på heltid."},
                           {"to_full_time_percent", 25},
                           {"recruit_fte_percent", 100}});
  scenarios.push_back(Json{{"name", "30 % andra lösningar"},
                           {"description", "30 % av personalökningsbehovet täcks av andra lösningar än rekrytering, "
                                           "till exempel välfärdsteknik och nya arbetssätt."},
                           {"other_solutions_percent", 30}});
  scenarios.push_back(Json{{"name", "Lägre personalomsättning"},
                           {"description", "Personalomsättningen minskar med en femtedel."},
                           {"turnover_factor", 0.8}});
  return ApiResponse{200, Json{{"units", list},
                               {"areas", areas.value()},
                               {"defaults", Json{{"years", 10}, {"runs", 1000}, {"seed", 1}}},
                               {"max_runs", kMaxApiRuns},
                               {"retirement_percent", retirement},
                               {"scenarios", scenarios}}};
}

}  // namespace kplan::server::handlers
