// The staffing simulation as JSON (docs/projection-format.md): what was
// assumed, then per scenario the total and every category, year by year, as
// bands {mean, p10, p50, p90}.

#include "kplan/core/key_figures.hpp"
#include "kplan/report/staffing_simulation.hpp"

namespace kplan::report {
namespace {

using Json = nlohmann::ordered_json;

double Round(double x, double unit = 1000.0) { return std::round(x * unit) / unit; }

Json BandJson(const Band& b) {
  return Json{{"mean", Round(b.mean)}, {"p10", Round(b.p10)}, {"p50", Round(b.p50)}, {"p90", Round(b.p90)}};
}

Json YearJson(const SimulationYear& y) {
  Json j;
  j["year"] = y.year;
  j["need_fte"] = Round(y.need_fte);
  j["increase_fte"] = Round(y.increase_fte);
  j["other_solutions_fte"] = Round(y.other_solutions_fte);
  j["cost_of_increase"] = Round(y.cost_of_increase, 1);
  j["headcount"] = BandJson(y.headcount);
  j["fte"] = BandJson(y.fte);
  j["retirements"] = BandJson(y.retirements);
  j["leavers"] = BandJson(y.leavers);
  j["promotions"] = BandJson(y.promotions);
  j["to_full_time"] = BandJson(y.to_full_time);
  j["recruitment"] = BandJson(y.recruitment);
  j["recruitment_split"] = Json{{"growth", BandJson(y.recruitment_growth)},
                                {"retirements", BandJson(y.recruitment_retirements)},
                                {"turnover", BandJson(y.recruitment_turnover)}};
  return j;
}

Json SeriesJson(const SimulationSeries& s) {
  Json j;
  j["name"] = s.name;
  j["headcount"] = s.headcount;
  j["fte"] = Round(s.fte);
  Json years = Json::array();
  for (const SimulationYear& y : s.years) years.push_back(YearJson(y));
  j["years"] = years;
  j["period"] = Json{{"retirements", BandJson(s.period.retirements)},
                     {"leavers", BandJson(s.period.leavers)},
                     {"recruitment", BandJson(s.period.recruitment)}};
  return j;
}

Json AssumptionsJson(const PreparedSimulation& p) {
  Json retirement;
  const RetirementTable& table = p.model.retirement;
  Json hazards = Json::object();
  for (int age = table.first_age(); age <= table.last_age(); ++age) {
    hazards[std::to_string(age)] = Round(table.At(age) * 100, 100);
  }
  retirement["percent_by_age"] = hazards;
  retirement["mean_exit_age"] = Round(table.MeanExitAge(), 100);
  Json categories = Json::array();
  for (const CategoryAssumptions& c : p.categories) {
    Json turnover = Json::object();
    for (std::size_t b = 0; b < kTurnoverAgeBands; ++b) turnover[kAgeBandLabels[b]] = Round(c.turnover[b] * 100, 100);
    categories.push_back(Json{{"name", c.name},
                              {"ssyk", c.ssyk.empty() ? Json(nullptr) : Json(c.ssyk)},
                              {"headcount", c.headcount},
                              {"fte", Round(c.fte)},
                              {"turnover_percent", turnover},
                              {"turnover_source", c.turnover_source},
                              {"driver", c.driver},
                              {"elasticity", c.elasticity}});
  }
  return Json{{"retirement", retirement},
              {"recruit_age", p.model.recruit_age},
              {"categories", categories},
              {"notes", p.notes}};
}

}  // namespace

nlohmann::ordered_json SimulationReportJson(const PreparedSimulation& p, const SimulationResult& result) {
  Json j;
  j["org"] = Json{{"code", p.org_code}, {"name", p.org_name}};
  j["snapshot"] = p.snapshot ? Json(FormatIsoDate(*p.snapshot)) : Json(nullptr);
  j["period_start"] = p.period_start ? Json(FormatIsoDate(*p.period_start)) : Json(nullptr);
  j["area"] = p.area.empty() ? Json(nullptr) : Json(p.area);
  j["start_year"] = p.model.start_year;
  j["years"] = p.model.years;
  j["runs"] = result.runs;
  j["seed"] = result.seed;
  j["threads"] = result.threads;
  j["levels"] = p.level_names;
  j["assumptions"] = AssumptionsJson(p);
  Json scenarios = Json::array();
  for (std::size_t i = 0; i < result.scenarios.size(); ++i) {
    const ScenarioResult& s = result.scenarios[i];
    Json categories = Json::array();
    for (const SimulationSeries& c : s.categories) categories.push_back(SeriesJson(c));
    scenarios.push_back(Json{{"name", s.name}, {"total", SeriesJson(s.total)}, {"categories", categories}});
  }
  j["scenarios"] = scenarios;
  return j;
}

}  // namespace kplan::report
