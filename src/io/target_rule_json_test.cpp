#include "kplan/io/target_rule_json.hpp"

#include <gtest/gtest.h>

namespace kplan::io {
namespace {

using Json = nlohmann::ordered_json;

TEST(TargetRuleJsonTest, EveryRuleRoundTrips) {
  for (const TargetRule& rule : {TargetRule{}, TargetRule::AtLeast(7), TargetRule::AtMost(8.55),
                                 TargetRule::Between(20, 23), TargetRule::Equals(100)}) {
    auto back = TargetRuleFromJson(TargetRuleToJson(rule), "target");
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back.value().type, rule.type);
    EXPECT_EQ(back.value().lower, rule.lower);
    EXPECT_EQ(back.value().upper, rule.upper);
    auto text = ParseTargetRuleText(TargetRuleText(rule));
    ASSERT_TRUE(text.ok());
    EXPECT_EQ(text.value().type, rule.type);
  }
  EXPECT_EQ(TargetRuleText(TargetRule::Between(20, 23)), R"({"between":[20.0,23.0]})");
}

TEST(TargetRuleJsonTest, MalformedRulesNameTheField) {
  auto e = TargetRuleFromJson(Json::parse(R"({"between": [23, 20]})"), "indicators[1].target");
  ASSERT_FALSE(e.ok());
  EXPECT_EQ(e.error().Describe(),
            "fält \"indicators[1].target\": between: det första talet är större än det andra");
  EXPECT_FALSE(TargetRuleFromJson(Json::parse(R"({"above": 7})"), "t").ok());
  EXPECT_FALSE(TargetRuleFromJson(Json::parse(R"({"at_least": "7"})"), "t").ok());
  EXPECT_FALSE(TargetRuleFromJson(Json::parse(R"({"at_least": 7, "at_most": 9})"), "t").ok());
  EXPECT_FALSE(ParseTargetRuleText("{nope").ok());
}

}  // namespace
}  // namespace kplan::io
