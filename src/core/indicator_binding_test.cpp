#include "kplan/core/indicator_binding.hpp"

#include <gtest/gtest.h>

namespace kplan {
namespace {

// Figures of a small extract: 20 employed, 5 of them 55 or more, 4 part-time,
// 2 managers, sick leave 8,1 %, turnover 12,5 %, 9 of 12 qualified.
KeyFigures SmallExtract() {
  KeyFigures f;
  f.headcount = 20;
  f.age_55_plus = 5;
  f.part_time_share = 0.2;
  f.managers = 2;
  f.employees_per_manager = 10;
  f.sick_leave_share = 0.081;
  f.turnover = 0.125;
  f.qualified_share = 0.75;
  return f;
}

struct BindingCase {
  const char* key;
  const char* unit;
  std::optional<double> expected;
};

class BindingTest : public ::testing::TestWithParam<BindingCase> {};

TEST_P(BindingTest, GivesTheOutcomeFromTheFigures) {
  const KeyFigureBinding* b = FindKeyFigureBinding(GetParam().key);
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->unit, GetParam().unit);
  std::optional<double> got = BoundOutcome(*b, SmallExtract());
  ASSERT_EQ(got.has_value(), GetParam().expected.has_value());
  if (got) {
    EXPECT_NEAR(*got, *GetParam().expected, 1e-9);
  }
}

INSTANTIATE_TEST_SUITE_P(Vocabulary, BindingTest,
                         ::testing::Values(BindingCase{"sick_leave", "%", 8.1},
                                           BindingCase{"employees_per_manager", "st", 10.0},
                                           BindingCase{"full_time_share", "%", 80.0},
                                           BindingCase{"qualified_share", "%", 75.0},
                                           BindingCase{"turnover", "%", 12.5},
                                           BindingCase{"share_55_plus", "%", 25.0}),
                         [](const auto& info) { return std::string(info.param.key); });

TEST(KeyFigureBindingTest, AnAbsentFigureGivesNoOutcome) {
  KeyFigures empty;
  for (const KeyFigureBinding& b : KeyFigureBindings()) EXPECT_FALSE(BoundOutcome(b, empty).has_value()) << b.key;
}

TEST(KeyFigureBindingTest, OnlyTheVocabularyOrNothingIsAccepted) {
  EXPECT_TRUE(ValidateKeyFigureKey("").ok());
  EXPECT_TRUE(ValidateKeyFigureKey("sick_leave").ok());
  Status s = ValidateKeyFigureKey("sjukfranvaro");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().rule(), "key_figure");
  EXPECT_EQ(s.error().location().field, "key_figure");
}

TEST(KeyFigureBindingTest, ATypedOutcomeIsRefusedNamingTheRule) {
  Error e = TypedOutcomeRefused(*FindKeyFigureBinding("sick_leave"));
  EXPECT_EQ(e.rule(), "computed_outcome");
  EXPECT_EQ(e.location().field, "value");
  EXPECT_NE(e.message().find("beräknat från personalregistret"), std::string::npos);
}

}  // namespace
}  // namespace kplan
