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

namespace kplan {
namespace {

TEST(ActivityOverdue, OnlyOpenActivitiesPastTheirEndDate) {
  const CalendarDate today{2026, 11, 24};
  const CalendarDate yesterday{2026, 11, 23};
  EXPECT_TRUE(IsOverdue(ActivityStatus::kPlanned, yesterday, today));
  EXPECT_TRUE(IsOverdue(ActivityStatus::kOngoing, yesterday, today));
  EXPECT_FALSE(IsOverdue(ActivityStatus::kDone, yesterday, today));
  EXPECT_FALSE(IsOverdue(ActivityStatus::kCancelled, yesterday, today));
  EXPECT_FALSE(IsOverdue(ActivityStatus::kOngoing, today, today));
  EXPECT_FALSE(IsOverdue(ActivityStatus::kOngoing, std::nullopt, today));
}

}  // namespace
}  // namespace kplan
