#include "kplan/report/pdf_layout.hpp"

#include <gtest/gtest.h>

namespace kplan::report {
namespace {

TEST(SplitTableRows, FitsOnTheCurrentPage) {
  const auto slices = SplitTableRows(20, {10, 10, 10}, 100, 700);
  ASSERT_EQ(slices.size(), 1u);
  EXPECT_EQ(slices[0].first_row, 0u);
  EXPECT_EQ(slices[0].end_row, 3u);
  EXPECT_FALSE(slices[0].new_page);
}

TEST(SplitTableRows, ContinuesOnNewPagesWithTheHeaderRepeated) {
  // 100 rows of 10 points, header 20: 8 rows fit in 100, then 68 per 700-point page.
  const std::vector<double> rows(100, 10.0);
  const auto slices = SplitTableRows(20, rows, 100, 700);
  ASSERT_EQ(slices.size(), 3u);
  EXPECT_EQ(slices[0].end_row, 8u);
  EXPECT_FALSE(slices[0].new_page);
  EXPECT_EQ(slices[1].first_row, 8u);
  EXPECT_EQ(slices[1].end_row, 76u);
  EXPECT_TRUE(slices[1].new_page);
  EXPECT_EQ(slices[2].first_row, 76u);
  EXPECT_EQ(slices[2].end_row, 100u);
  // Every row is placed exactly once, in order.
  std::size_t next = 0;
  for (const auto& s : slices) {
    EXPECT_EQ(s.first_row, next);
    next = s.end_row;
  }
  EXPECT_EQ(next, rows.size());
}

TEST(SplitTableRows, MovesToTheNextPageWhenHeaderAndFirstRowDoNotFit) {
  const auto slices = SplitTableRows(20, {30, 10}, 40, 700);
  ASSERT_EQ(slices.size(), 1u);
  EXPECT_TRUE(slices[0].new_page);
  EXPECT_EQ(slices[0].end_row, 2u);
}

TEST(SplitTableRows, ARowTallerThanAPageStandsAlone) {
  const auto slices = SplitTableRows(20, {10, 900, 10}, 700, 700);
  ASSERT_EQ(slices.size(), 3u);
  EXPECT_EQ(slices[0].end_row, 1u);
  EXPECT_EQ(slices[1].first_row, 1u);
  EXPECT_EQ(slices[1].end_row, 2u);
  EXPECT_EQ(slices[2].first_row, 2u);
  EXPECT_EQ(slices[2].end_row, 3u);
}

TEST(SplitTableRows, AnEmptyTableIsItsHeader) {
  const auto slices = SplitTableRows(20, {}, 100, 700);
  ASSERT_EQ(slices.size(), 1u);
  EXPECT_EQ(slices[0].end_row, 0u);
}

}  // namespace
}  // namespace kplan::report
