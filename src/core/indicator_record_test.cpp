#include "kplan/core/indicator_record.hpp"

#include <gtest/gtest.h>

namespace kplan {
namespace {

// One reading of "which plan year is this period in" for the store (a goal's
// years), the report (this year's and next year's targets) and the reader.
TEST(PeriodYearTest, APeriodBelongsToTheYearItBeginsWith) {
  EXPECT_EQ(PeriodYear("2023"), 2023);
  EXPECT_EQ(PeriodYear("2024-T2"), 2024);
  EXPECT_EQ(PeriodYear("2024-12"), 2024);
  EXPECT_EQ(PeriodYear("T2-2024"), 0);
  EXPECT_EQ(PeriodYear("202"), 0);
  EXPECT_EQ(PeriodYear(""), 0);
}

}  // namespace
}  // namespace kplan
