#include "microsim_year.hpp"

#include <gtest/gtest.h>

#include <random>

namespace kplan::microsim {
namespace {

// A table of limits for ages 0..79 and 4 classes, with event rates from
// nothing to certain, and people spread over it.
struct Fixture {
  static constexpr int kClasses = 4;
  std::vector<EventThresholds> limits;
  std::vector<std::uint32_t> stay;
  People people;

  explicit Fixture(std::size_t n, std::uint32_t seed) {
    std::mt19937 random(seed);
    std::uniform_real_distribution<double> rate(0, 0.3);
    for (int age = 0; age < 80; ++age) {
      for (int c = 0; c < kClasses; ++c) {
        const double retire = age >= 65 ? 1.0 : age >= 61 ? 0.3 : 0.0;
        limits.push_back(EventThresholds::Of(retire, rate(random), c % 2 ? rate(random) : 0.0, c >= 2 ? 0.5 : 0.0));
        stay.push_back(limits.back().any);
      }
    }
    std::uniform_int_distribution<int> birth(1960, 2000), klass(0, kClasses - 1), fte(1, 100);
    for (std::size_t i = 0; i < n; ++i) {
      people.Append(klass(random) - birth(random) * kClasses, static_cast<std::uint32_t>(fte(random) * 100), 1);
    }
  }

  YearLimits Year(int year) const {
    return {stay.data(), limits.data(), static_cast<std::int64_t>(year) * kClasses, 10000};
  }
};

TEST(MicrosimYearTest, TheAvx2VersionGivesTheSameYearsAsThePortableOne) {
  if (!HasAvx2()) GTEST_SKIP() << "this processor has no AVX2";
  for (std::size_t n : {0u, 1u, 7u, 8u, 9u, 1000u, 4099u}) {
    Fixture a(n, static_cast<std::uint32_t>(n) + 1), b(n, static_cast<std::uint32_t>(n) + 1);
    Stream stream_a(11, n), stream_b(11, n);
    AsideList aside;
    for (int year = 2025; year < 2035; ++year) {
      YearCounts counts_a, counts_b;
      const auto fte_a = LiveOneYearScalar(a.Year(year), stream_a, a.people, aside, counts_a);
      const auto fte_b = LiveOneYearAvx2(b.Year(year), stream_b, b.people, aside, counts_b);
      ASSERT_EQ(fte_a, fte_b) << n << " " << year;
      ASSERT_EQ(a.people.key, b.people.key) << n << " " << year;
      ASSERT_EQ(a.people.fte, b.people.fte) << n << " " << year;
      ASSERT_EQ(counts_a.retirements, counts_b.retirements);
      ASSERT_EQ(counts_a.leavers, counts_b.leavers);
      ASSERT_EQ(counts_a.promotions, counts_b.promotions);
      ASSERT_EQ(counts_a.to_full_time, counts_b.to_full_time);
      ASSERT_EQ(stream_a.state(), stream_b.state());
    }
  }
}

TEST(MicrosimYearTest, EventsHappenAtTheirRates) {
  // 200,000 persons aged 40 in class 1: leave 10 %, else move up 5 %.
  std::vector<EventThresholds> limits(41 * 2);
  std::vector<std::uint32_t> stay(41 * 2);
  limits[40 * 2 + 1] = EventThresholds::Of(0, 0.10, 0.05, 0);
  stay[40 * 2 + 1] = limits[40 * 2 + 1].any;
  People people;
  people.Append(1 - 1985 * 2, 10000, 200000);
  Stream stream(3, 0);
  AsideList aside;
  YearCounts counts;
  const auto fte = LiveOneYear({stay.data(), limits.data(), 2025 * 2, 10000}, stream, people, aside, counts);
  EXPECT_NEAR(counts.leavers, 20000, 5 * std::sqrt(200000 * 0.1 * 0.9));
  EXPECT_NEAR(counts.promotions, 9000, 5 * std::sqrt(180000 * 0.05 * 0.95));
  EXPECT_EQ(counts.retirements, 0);
  EXPECT_EQ(people.size(), 200000u - static_cast<std::size_t>(counts.leavers));
  EXPECT_EQ(fte, static_cast<std::int64_t>(people.size()) * 10000);
  // Those who moved up have the next class, after those who did not.
  EXPECT_EQ(people.key.back(), 3 - 1985 * 2);
  EXPECT_EQ(people.key.front(), 1 - 1985 * 2);
}

}  // namespace
}  // namespace kplan::microsim
