#include "kplan/core/need_driver.hpp"

#include <gtest/gtest.h>

namespace kplan {
namespace {

TEST(NeedDriverTest, CareFollowsTheOldSchoolsTheChildrenOthersEveryone) {
  ASSERT_TRUE(DefaultNeedDriver("5321"));
  EXPECT_EQ(DefaultNeedDriver("5321")->from, 80);
  EXPECT_EQ(DefaultNeedDriver("2343")->to, 5);
  EXPECT_EQ(DefaultNeedDriver("2341")->from, 6);
  EXPECT_EQ(DefaultNeedDriver("2330")->from, 16);
  EXPECT_FALSE(DefaultNeedDriver("2661"));  // socialsekreterare
  EXPECT_FALSE(DefaultNeedDriver(""));
  EXPECT_EQ(DescribeNeedDriver(AgeBand{80, 120}), "80–120 år");
  EXPECT_EQ(DescribeNeedDriver(std::nullopt), "hela befolkningen");
}

}  // namespace
}  // namespace kplan
