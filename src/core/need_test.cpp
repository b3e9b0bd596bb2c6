#include "kplan/core/need.hpp"

#include <gtest/gtest.h>

namespace kplan {
namespace {

TEST(NeedTest, GrowsTheBaseAndSplitsItByTargetShares) {
  // Seed 001, Sektionschef on 2 years: base 117, growth 2.6 %, 7/28/50/15 %.
  const CompetenceNeed need = ComputeNeed(117, {2, 0.026, {7, 28, 50, 15}});
  EXPECT_EQ(need.years, 2);
  EXPECT_DOUBLE_EQ(need.total, 120.042);
  ASSERT_EQ(need.per_level.size(), 4u);
  EXPECT_DOUBLE_EQ(need.per_level[0], 8.40294);
  EXPECT_DOUBLE_EQ(need.per_level[2], 60.021);
}

TEST(NeedTest, LevelNeedsAddUpToTheNeedWhenSharesAreRoundedInput) {
  const CompetenceNeed need = ComputeNeed(90, {5, 0.0, {33.3, 33.3, 33.3}});
  EXPECT_DOUBLE_EQ(need.per_level[0], 30.0);
  EXPECT_DOUBLE_EQ(SumOf(need.per_level), need.total);
}

TEST(NeedTest, DistributionMustSumToHundredWithinHalfAPoint) {
  EXPECT_TRUE(IsCompleteDistribution({7, 28, 50, 15}));
  EXPECT_TRUE(IsCompleteDistribution({33.3, 33.3, 33.3}));  // 99.9
  EXPECT_TRUE(IsCompleteDistribution({50, 50.5}));           // 100.5: the edge
  EXPECT_FALSE(IsCompleteDistribution({50, 50.6}));
  EXPECT_FALSE(IsCompleteDistribution({7, 28, 50, 14}));     // 99
  EXPECT_FALSE(IsCompleteDistribution({-10, 110}));          // sums to 100, but a share < 0
}

}  // namespace
}  // namespace kplan
