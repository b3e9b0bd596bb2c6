#pragma once
// Private to the staffing simulation model: the pieces PrepareSimulation is
// built from, each testable on its own.

#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "kplan/core/calendar_date.hpp"
#include "kplan/core/employee.hpp"
#include "kplan/core/microsimulation.hpp"
#include "kplan/core/need_driver.hpp"
#include "kplan/core/org_unit.hpp"
#include "kplan/app/simulation.hpp"
#include "kplan/store/records.hpp"
#include "kplan/store/store.hpp"

namespace kplan::app::simulation {

// Turnover per category and age band from one extract (which lists those who
// left during its year with their last day), as the header of
// staffing_simulation.hpp states. Categories without staff get the overall
// rate; `found` is false when the extract holds no leavers and no staff to
// estimate from, and the rates are then the default 8 %.
struct TurnoverEstimate {
  std::map<std::string, std::array<double, kTurnoverAgeBands>> by_category;
  bool found = false;
  double overall = 0;
};
inline constexpr double kDefaultTurnover = 0.08;
inline constexpr double kShrinkPersons = 20;
TurnoverEstimate EstimateTurnover(std::span<const EmployeeRecord> employees, const CalendarDate& period_start,
                                  const CalendarDate& as_of, int first_retirement_age);

// The driver series P_t, t = 0..years, of an age band (nullopt: everyone) in
// the forecast: per year, the people of the entries that lie within the band,
// or, when none does, of those that overlap it. Years outside the forecast
// take the nearest year's value. Empty entries give a flat series.
DriverSeries PopulationDriver(std::span<const store::PopulationEntry> entries, const std::optional<AgeBand>& band,
                              int start_year, int years, std::string* note);

}  // namespace kplan::app::simulation
