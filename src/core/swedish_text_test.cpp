#include "kplan/core/swedish_text.hpp"

#include <gtest/gtest.h>

namespace kplan {
namespace {

TEST(SwedishNumbersTest, DecimalCommaThinSpaceAndMinusSign) {
  EXPECT_EQ(FormatDecimal(8.46, 2), "8,46");
  EXPECT_EQ(FormatDecimal(12345.678, 2), "12\u2009345,68");
  EXPECT_EQ(FormatDecimal(-2.60, 2), "\u22122,6");
  EXPECT_EQ(FormatDecimal(7.0, 2), "7");
  EXPECT_EQ(FormatDecimal(-0.001, 2), "0");  // never "−0"
  EXPECT_EQ(FormatFixed(2.6, 2), "2,60");
  EXPECT_EQ(FormatFixed(37.78488, 1), "37,8");
  EXPECT_EQ(FormatInteger(-1234567), "\u22121\u2009234\u2009567");
  EXPECT_EQ(FormatInteger(999), "999");
}

TEST(SwedishNumbersTest, PercentKronorAndPersons) {
  EXPECT_EQ(FormatPercent(8.46), "8,46 %");  // seed 000: sjukfrånvaro 8,46 %
  EXPECT_EQ(FormatPercent(2.6), "2,6 %");
  EXPECT_EQ(FormatKronor(37784880), "37,8 mnkr");  // seed 002: 37,8 miljoner kronor
  EXPECT_EQ(FormatKronor(771120), "771\u2009120 kr");
  EXPECT_EQ(FormatPersons(1), "1 person");
  EXPECT_EQ(FormatPersons(3), "3 personer");
}

TEST(SwedishWordsTest, ListsJoinWithOch) {
  EXPECT_EQ(JoinWithOch({}), "");
  EXPECT_EQ(JoinWithOch({"a"}), "a");
  EXPECT_EQ(JoinWithOch({"a", "b"}), "a och b");
  EXPECT_EQ(JoinWithOch({"a", "b", "c"}), "a, b och c");
  EXPECT_EQ(JoinWithEller({"Grön", "Röd", "Ej bedömd"}), "Grön, Röd eller Ej bedömd");
}

TEST(SwedishWordsTest, LevelPhrasesAsInSeed001) {
  EXPECT_EQ(LevelPhrase({"Hög"}), "hög nivå");
  EXPECT_EQ(LevelPhrase({"Viss", "God"}), "viss- och god nivå");
  EXPECT_EQ(LevelPhrase({"Hög", "Mycket hög"}), "hög- och mycket hög nivå");
  EXPECT_EQ(LevelPhrase({"God", "Hög", "Mycket hög"}), "god-, hög- och mycket hög nivå");
}

TEST(SwedishWordsTest, LowerCaseKeepsUtf8Valid) {
  EXPECT_EQ(ToLowerSwedish("ÅÄÖ Éva Mycket Hög"), "åäö éva mycket hög");
  EXPECT_EQ(ToLowerSwedish("a×b"), "a×b");  // × is not a letter
  EXPECT_EQ(InSentence("Sektionschef"), "sektionschef");
  EXPECT_EQ(InSentence("Äldreomsorg"), "äldreomsorg");
  EXPECT_EQ(InSentence("IT-tekniker"), "IT-tekniker");
  EXPECT_EQ(InSentence(""), "");
}

TEST(SwedishWordsTest, DisplayWidthCountsCodePoints) {
  EXPECT_EQ(DisplayWidth("Hög"), 3u);
  EXPECT_EQ(DisplayWidth("\u22124"), 2u);
}

}  // namespace
}  // namespace kplan
