#include "kplan/core/year_span.hpp"

#include <gtest/gtest.h>

namespace kplan {
namespace {

TEST(YearSpanTest, ARecordOfOneYearIsInThatPlanOnly) {
  YearSpan span{2025, std::nullopt};
  EXPECT_FALSE(Covers(span, 2024));
  EXPECT_TRUE(Covers(span, 2025));
  EXPECT_FALSE(Covers(span, 2026));
  EXPECT_FALSE(ContinuesInto(span, 2025));
}

TEST(YearSpanTest, ACarriedOnActivityContinuesIntoTheLaterYears) {
  YearSpan span{2024, 2026};
  EXPECT_TRUE(Covers(span, 2024));
  EXPECT_FALSE(ContinuesInto(span, 2024));
  EXPECT_TRUE(ContinuesInto(span, 2025));
  EXPECT_TRUE(ContinuesInto(span, 2026));
  EXPECT_FALSE(Covers(span, 2027));
  EXPECT_EQ(LastYear(span), 2026);
}

TEST(YearSpanTest, TheLastYearBeforeTheFirstIsRefusedUnderItsField) {
  Status s = Validate(YearSpan{2025, 2024});
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().rule(), "year_order");
  EXPECT_EQ(s.error().location().field, "through_year");
}

TEST(YearSpanTest, AYearOutsideThePlanYearsIsRefused) {
  Status s = Validate(YearSpan{1999, std::nullopt});
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().rule(), "range");
  EXPECT_EQ(s.error().location().field, "year");
  EXPECT_TRUE(Validate(YearSpan{2025, 2025}).ok());
}

}  // namespace
}  // namespace kplan
