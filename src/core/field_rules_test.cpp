#include "kplan/core/field_rules.hpp"

#include <gtest/gtest.h>

#include <map>

#include "kplan/core/activity.hpp"
#include "kplan/core/strategic_area.hpp"

namespace kplan {
namespace {

TEST(FieldRules, CountsCharactersNotBytes) {
  EXPECT_EQ(CharacterCount("Behålla"), 7u);  // 8 bytes
  EXPECT_EQ(CharacterCount(""), 0u);
  EXPECT_EQ(CharacterCount("Riskvärde 1–3"), 13u);  // en dash is three bytes
  EXPECT_TRUE(FitsCharacters("åäö", 3));
  EXPECT_FALSE(FitsCharacters("åäö", 2));
}

TEST(FieldRules, CheckTextNamesFieldRuleAndLimit) {
  EXPECT_TRUE(CheckText("", "owner", 5).ok());
  Status missing = CheckText("", "title", 5, true);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().rule(), "required");
  EXPECT_EQ(missing.error().location().field, "title");
  Status long_text = CheckText("åäöåäö", "title", 5);
  ASSERT_FALSE(long_text.ok());
  EXPECT_EQ(long_text.error().rule(), "max_length");
  EXPECT_EQ(long_text.error().message(), "får vara högst 5 tecken (är 6)");
  EXPECT_EQ(long_text.error().message(Language::kEnglish), "may be at most 5 characters (is 6)");
}

TEST(FieldRules, LimitsAreListedOnceWithTheRecordsConstants) {
  std::map<std::string, std::size_t> limits;
  for (const FieldLimit& l : FieldLimits()) {
    EXPECT_TRUE(limits.emplace(std::string(l.key), l.max_chars).second) << l.key;
  }
  EXPECT_EQ(limits.at("activity.title"), kActivityTitleMaxChars);
  EXPECT_EQ(limits.at("activity.title"), 300u);
  EXPECT_EQ(limits.at("activity.area"), 100u);
  EXPECT_EQ(limits.at("goal.title"), 300u);
  EXPECT_EQ(limits.at("succession.position_title"), 200u);
}

TEST(StrategicAreas, SeedThreeKeepsUtvecklaAndBehallaApart) {
  std::vector<std::string_view> names;
  for (const StrategicArea& a : StandardAreas()) names.push_back(a.name_sv);
  EXPECT_EQ(names, (std::vector<std::string_view>{"Attrahera", "Rekrytera", "Introducera", "Utveckla",
                                                  "Behålla", "Utveckla/Behålla", "Avsluta/Avveckla"}));
  ASSERT_TRUE(FindStandardArea("Behålla").has_value());
  EXPECT_EQ(FindStandardArea("Behålla")->key, "behalla");
  EXPECT_EQ(AreaLabel(*FindStandardArea("Utveckla"), Language::kEnglish), "Develop");
  EXPECT_FALSE(FindStandardArea("Samverkan").has_value());  // the municipality's own
}

}  // namespace
}  // namespace kplan
