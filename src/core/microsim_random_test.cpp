#include "microsim_random.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <tuple>

namespace kplan::microsim {
namespace {

// Mean and variance of many draws against n·p and n·p·(1 − p), within five
// standard errors, for the inversion path, the flipped path and the exact
// sampler for large n·p.
class BinomialTest : public ::testing::TestWithParam<std::tuple<int, double>> {};

TEST_P(BinomialTest, HasTheBinomialMeanAndVariance) {
  const auto [n, p] = GetParam();
  const BinomialRate rate(p);
  Stream stream(2024, static_cast<std::uint64_t>(n));
  constexpr int kDraws = 200000;
  double sum = 0, squares = 0;
  for (int i = 0; i < kDraws; ++i) {
    const int x = rate.Draw(stream, n);
    ASSERT_GE(x, 0);
    ASSERT_LE(x, n);
    sum += x;
    squares += static_cast<double>(x) * x;
  }
  const double mean = sum / kDraws;
  const double variance = squares / kDraws - mean * mean;
  const double expected_variance = n * p * (1 - p);
  EXPECT_NEAR(mean, n * p, 5 * std::sqrt(expected_variance / kDraws) + 1e-12);
  // The variance of the sample variance is about 2σ⁴/N for near-normal data;
  // allow a generous margin for skewed small cases.
  EXPECT_NEAR(variance, expected_variance, 8 * expected_variance * std::sqrt(2.0 / kDraws) + 1e-3);
}

INSTANTIATE_TEST_SUITE_P(Cases, BinomialTest,
                         ::testing::Values(std::make_tuple(1, 0.3), std::make_tuple(5, 0.1),
                                           std::make_tuple(50, 0.02), std::make_tuple(200, 0.3),
                                           std::make_tuple(40, 0.9), std::make_tuple(1000, 0.08),
                                           std::make_tuple(100000, 0.5)));

TEST(BinomialRateTest, ZeroAndOneAreExact) {
  Stream stream(1, 1);
  EXPECT_EQ(BinomialRate(0).Draw(stream, 50), 0);
  EXPECT_EQ(BinomialRate(1).Draw(stream, 50), 50);
  EXPECT_EQ(BinomialRate(0.4).Draw(stream, 0), 0);
}

TEST(StreamTest, RunsHaveTheirOwnStreams) {
  Stream a(7, 0), b(7, 1), c(7, 0);
  const auto first = a();
  EXPECT_NE(first, b());
  EXPECT_EQ(first, c());
  double sum = 0;
  for (int i = 0; i < 100000; ++i) {
    const double u = a.Uniform();
    ASSERT_GE(u, 0.0);
    ASSERT_LT(u, 1.0);
    sum += u;
  }
  EXPECT_NEAR(sum / 100000, 0.5, 0.005);
}

}  // namespace
}  // namespace kplan::microsim
