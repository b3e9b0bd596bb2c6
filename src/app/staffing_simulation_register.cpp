// The register side of the staffing simulation: the turnover the extract
// shows (which unit and extract: register_choice.hpp).

#include <algorithm>
#include <cmath>
#include <set>

#include "kplan/core/key_figures.hpp"
#include "staffing_simulation_parts.hpp"

namespace kplan::app::simulation {

namespace {

// Leavers and the mean of staff at the period's start and end.
struct Flow {
  double leavers = 0;
  double staff = 0;

  double Rate(double overall) const { return (leavers + kShrinkPersons * overall) / (staff + kShrinkPersons); }
};

}  // namespace

TurnoverEstimate EstimateTurnover(std::span<const EmployeeRecord> employees, const CalendarDate& period_start,
                                  const CalendarDate& as_of, int first_retirement_age) {
  Flow all;
  std::map<std::string, Flow> by_category;
  std::array<Flow, kTurnoverAgeBands> by_band{};
  std::set<std::string> categories;
  for (const EmployeeRecord& e : employees) {
    categories.insert(e.category);
    if (e.form != EmploymentForm::kPermanent) continue;
    const int age = as_of.year - e.birth_year;
    if (age >= first_retirement_age) continue;  // their exits count as retirements
    const double present = (IsEmployedOn(e, period_start) ? 0.5 : 0.0) + (IsEmployedOn(e, as_of) ? 0.5 : 0.0);
    const double left = e.end && period_start < *e.end && *e.end <= as_of ? 1.0 : 0.0;
    Flow* flows[] = {&all, &by_category[e.category], &by_band[TurnoverAgeBand(age)]};
    for (Flow* f : flows) {
      f->staff += present;
      f->leavers += left;
    }
  }
  TurnoverEstimate estimate;
  estimate.found = all.leavers > 0 && all.staff > 0;
  estimate.overall = estimate.found ? all.leavers / all.staff : kDefaultTurnover;
  const double overall = estimate.overall;
  for (const std::string& name : categories) {
    std::array<double, kTurnoverAgeBands> rates{};
    const auto it = by_category.find(name);
    const double category = estimate.found && it != by_category.end() ? it->second.Rate(overall) : overall;
    for (std::size_t b = 0; b < kTurnoverAgeBands; ++b) {
      const double band = estimate.found ? by_band[b].Rate(overall) : overall;
      rates[b] = std::clamp(overall > 0 ? category * band / overall : 0.0, 0.0, 0.9);
    }
    estimate.by_category[name] = rates;
  }
  return estimate;
}

}  // namespace kplan::app::simulation
