#include "kplan/core/error.hpp"

#include <gtest/gtest.h>

#include <set>

namespace kplan {
namespace {

Error BadFte() {
  return Error(ErrorCode::kInvalidInput, "\"1,5\" är inte ett tal mellan 0 och 100",
               "\"1,5\" is not a number between 0 and 100")
      .WithFile("personal.csv")
      .WithRow(14)
      .WithColumn("Sysselsättningsgrad")
      .WithValue("1,5")
      .WithRule("fte_percent_range")
      .WithHint("Ange sysselsättningsgraden i procent, t.ex. 75.");
}

TEST(ErrorTest, DescribeNamesFileRowColumnInSwedish) {
  EXPECT_EQ(BadFte().Describe(),
            "fil \"personal.csv\", rad 14, kolumn \"Sysselsättningsgrad\": "
            "\"1,5\" är inte ett tal mellan 0 och 100");
}

TEST(ErrorTest, DescribeInEnglish) {
  EXPECT_EQ(BadFte().Describe(Language::kEnglish),
            "file \"personal.csv\", row 14, column \"Sysselsättningsgrad\": "
            "\"1,5\" is not a number between 0 and 100");
}

TEST(ErrorTest, KeepsStructuredLocationForApis) {
  Error e = BadFte();
  EXPECT_EQ(e.code(), ErrorCode::kInvalidInput);
  EXPECT_EQ(ErrorCodeName(e.code()), "invalid_input");
  EXPECT_EQ(e.location().row, 14);
  EXPECT_EQ(e.location().value, "1,5");
  EXPECT_EQ(e.rule(), "fte_percent_range");
  EXPECT_FALSE(e.hint().empty());
}

TEST(ErrorTest, SheetAndCellForXlsx) {
  Error e = Error(ErrorCode::kInvalidInput, "saknar värde").WithFile("plan.xlsx").WithSheet("Kartläggning").WithCell("C7");
  EXPECT_EQ(e.Describe(), "fil \"plan.xlsx\", blad \"Kartläggning\", cell C7: saknar värde");
}

TEST(ErrorTest, FieldPathForJsonDocuments) {
  Error e = Error(ErrorCode::kInvalidInput, "måste vara ett tal").WithField("categories[0].base");
  EXPECT_EQ(e.Describe(), "fält \"categories[0].base\": måste vara ett tal");
}

TEST(ErrorTest, EnglishFallsBackToSwedishWhenMissing) {
  Error e(ErrorCode::kNotFound, "enheten finns inte");
  EXPECT_EQ(e.message(Language::kEnglish), "enheten finns inte");
  EXPECT_EQ(e.Describe(Language::kEnglish), "enheten finns inte");
  EXPECT_TRUE(e.location().empty());
}

TEST(ResultTest, HoldsValueOrError) {
  Result<int> good = 42;
  ASSERT_TRUE(good.ok());
  EXPECT_EQ(good.value(), 42);

  Result<int> bad = Error(ErrorCode::kNotFound, "saknas");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code(), ErrorCode::kNotFound);
}

TEST(ResultTest, StatusOkAndError) {
  EXPECT_TRUE(Ok().ok());
  Status s = Error(ErrorCode::kConflict, "finns redan");
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(ErrorCodeName(s.error().code()), "conflict");
}

TEST(ErrorCodeTest, EveryCodeHasADistinctName) {
  const ErrorCode all[] = {ErrorCode::kInvalidInput, ErrorCode::kNotFound, ErrorCode::kConflict,
                           ErrorCode::kPreconditionFailed, ErrorCode::kUnauthenticated,
                           ErrorCode::kForbidden, ErrorCode::kTooLarge, ErrorCode::kTooManyRequests, ErrorCode::kUnavailable,
                           ErrorCode::kInternal};
  std::set<std::string_view> names;
  for (ErrorCode c : all) names.insert(ErrorCodeName(c));
  EXPECT_EQ(names.size(), std::size(all));
}

}  // namespace
}  // namespace kplan
