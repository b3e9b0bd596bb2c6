#pragma once
// Key figures of the current state (nuläge) from an employee register.
//
// Definitions (also in docs/key-figures.md). "Employed" means employed on the
// as-of date; "monthly-paid" means tillsvidare or visstid.
//   headcount            monthly-paid employed
//   fte                  Σ fte_percent / 100 over the headcount
//   permanent, temporary monthly-paid employed by form; hourly: timavlönade employed
//   women_share, men_share  share of the headcount (others count in neither)
//   average_age          mean of (as-of year − birth year) over the headcount
//   age_bands            headcount by that age: −29, 30–39, 40–49, 50–59, 60−
//   age_55_plus          headcount aged 55 or more (Kolada's "55 år och äldre")
//   part_time_share      headcount with fte_percent < 100 / headcount
//   retirements_by_year  permanent employed reaching the pension age in each of
//                        the next `retirement_horizon` years (birth year +
//                        pension age = year); those already past it count in
//                        the first year
//   employees_per_manager  headcount / managers in the headcount
//   hires                monthly-paid who started in the period (after its start,
//                        up to and including the as-of date)
//   leavers              monthly-paid whose last day fell in the period
//   turnover             permanent leavers / mean of permanent employed at the
//                        period's start and at the as-of date
//   sick_leave_share     Σ sick hours / Σ scheduled hours over those employed
//   qualified_share      headcount with the formal qualification / headcount
//                        where the qualification applies
// Shares are fractions 0–1; a share whose denominator is zero is absent.

#include <array>
#include <map>
#include <optional>
#include <span>

#include "kplan/core/employee.hpp"

namespace kplan {

struct KeyFigureOptions {
  CalendarDate as_of;         // the extract date
  CalendarDate period_start;  // start of the period for hires, leavers, turnover
  int pension_age = 67;
  int retirement_horizon = 10;  // years of retirements_by_year
};

struct KeyFigures {
  int headcount = 0;
  double fte = 0;
  int permanent = 0;
  int temporary = 0;
  int hourly = 0;
  std::optional<double> women_share;
  std::optional<double> men_share;
  std::optional<double> average_age;
  std::array<int, 5> age_bands{};  // −29, 30–39, 40–49, 50–59, 60−
  int age_55_plus = 0;
  std::optional<double> part_time_share;
  std::map<int, int> retirements_by_year;
  int managers = 0;
  std::optional<double> employees_per_manager;
  int hires = 0;
  int leavers = 0;
  std::optional<double> turnover;
  std::optional<double> sick_leave_share;
  std::optional<double> qualified_share;
};

inline constexpr std::array<const char*, 5> kAgeBandLabels = {"-29", "30-39", "40-49", "50-59",
                                                              "60-"};

KeyFigures ComputeKeyFigures(std::span<const EmployeeRecord> employees,
                             const KeyFigureOptions& options);

}  // namespace kplan
