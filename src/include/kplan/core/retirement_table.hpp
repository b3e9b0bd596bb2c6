#pragma once
// Retirement as a probability per age: of the employees who are still employed
// in the year they turn `age`, the share who retire that year (a hazard, not a
// share of a birth cohort). Below the first age of the table nobody retires;
// from the year after the last age everybody has.
//
// The default table covers 61–69 and is documented in docs/projection-format.md.
// It is a stylised table, not an estimate from municipal payrolls: it spreads
// the exits of those still employed at 61 as
//   61: 2 %, 62: 3 %, 63: 8 %, 64: 9 %, 65: 32 %, 66: 22 %, 67: 14 %, 68: 6 %, 69: 4 %
// (a mean of 65.4 years), calibrated to what Pensionsmyndigheten publishes in
// "Pensionsåldrar och arbetslivets längd" (VER 2025-5, April 2025): a mean
// age of first withdrawal of allmän pension of 65.5 years in 2024, 63 as the
// lowest age for withdrawing the income pension and 69 as the LAS age since
// 2023 (the age to which an employee may stay on). Municipalities that know
// their own pattern (from KPA or their payroll) should give their own table.
//
// The deterministic projection (projection.hpp) retires everybody at one
// pension age; Step(age) is that rule as a table, so that the two models can be
// compared.

#include <string>
#include <vector>

#include "kplan/core/error.hpp"

namespace kplan {

// The one pension age of the deterministic projection, the key figures and the
// plan report (design.md §3: configurable within 65–69, 67 when not given;
// seed 003 uses 68). Every layer that takes a pension age checks this range.
inline constexpr int kMinPensionAge = 65;
inline constexpr int kMaxPensionAge = 69;
inline constexpr int kDefaultPensionAge = 67;

class RetirementTable {
 public:
  static constexpr int kMinAge = 50;
  static constexpr int kMaxAge = 75;

  // The documented default, 61–69.
  static RetirementTable Default();
  // Everybody retires in the year they turn `pension_age`.
  static RetirementTable Step(int pension_age);
  // probabilities[i] is for age first_age + i. Rules: at least one age, the
  // first and the last within kMinAge–kMaxAge, every probability within 0–1.
  // Errors name the age. (After the last age everybody retires, whatever the
  // last probability says.)
  static Result<RetirementTable> Make(int first_age, std::vector<double> probabilities);

  int first_age() const { return first_age_; }
  int last_age() const { return first_age_ + static_cast<int>(probabilities_.size()) - 1; }
  const std::vector<double>& probabilities() const { return probabilities_; }

  // The hazard at `age`: 0 below the table, 1 above it.
  double At(int age) const;

  // The share of those employed at first_age() who retire at each age (the
  // exit distribution the hazards imply), and its mean age.
  std::vector<double> ExitShares() const;
  double MeanExitAge() const;

 private:
  RetirementTable(int first_age, std::vector<double> probabilities)
      : first_age_(first_age), probabilities_(std::move(probabilities)) {}

  int first_age_ = 61;
  std::vector<double> probabilities_;
};

}  // namespace kplan
