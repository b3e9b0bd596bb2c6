#include "kplan/core/gap.hpp"

#include "kplan/core/rounding.hpp"

namespace kplan {
namespace {

LevelGap MakeLevelGap(double supply, double need) {
  const double gap = supply - need;
  return {supply, need, gap, RoundHalfAwayFromZero(gap)};
}

}  // namespace

std::vector<std::int64_t> CompetenceGap::RoundedLevelGaps() const {
  std::vector<std::int64_t> rounded;
  rounded.reserve(levels.size());
  for (const LevelGap& level : levels) rounded.push_back(level.gap_rounded);
  return rounded;
}

CompetenceGap ComputeGap(const PerLevel& supply, const CompetenceNeed& need) {
  CompetenceGap gap;
  gap.years = need.years;
  gap.levels.reserve(supply.size());
  for (std::size_t level = 0; level < supply.size() && level < need.per_level.size(); ++level) {
    gap.levels.push_back(MakeLevelGap(supply[level], need.per_level[level]));
  }
  gap.total = MakeLevelGap(SumOf(supply), need.total);
  return gap;
}

}  // namespace kplan
