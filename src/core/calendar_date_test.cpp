#include "kplan/core/calendar_date.hpp"

#include <gtest/gtest.h>

namespace kplan {
namespace {

TEST(CalendarDateTest, ParsesIsoDatesAndChecksTheDayExists) {
  EXPECT_EQ(ParseIsoDate("2020-10-31"), (CalendarDate{2020, 10, 31}));
  EXPECT_EQ(ParseIsoDate("2024-02-29"), (CalendarDate{2024, 2, 29}));
  EXPECT_EQ(ParseIsoDate("2023-02-29"), std::nullopt);
  EXPECT_EQ(ParseIsoDate("1900-02-29"), std::nullopt);
  EXPECT_EQ(ParseIsoDate("2000-02-29"), (CalendarDate{2000, 2, 29}));
  EXPECT_EQ(ParseIsoDate("2020-13-01"), std::nullopt);
  EXPECT_EQ(ParseIsoDate("2020-1-01"), std::nullopt);
  EXPECT_EQ(ParseIsoDate("31/10/2020"), std::nullopt);
  EXPECT_EQ(ParseIsoDate(""), std::nullopt);
}

TEST(CalendarDateTest, OrdersAndFormats) {
  EXPECT_LT((CalendarDate{2020, 12, 31}), (CalendarDate{2021, 1, 1}));
  EXPECT_EQ(FormatIsoDate({2021, 3, 7}), "2021-03-07");
}

}  // namespace
}  // namespace kplan
