#include "kplan/core/retirement_table.hpp"

#include <gtest/gtest.h>

#include <numeric>

namespace kplan {
namespace {

TEST(RetirementTableTest, TheDefaultSpreadsExitsOver61To69AroundPensionsmyndighetensMean) {
  const RetirementTable table = RetirementTable::Default();
  EXPECT_EQ(table.first_age(), 61);
  EXPECT_EQ(table.last_age(), 69);
  EXPECT_EQ(table.At(60), 0.0);
  EXPECT_EQ(table.At(69), 1.0);
  EXPECT_EQ(table.At(72), 1.0);
  const std::vector<double> shares = table.ExitShares();
  ASSERT_EQ(shares.size(), 9u);  // 61..69: nobody is left at 70
  EXPECT_NEAR(shares[0], 0.02, 1e-12);
  EXPECT_NEAR(shares[4], 0.32, 1e-12);  // 65
  EXPECT_NEAR(shares[8], 0.04, 1e-12);  // 69
  EXPECT_NEAR(std::accumulate(shares.begin(), shares.end(), 0.0), 1.0, 1e-12);
  // Pensionsmyndigheten: mean age of first withdrawal 65.5 years in 2024.
  EXPECT_NEAR(table.MeanExitAge(), 65.5, 0.15);
}

TEST(RetirementTableTest, StepRetiresEverybodyAtOneAge) {
  const RetirementTable table = RetirementTable::Step(67);
  EXPECT_EQ(table.At(66), 0.0);
  EXPECT_EQ(table.At(67), 1.0);
  EXPECT_DOUBLE_EQ(table.MeanExitAge(), 67);
}

TEST(RetirementTableTest, MakeRefusesWhatIsNotAProbability) {
  auto ok = RetirementTable::Make(63, {0.1, 0.2, 0.5, 1.0});
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok.value().last_age(), 66);
  EXPECT_EQ(ok.value().At(67), 1.0);

  auto bad = RetirementTable::Make(61, {0.1, 1.2});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().message(), "pensionstabellen, ålder 62: 1,2 är ingen sannolikhet mellan 0 och 1");
  EXPECT_FALSE(RetirementTable::Make(40, {1.0}).ok());
  EXPECT_FALSE(RetirementTable::Make(61, {}).ok());
}

}  // namespace
}  // namespace kplan
