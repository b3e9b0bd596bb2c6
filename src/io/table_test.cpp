#include "kplan/io/table.hpp"

#include <gtest/gtest.h>

namespace kplan::io {
namespace {

TEST(ColumnLettersTest, LikeExcel) {
  EXPECT_EQ(ColumnLetters(0), "A");
  EXPECT_EQ(ColumnLetters(25), "Z");
  EXPECT_EQ(ColumnLetters(26), "AA");
  EXPECT_EQ(ColumnLetters(51), "AZ");
  EXPECT_EQ(ColumnLetters(52), "BA");
  EXPECT_EQ(ColumnLetters(701), "ZZ");
  EXPECT_EQ(ColumnLetters(702), "AAA");
}

}  // namespace
}  // namespace kplan::io
