#include "kplan/core/personnummer.hpp"

#include <gtest/gtest.h>

namespace kplan {
namespace {

// The written-out forms count alone in a file; bare ten digits only in bulk
// (io/personal_data.hpp), so the form is part of the answer.
TEST(PersonnummerTest, TellsTheWrittenOutFormFromBareDigits) {
  EXPECT_EQ(MatchPersonnummer("811218-9876"), PersonnummerForm::kWrittenOut);
  EXPECT_EQ(MatchPersonnummer("19811218-9876"), PersonnummerForm::kWrittenOut);
  EXPECT_EQ(MatchPersonnummer("198112189876"), PersonnummerForm::kWrittenOut);
  EXPECT_EQ(MatchPersonnummer("8112189876"), PersonnummerForm::kBareTenDigits);
  EXPECT_EQ(MatchPersonnummer("8112189875"), PersonnummerForm::kNone);  // Luhn digit wrong
  EXPECT_EQ(MatchPersonnummer("E1042"), PersonnummerForm::kNone);
  EXPECT_TRUE(LooksLikePersonnummer(" 701063-2391 "));  // samordningsnummer, blanks around
  EXPECT_FALSE(LooksLikePersonnummer("99811218-9876"));  // no such century
}

}  // namespace
}  // namespace kplan
