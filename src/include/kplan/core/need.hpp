#pragma once
// Behov: how many people a category needs on a horizon, and at which levels.
//
//   N_h     = B · (1 + g_h)
//   N_{h,l} = N_h · s_{h,l} / 100
//
// B is the base (today's headcount of the category unless set by hand), g_h
// the growth to the horizon (0.026 for 2.6 %, from the population forecast)
// and s_{h,l} the target share of level l in percent. Seed 001, Sektionschef:
// base 117, growth 2.6 % at 2 years, Hög 50 % → N_2 = 120.042, N_{2,Hög} = 60.021.

#include <optional>
#include <vector>
#include <string>
#include <cstddef>

#include "kplan/core/competence_scale.hpp"

namespace kplan {

// Target shares are published in whole percent (7 + 28 + 50 + 15), so a
// distribution may miss 100 by rounding; more than half a point is an error.
inline constexpr double kShareSumTolerancePoints = 0.5;

double SumOf(const PerLevel& values);

// True when every share is within 0–100 and they sum to 100 ± 0.5.
bool IsCompleteDistribution(const PerLevel& shares_percent);

// What is assumed about one horizon of one category.
struct NeedAssumption {
  int years = 0;          // the horizon h, in years ahead
  double growth = 0;      // g_h as a fraction: 0.026 for 2.6 %
  PerLevel target_shares;  // s_{h,l} in percent, one per level
};

struct CompetenceNeed {
  int years = 0;
  double total = 0;     // N_h
  PerLevel per_level;   // N_{h,l}; sums to `total`
};

// Requires IsCompleteDistribution(assumption.target_shares). The shares are
// divided by their sum rather than by exactly 100, so that the level needs add
// up to N_h: 33 + 33 + 34 and 33.3 + 33.3 + 33.3 both mean "a third each".
CompetenceNeed ComputeNeed(double base, const NeedAssumption& assumption);

// Behov: the need assumptions of one category in a plan year. `base` is B
// when set by hand (else the inventory total is used); one assumption per
// horizon of the plan year, target shares in percent, one per level.
struct NeedParameters {
  std::string category;
  std::optional<double> base;
  std::vector<NeedAssumption> horizons;
  int version = 1;
};

}  // namespace kplan
