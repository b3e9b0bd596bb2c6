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

namespace kplan {
namespace {

// What --pseudonymise takes from a personnummer (made-up numbers whose check
// digits are right): the same ten digits in every written form, the birth
// year with its century, and the legal gender from the ninth digit.
TEST(PersonnummerTest, ReadsBirthYearGenderAndTheSameTenDigitsFromEveryForm) {
  const CalendarDate extract{2024, 11, 1};
  struct Case {
    const char* value;
    const char* ten_digits;
    int birth_year;
    Gender gender;
    bool coordination;
  };
  const Case cases[] = {
      {"19680512-1230", "6805121230", 1968, Gender::kMan, false},
      {"196805121230", "6805121230", 1968, Gender::kMan, false},
      {"680512-1230", "6805121230", 1968, Gender::kMan, false},
      {"6805121230", "6805121230", 1968, Gender::kMan, false},
      {"680512-1248", "6805121248", 1968, Gender::kWoman, false},
      {"050101-9871", "0501019871", 2005, Gender::kMan, false},      // this century
      {"121212+1212", "1212121212", 1912, Gender::kMan, false},    // '+': 100 or older
      {"121212-1212", "1212121212", 2012, Gender::kMan, false},
      {"191212121212", "1212121212", 1912, Gender::kMan, false},   // century written
      {"701063-2391", "7010632391", 1970, Gender::kMan, true},       // samordningsnummer
      {" 8112189876 ", "8112189876", 1981, Gender::kMan, false},     // blanks around
      {"241101-9875", "", 0, Gender::kOther, false},                  // check digit wrong
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.value);
    const std::optional<PersonnummerFacts> facts = ReadPersonnummer(c.value, extract);
    if (c.birth_year == 0) {
      EXPECT_FALSE(facts.has_value());
      continue;
    }
    ASSERT_TRUE(facts.has_value());
    EXPECT_EQ(facts->ten_digits, c.ten_digits);
    EXPECT_EQ(facts->birth_year, c.birth_year);
    EXPECT_EQ(facts->gender, c.gender);
    EXPECT_EQ(facts->coordination, c.coordination);
  }
}

TEST(PersonnummerTest, AWrongCheckDigitIsNoPersonnummer) {
  EXPECT_FALSE(ReadPersonnummer("680512-1231", CalendarDate{2024, 1, 1}).has_value());
  EXPECT_FALSE(ReadPersonnummer("19680512-1239", CalendarDate{2024, 1, 1}).has_value());
}

}  // namespace
}  // namespace kplan
