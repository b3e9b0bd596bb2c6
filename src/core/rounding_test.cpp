#include "kplan/core/rounding.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace kplan {
namespace {

TEST(RoundHalfAwayFromZeroTest, HalvesGoAwayFromZero) {
  EXPECT_EQ(RoundHalfAwayFromZero(2.5), 3);
  EXPECT_EQ(RoundHalfAwayFromZero(-2.5), -3);
  EXPECT_EQ(RoundHalfAwayFromZero(0.5), 1);
  EXPECT_EQ(RoundHalfAwayFromZero(-0.5), -1);
  EXPECT_EQ(RoundHalfAwayFromZero(2.49), 2);
  EXPECT_EQ(RoundHalfAwayFromZero(-14.021), -14);
  EXPECT_EQ(RoundHalfAwayFromZero(0.0), 0);
}

TEST(RoundHalfAwayFromZeroTest, DecimalHalvesRoundAsOnPaper) {
  // Base 25, growth 2.5 %, target share 80 %: the level need is 20.5 on paper.
  const double need = 25 * (1 + 0.025) * 80 / 100;
  EXPECT_NE(need, 20.5);  // binary floating point gives 20.499999999999996
  EXPECT_EQ(RoundHalfAwayFromZero(need), 21);
  EXPECT_EQ(RoundHalfAwayFromZero(0 - need), -21);
}

TEST(RoundHalfAwayFromZeroTest, NonFiniteAndHugeValuesDoNotOverflow) {
  EXPECT_EQ(RoundHalfAwayFromZero(std::nan("")), 0);
  EXPECT_GT(RoundHalfAwayFromZero(std::numeric_limits<double>::infinity()), 0);
  EXPECT_LT(RoundHalfAwayFromZero(-1e300), 0);
}

TEST(RoundToDecimalsTest, RoundsAtTheGivenDecimal) {
  EXPECT_DOUBLE_EQ(RoundToDecimals(8.455, 2), 8.46);
  EXPECT_DOUBLE_EQ(RoundToDecimals(-120.0424, 3), -120.042);
  EXPECT_DOUBLE_EQ(RoundToDecimals(7.0, 0), 7.0);
}

TEST(RoundHalfAwayFromZeroTest, LargeValuesAreNotNudgedPastTheirRounding) {
  EXPECT_EQ(RoundHalfAwayFromZero(1e7 + 0.49), 10000000);
  EXPECT_EQ(RoundHalfAwayFromZero(1.4e9), 1400000000);
  EXPECT_DOUBLE_EQ(RoundToDecimals(1400.0, 6), 1400.0);
  EXPECT_DOUBLE_EQ(RoundToDecimals(37784880.0, 6), 37784880.0);
}

}  // namespace
}  // namespace kplan
