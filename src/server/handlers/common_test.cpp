// The request helpers every handler shares: versions from If-Match or the body,
// lists that filter, search, sort and paginate the same way, and typed fields.

#include "common.hpp"

#include <gtest/gtest.h>

namespace kplan::server::handlers {
namespace {

ApiRequest WithIfMatch(const std::string& tag) {
  ApiRequest req;
  if (!tag.empty()) req.headers["if-match"] = tag;
  return req;
}

TEST(ExpectedVersion, FromIfMatchInItsForms) {
  EXPECT_EQ(ExpectedVersion(WithIfMatch("\"3\""), nullptr).value(), 3);
  EXPECT_EQ(ExpectedVersion(WithIfMatch("3"), nullptr).value(), 3);
  EXPECT_EQ(ExpectedVersion(WithIfMatch("W/\"12\""), nullptr).value(), 12);
  EXPECT_EQ(ExpectedVersion(WithIfMatch("\"0\""), nullptr).value(), 0);
}

TEST(ExpectedVersion, IfMatchWinsOverTheBody) {
  Json body{{"version", 7}};
  EXPECT_EQ(ExpectedVersion(WithIfMatch("\"4\""), &body).value(), 4);
  EXPECT_EQ(ExpectedVersion(WithIfMatch(""), &body).value(), 7);
}

TEST(ExpectedVersion, BadOrMissingNamesTheField) {
  for (const std::string tag : {"\"abc\"", "*", "\"-1\"", "\"3", "\" 3\"", "\"99999999999\"", "W/", "\"\""}) {
    auto v = ExpectedVersion(WithIfMatch(tag), nullptr);
    ASSERT_FALSE(v.ok()) << tag;
    EXPECT_EQ(v.error().code(), ErrorCode::kInvalidInput);
    EXPECT_EQ(v.error().location().field, "If-Match") << tag;
  }
  auto missing = ExpectedVersion(WithIfMatch(""), nullptr);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().location().field, "version");
  EXPECT_EQ(missing.error().rule(), "version_required");
  Json no_version{{"title", "x"}};
  EXPECT_EQ(ExpectedVersion(WithIfMatch(""), &no_version).error().location().field, "version");
  Json text_version{{"version", "3"}};
  auto wrong_type = ExpectedVersion(WithIfMatch(""), &text_version);
  ASSERT_FALSE(wrong_type.ok());
  EXPECT_EQ(wrong_type.error().location().field, "version");
}

Json Items() {
  Json items = Json::array();
  const char* titles[] = {"Mentorskap", "Rekrytering av sjuksköterskor", "Introduktion", "Ledarutveckling",
                          "Språkombud"};
  const char* units[] = {"VOF-HT", "BUF", "VOF-HT", "SF", "VOF-HT"};
  for (int i = 0; i < 5; ++i) {
    items.push_back(Json{{"id", i + 1}, {"title", titles[i]}, {"unit", units[i]}, {"year", 2020 + (i % 2)}});
  }
  return items;
}

Json List(std::map<std::string, std::string> query, Json items = Items()) {
  ApiRequest req;
  req.query = std::move(query);
  auto r = ListResponse(req, std::move(items), {"org", "year"});
  EXPECT_TRUE(r.ok());
  return r.ok() ? r.value().body : Json();
}

std::vector<int> Ids(const Json& list) {
  std::vector<int> ids;
  for (const Json& item : list["items"]) ids.push_back(item["id"].get<int>());
  return ids;
}

TEST(ListResponse, DefaultsToEverythingUpToAHundred) {
  Json all = List({});
  EXPECT_EQ(all["total"], 5);
  EXPECT_EQ(all["limit"], 100);
  EXPECT_EQ(all["offset"], 0);
  EXPECT_EQ(Ids(all), (std::vector<int>{1, 2, 3, 4, 5}));
}

TEST(ListResponse, PaginatesWithTheTotalOfAllMatches) {
  Json page = List({{"limit", "2"}, {"offset", "1"}});
  EXPECT_EQ(Ids(page), (std::vector<int>{2, 3}));
  EXPECT_EQ(page["total"], 5);
  EXPECT_EQ(Ids(List({{"limit", "2"}, {"offset", "4"}})), (std::vector<int>{5}));
  EXPECT_TRUE(Ids(List({{"offset", "9"}})).empty());
  EXPECT_EQ(List({{"offset", "9"}})["total"], 5);
}

TEST(ListResponse, FiltersByFieldAndSearchesText) {
  EXPECT_EQ(Ids(List({{"unit", "VOF-HT"}})), (std::vector<int>{1, 3, 5}));
  EXPECT_EQ(Ids(List({{"unit", "VOF-HT"}, {"id", "3"}})), (std::vector<int>{3}));
  EXPECT_TRUE(Ids(List({{"unit", "nothing"}})).empty());
  EXPECT_TRUE(Ids(List({{"colour", "red"}})).empty());  // a field no item has matches nothing
  EXPECT_EQ(Ids(List({{"q", "REKRYT"}})), (std::vector<int>{2}));
  EXPECT_EQ(Ids(List({{"q", "ION"}, {"unit", "VOF-HT"}})), (std::vector<int>{3}));
  EXPECT_EQ(Ids(List({{"q", "ing"}})), (std::vector<int>{2, 4}));
  // Scope parameters are the handler's, not filters.
  EXPECT_EQ(List({{"org", "BUF"}, {"year", "2020"}})["total"], 5);
}

TEST(ListResponse, SortsAscendingOrDescendingStably) {
  EXPECT_EQ(Ids(List({{"sort", "title"}})), (std::vector<int>{3, 4, 1, 2, 5}));
  EXPECT_EQ(Ids(List({{"sort", "-title"}})), (std::vector<int>{5, 2, 1, 4, 3}));
  EXPECT_EQ(Ids(List({{"sort", "unit"}})), (std::vector<int>{2, 4, 1, 3, 5}));
  EXPECT_EQ(Ids(List({{"sort", "-unit"}, {"limit", "2"}})), (std::vector<int>{1, 3}));
  EXPECT_EQ(Ids(List({{"sort", "no_such_field"}})), (std::vector<int>{1, 2, 3, 4, 5}));
}

TEST(ListResponse, BadLimitOrOffsetNamesTheParameter) {
  for (const auto& [key, value] : std::vector<std::pair<std::string, std::string>>{
           {"limit", "0"}, {"limit", "1001"}, {"limit", "ten"}, {"limit", ""}, {"offset", "-1"}, {"offset", "1e3"}}) {
    ApiRequest req;
    req.query[key] = value;
    auto r = ListResponse(req, Items());
    ASSERT_FALSE(r.ok()) << key << "=" << value;
    EXPECT_EQ(r.error().code(), ErrorCode::kInvalidInput);
    EXPECT_EQ(r.error().location().field, key);
  }
}

TEST(YearParam, TheWholeParameterOrA400NamingYear) {
  for (const char* bad : {"2025x", "20 25", "2025.0", "", "1999", "2101", "+-2025"}) {
    ApiRequest req;
    req.query["year"] = bad;
    auto r = YearParam(req);
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_EQ(r.error().location().field, "year") << bad;
    EXPECT_EQ(r.error().rule(), "whole_number") << bad;
  }
  ApiRequest req;
  req.query["year"] = "2025";
  EXPECT_EQ(YearParam(req).value(), 2025);
  EXPECT_FALSE(YearParam(ApiRequest{}).ok());
}

TEST(IntQueryParam, DefaultWhenAbsentRefusedWhenNotWhole) {
  ApiRequest req;
  EXPECT_EQ(IntQueryParam(req, "pension_age", 67, 65, 69).value(), 67);
  req.query["pension_age"] = "68";
  EXPECT_EQ(IntQueryParam(req, "pension_age", 67, 65, 69).value(), 68);
  req.query["pension_age"] = "72";
  auto r = IntQueryParam(req, "pension_age", 67, 65, 69);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().location().field, "pension_age");
  EXPECT_NE(r.error().message(Language::kEnglish).find("from 65 to 69"), std::string::npos);
}

TEST(ParseBody, ADuplicatedKeyIsRefusedNamingIt) {
  ApiRequest req;
  req.body = R"({"unit": "BUF", "title": "a", "title": "b"})";
  auto r = ParseBody(req);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().rule(), "duplicate_key");
  EXPECT_EQ(r.error().location().field, "title");
  req.body = R"({"a": {"x": 1, "x": 2}})";
  ASSERT_FALSE(ParseBody(req).ok());
  EXPECT_EQ(ParseBody(req).error().location().field, "a.x");
  req.body = "{\"a\": ";
  EXPECT_EQ(ParseBody(req).error().rule(), "json");
  req.body = R"({"a": 1})";
  EXPECT_TRUE(ParseBody(req).ok());
}

TEST(OnlyDeclaredKeys, RefusesAKeyTheSchemaDoesNotDeclareAtAnyLevel) {
  const Json components{{"Pair", {{"type", "object"}, {"properties", {{"a", {{"type", "integer"}}}, {"b", Json::object()}}}}}};
  const Json schema{{"type", "object"},
                    {"properties", {{"title", {{"type", "string"}}},
                                    {"pair", {{"$ref", "#/components/schemas/Pair"}}},
                                    {"rows", {{"type", "array"}, {"items", {{"$ref", "#/components/schemas/Pair"}}}}},
                                    {"free", {{"type", "object"}}}}}};
  EXPECT_TRUE(OnlyDeclaredKeys(Json{{"title", "x"}, {"pair", {{"a", 1}}}, {"rows", Json::array({{{"b", 2}}})},
                                    {"free", {{"anything", 1}}}},
                               schema, components)
                  .ok());
  struct Case {
    Json body;
    std::string field;
  };
  for (const Case& c : {Case{{{"titel", "x"}}, "titel"}, Case{{{"pair", {{"c", 1}}}}, "pair.c"},
                        Case{{{"rows", Json::array({{{"a", 1}}, {{"z", 1}}})}}, "rows[1].z"}}) {
    Status s = OnlyDeclaredKeys(c.body, schema, components);
    ASSERT_FALSE(s.ok()) << c.body.dump();
    EXPECT_EQ(s.error().rule(), "unknown_key");
    EXPECT_EQ(s.error().location().field, c.field);
    EXPECT_EQ(s.error().code(), ErrorCode::kInvalidInput);
  }
  Json open = schema;
  open["additionalProperties"] = true;
  EXPECT_TRUE(OnlyDeclaredKeys(Json{{"titel", "x"}}, open, components).ok());
}

TEST(Fields, NameTheFieldOnEveryKindOfMistake) {
  Json body{{"title", 42}, {"year", "2025"}, {"share", "half"}, {"start", "31/12"}, {"done", "yes"},
            {"long", std::string(30, 'x')}, {"nul", std::string("a\0b", 3)}, {"empty", ""}};
  Fields f(body);
  EXPECT_EQ(f.String("title").error().location().field, "title");
  EXPECT_EQ(f.String("missing").error().rule(), "required");
  EXPECT_EQ(f.String("empty").error().rule(), "required");
  EXPECT_EQ(f.Int("year", 2000, 2100).error().location().field, "year");
  EXPECT_EQ(f.Number("share").error().location().field, "share");
  EXPECT_EQ(f.OptionalDate("start").error().location().field, "start");
  EXPECT_EQ(f.OptionalBool("done", false).error().location().field, "done");
  EXPECT_EQ(f.String("long", 10).error().rule(), "max_length");
  EXPECT_EQ(f.String("nul").error().rule(), "control_character");
  EXPECT_TRUE(f.OptionalString("missing").ok());
  Json good{{"text", "rad 1\nrad 2\tslut"}, {"n", 5}};
  EXPECT_EQ(Fields(good).String("text").value(), "rad 1\nrad 2\tslut");
  EXPECT_FALSE(Fields(good).Int("n", 6, 10).ok());
}

}  // namespace
}  // namespace kplan::server::handlers
