#include "kplan/core/need.hpp"

#include <cmath>
#include <numeric>

namespace kplan {

double SumOf(const PerLevel& values) { return std::accumulate(values.begin(), values.end(), 0.0); }

bool IsCompleteDistribution(const PerLevel& shares_percent) {
  for (double share : shares_percent) {
    if (!(share >= 0 && share <= 100)) return false;  // also rejects NaN
  }
  return std::fabs(SumOf(shares_percent) - 100.0) <= kShareSumTolerancePoints;
}

CompetenceNeed ComputeNeed(double base, const NeedAssumption& assumption) {
  CompetenceNeed need;
  need.years = assumption.years;
  need.total = base * (1.0 + assumption.growth);
  const double share_sum = SumOf(assumption.target_shares);
  need.per_level.reserve(assumption.target_shares.size());
  for (double share : assumption.target_shares) {
    need.per_level.push_back(share_sum > 0 ? need.total * share / share_sum : 0.0);
  }
  return need;
}

}  // namespace kplan
