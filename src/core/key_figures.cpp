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

// The counts behind the shares, gathered in one pass over the register.
struct Tally {
  int women = 0, men = 0, part_time = 0, qualified = 0, qualification_applies = 0;
  long long age_sum = 0;
  int permanent_at_start = 0, permanent_leavers = 0;
  double sick = 0, scheduled = 0;
};

// Hires and leavers during the period, and the permanent staff at its start (for turnover).
void CountMovements(const EmployeeRecord& e, const KeyFigureOptions& options, KeyFigures& k, Tally& t) {
  if (e.start > options.period_start && e.start <= options.as_of) ++k.hires;
  if (e.end && *e.end >= options.period_start && *e.end < options.as_of) {
    ++k.leavers;
    if (e.form == EmploymentForm::kPermanent) ++t.permanent_leavers;
  }
  if (e.form == EmploymentForm::kPermanent && IsEmployedOn(e, options.period_start)) {
    ++t.permanent_at_start;
  }
}

// A monthly paid employee employed on the as-of date.
void CountEmployed(const EmployeeRecord& e, const KeyFigureOptions& options, KeyFigures& k, Tally& t) {
  const int first_year = options.as_of.year + 1;
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
  if (e.gender == Gender::kWoman) ++t.women;
  if (e.gender == Gender::kMan) ++t.men;
  const int age = options.as_of.year - e.birth_year;
  t.age_sum += age;
  ++k.age_bands[AgeBand(age)];
  if (age >= 55) ++k.age_55_plus;
  if (e.fte_percent < 100) ++t.part_time;
  if (e.manager) ++k.managers;
  if (e.qualified) {
    ++t.qualification_applies;
    if (*e.qualified) ++t.qualified;
  }
}

void SetShares(const Tally& t, KeyFigures& k) {
  k.women_share = Share(t.women, k.headcount);
  k.men_share = Share(t.men, k.headcount);
  k.average_age = Share(static_cast<double>(t.age_sum), k.headcount);
  k.part_time_share = Share(t.part_time, k.headcount);
  k.employees_per_manager = Share(k.headcount, k.managers);
  k.turnover = Share(t.permanent_leavers, (t.permanent_at_start + k.permanent) / 2.0);
  k.sick_leave_share = Share(t.sick, t.scheduled);
  k.qualified_share = Share(t.qualified, t.qualification_applies);
}

}  // namespace

KeyFigures ComputeKeyFigures(std::span<const EmployeeRecord> employees,
                             const KeyFigureOptions& options) {
  KeyFigures k;
  const int first_year = options.as_of.year + 1;
  for (int y = first_year; y < first_year + options.retirement_horizon; ++y) {
    k.retirements_by_year[y] = 0;
  }
  Tally t;
  for (const EmployeeRecord& e : employees) {
    const bool employed = IsEmployedOn(e, options.as_of);
    if (employed) {
      t.sick += e.sick_hours;
      t.scheduled += e.scheduled_hours;
    }
    if (!IsMonthlyPaid(e)) {
      if (employed) ++k.hourly;
      continue;
    }
    CountMovements(e, options, k, t);
    if (employed) CountEmployed(e, options, k, t);
  }
  SetShares(t, k);
  return k;
}

}  // namespace kplan
