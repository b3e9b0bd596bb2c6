#include "kplan/core/whole_number.hpp"

#include <gtest/gtest.h>

#include <limits>
#include <optional>

namespace kplan {
namespace {

struct Case {
  const char* text;
  std::optional<std::int64_t> expected;  // nullopt: refused
};

// Range 2000–2100 unless the case says otherwise: what a person may type as a year.
const Case kYearCases[] = {
    {"2025", 2025},   {"+2025", 2025},  {"2000", 2000},    {"2100", 2100},    {"02025", 2025},
    {"2025x", std::nullopt},  {"20 25", std::nullopt}, {" 2025", std::nullopt}, {"2025 ", std::nullopt},
    {"2.5", std::nullopt},    {"2025.0", std::nullopt}, {"", std::nullopt},     {"+", std::nullopt},
    {"-", std::nullopt},      {"1999", std::nullopt},   {"2101", std::nullopt},  {"0x7E9", std::nullopt},
    {"2e3", std::nullopt},    {"--2025", std::nullopt}, {"+-2025", std::nullopt}, {"٢٠٢٥", std::nullopt},
    {"99999999999999999999", std::nullopt},
};

TEST(WholeNumber, ParsesTheWholeTextOrRefusesIt) {
  for (const Case& c : kYearCases) {
    Result<std::int64_t> value = ParseWholeNumber(c.text, "year", {2000, 2100});
    if (c.expected) {
      ASSERT_TRUE(value.ok()) << '"' << c.text << "\": " << value.error().Describe();
      EXPECT_EQ(value.value(), *c.expected) << c.text;
    } else {
      EXPECT_FALSE(value.ok()) << '"' << c.text << "\" was taken as " << value.value();
    }
  }
}

TEST(WholeNumber, NegativeNumbersWhenTheRangeAllowsThem) {
  constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();
  constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
  EXPECT_EQ(ParseWholeNumber("-3", "delta", {-10, 10}).value(), -3);
  EXPECT_FALSE(ParseWholeNumber("-3", "limit", {0, 10}).ok());
  EXPECT_EQ(ParseWholeNumber("-9223372036854775808", "x", {kMin, kMax}).value(), kMin);
  EXPECT_FALSE(ParseWholeNumber("9223372036854775808", "x", {kMin, kMax}).ok());
}

TEST(WholeNumber, TheErrorNamesTheFieldTheTextAndTheRangeInBothLanguages) {
  Result<std::int64_t> value = ParseWholeNumber("2025x", "--year", {2000, 2100});
  ASSERT_FALSE(value.ok());
  const Error& e = value.error();
  EXPECT_EQ(e.code(), ErrorCode::kInvalidInput);
  EXPECT_EQ(e.rule(), "whole_number");
  EXPECT_EQ(e.location().value, "2025x");
  EXPECT_EQ(e.message(Language::kSwedish), "--year \"2025x\" är inte ett heltal från 2000 till 2100");
  EXPECT_EQ(e.message(Language::kEnglish), "--year \"2025x\" is not a whole number from 2000 to 2100");
}

TEST(WholeNumber, IntVersionKeepsTheRange) {
  EXPECT_EQ(ParseWholeInt("67", "pension_age", 65, 69).value(), 67);
  Result<int> refused = ParseWholeInt("99", "--pension-age", 65, 69);
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.error().message(Language::kEnglish).find("from 65 to 69"), std::string::npos);
}

}  // namespace
}  // namespace kplan
