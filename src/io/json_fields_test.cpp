// io's JSON field reader as the server and the document readers use it: the
// syntax check that finds a key given twice, and the unknown-key check.

#include "kplan/io/json_fields.hpp"

#include <gtest/gtest.h>

namespace kplan::io::json_fields {
namespace {

TEST(CheckJsonSyntax, ADuplicatedKeyIsNamedWithItsPath) {
  struct Case {
    const char* text;
    const char* field;  // empty: accepted
  };
  for (const Case& c : {Case{R"({"a": 1, "b": 2})", ""}, Case{R"({"a": 1, "a": 2})", "a"},
                        Case{R"({"x": [{"k": 1}, {"k": 1, "k": 2}]})", "x[1].k"},
                        Case{R"([{"a": 1}, {"a": 1}])", ""}}) {
    Status s = CheckJsonSyntax(c.text);
    if (*c.field == '\0') {
      EXPECT_TRUE(s.ok()) << c.text << ": " << s.error().Describe();
      continue;
    }
    ASSERT_FALSE(s.ok()) << c.text;
    EXPECT_EQ(s.error().rule(), "duplicate_key") << c.text;
    EXPECT_EQ(s.error().location().field, c.field) << c.text;
  }
  Status broken = CheckJsonSyntax("{\"a\": ");
  ASSERT_FALSE(broken.ok());
  EXPECT_EQ(broken.error().rule(), "json_syntax");
}

TEST(OnlyKnownKeys, NamesTheUnknownKeyAndTheAllowedOnes) {
  const Json body = Json::parse(R"({"title": "x", "titel": "y"})");
  Status s = OnlyKnownKeys(body, Where().Key("activity"), std::vector<std::string>{"title", "unit"});
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().rule(), "unknown_key");
  EXPECT_EQ(s.error().location().field, "activity.titel");
  EXPECT_NE(s.error().message(Language::kEnglish).find("title, unit"), std::string::npos);
  EXPECT_TRUE(OnlyKnownKeys(body, Where(), {"title", "titel"}).ok());
}

}  // namespace
}  // namespace kplan::io::json_fields
