#include "kplan/core/activity.hpp"

#include <gtest/gtest.h>

namespace kplan {
namespace {

TEST(ActivityStatusTest, KeysRoundTripAndLabelsAreSwedish) {
  for (ActivityStatus s : {ActivityStatus::kPlanned, ActivityStatus::kOngoing,
                           ActivityStatus::kDone, ActivityStatus::kCancelled}) {
    EXPECT_EQ(ParseActivityStatusKey(ActivityStatusKey(s)), s);
  }
  EXPECT_EQ(ActivityStatusLabel(ActivityStatus::kOngoing), "pågår");
  EXPECT_EQ(ParseActivityStatusKey("pågår"), std::nullopt);
}

}  // namespace
}  // namespace kplan
