// The figures report as JSON. Shares are fractions 0–1; a figure that cannot
// be computed (no denominator) is null.

#include "kplan/report/figures.hpp"

namespace kplan::report {
namespace {

using Json = nlohmann::ordered_json;

Json Optional(const std::optional<double>& v) { return v ? Json(*v) : Json(nullptr); }

Json FiguresJson(const KeyFigures& k) {
  Json j;
  j["headcount"] = k.headcount;
  j["fte"] = k.fte;
  j["permanent"] = k.permanent;
  j["temporary"] = k.temporary;
  j["hourly"] = k.hourly;
  j["women_share"] = Optional(k.women_share);
  j["men_share"] = Optional(k.men_share);
  j["average_age"] = Optional(k.average_age);
  Json bands = Json::object();
  for (std::size_t b = 0; b < k.age_bands.size(); ++b) bands[kAgeBandLabels[b]] = k.age_bands[b];
  j["age_bands"] = bands;
  j["part_time_share"] = Optional(k.part_time_share);
  Json retirements = Json::object();
  for (auto [year, n] : k.retirements_by_year) retirements[std::to_string(year)] = n;
  j["retirements_by_year"] = retirements;
  j["managers"] = k.managers;
  j["employees_per_manager"] = Optional(k.employees_per_manager);
  j["hires"] = k.hires;
  j["leavers"] = k.leavers;
  j["turnover"] = Optional(k.turnover);
  j["sick_leave_share"] = Optional(k.sick_leave_share);
  j["qualified_share"] = Optional(k.qualified_share);
  return j;
}

// Current minus previous for every number both have.
Json ChangeJson(const Json& now, const Json& before) {
  Json change = Json::object();
  for (auto it = now.begin(); it != now.end(); ++it) {
    const Json& b = before.at(it.key());
    if (it->is_number() && b.is_number()) {
      change[it.key()] = it->get<double>() - b.get<double>();
    } else if (it->is_null() || b.is_null()) {
      if (!it->is_object()) change[it.key()] = nullptr;
    }
  }
  return change;
}

}  // namespace

nlohmann::ordered_json FiguresReportJson(const FiguresReport& r) {
  Json j;
  j["org"] = {{"code", r.org_code}, {"name", r.org_name}};
  j["snapshot"] = FormatIsoDate(r.snapshot);
  j["period_start"] = FormatIsoDate(r.period_start);
  j["pension_age"] = r.pension_age;
  j["figures"] = FiguresJson(r.figures);
  if (r.previous) {
    Json before = FiguresJson(*r.previous);
    j["previous"] = {{"snapshot", FormatIsoDate(*r.previous_snapshot)}, {"figures", before}};
    j["change"] = ChangeJson(j["figures"], before);
  } else {
    j["previous"] = nullptr;
    j["change"] = nullptr;
  }
  if (!r.groups.empty()) {
    Json groups = Json::array();
    for (const FiguresGroup& g : r.groups) {
      groups.push_back({{"key", g.key}, {"label", g.label}, {"figures", FiguresJson(g.figures)}});
    }
    j["groups"] = groups;
  }
  return j;
}

}  // namespace kplan::report
