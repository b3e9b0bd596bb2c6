#include "kplan/core/key_figures.hpp"

namespace kplan {
namespace {

std::optional<double> Share(double part, double whole) {
  if (whole <= 0) return std::nullopt;
  return part / whole;
}

int AgeBand(int age) {
  if (age < 30) return 0;
  if (age >= 60) return 4;
  return (age - 30) / 10 + 1;
}

}  // namespace

KeyFigures ComputeKeyFigures(std::span<const EmployeeRecord> employees,
                             const KeyFigureOptions& options) {
  KeyFigures k;
  const int year = options.as_of.year;
  const int first_year = year + 1;
  for (int y = first_year; y < first_year + options.retirement_horizon; ++y) {
    k.retirements_by_year[y] = 0;
  }
  int women = 0, men = 0, part_time = 0, qualified = 0, qualification_applies = 0;
  long long age_sum = 0;
  int permanent_at_start = 0, permanent_leavers = 0;
  double sick = 0, scheduled = 0;

  for (const EmployeeRecord& e : employees) {
    const bool employed = IsEmployedOn(e, options.as_of);
    if (employed) {
      sick += e.sick_hours;
      scheduled += e.scheduled_hours;
    }
    if (!IsMonthlyPaid(e)) {
      if (employed) ++k.hourly;
      continue;
    }
    if (e.start > options.period_start && e.start <= options.as_of) ++k.hires;
    if (e.end && *e.end >= options.period_start && *e.end < options.as_of) {
      ++k.leavers;
      if (e.form == EmploymentForm::kPermanent) ++permanent_leavers;
    }
    if (e.form == EmploymentForm::kPermanent && IsEmployedOn(e, options.period_start)) {
      ++permanent_at_start;
    }
    if (!employed) continue;

    ++k.headcount;
    k.fte += e.fte_percent / 100.0;
    if (e.form == EmploymentForm::kPermanent) {
      ++k.permanent;
      int retires = e.birth_year + options.pension_age;
      if (retires < first_year) retires = first_year;
      if (auto it = k.retirements_by_year.find(retires); it != k.retirements_by_year.end()) {
        ++it->second;
      }
    } else {
      ++k.temporary;
    }
    if (e.gender == Gender::kWoman) ++women;
    if (e.gender == Gender::kMan) ++men;
    const int age = year - e.birth_year;
    age_sum += age;
    ++k.age_bands[AgeBand(age)];
    if (e.fte_percent < 100) ++part_time;
    if (e.manager) ++k.managers;
    if (e.qualified) {
      ++qualification_applies;
      if (*e.qualified) ++qualified;
    }
  }

  k.women_share = Share(women, k.headcount);
  k.men_share = Share(men, k.headcount);
  k.average_age = Share(static_cast<double>(age_sum), k.headcount);
  k.part_time_share = Share(part_time, k.headcount);
  k.employees_per_manager = Share(k.headcount, k.managers);
  k.turnover = Share(permanent_leavers, (permanent_at_start + k.permanent) / 2.0);
  k.sick_leave_share = Share(sick, scheduled);
  k.qualified_share = Share(qualified, qualification_applies);
  return k;
}

}  // namespace kplan
