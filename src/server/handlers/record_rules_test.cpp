// The API and the store refuse the same records with the same rule and field
// (they used to differ: a title of 500 bytes in the API vs 300 characters in
// the store, "date_order" vs "activity" for an end before the start), and a
// risk's class in the API JSON is core's, the one the printed plan uses.

#include <gtest/gtest.h>

#include <filesystem>
#include <random>

#include "activities/activity_dto.hpp"
#include "kplan/core/risk.hpp"
#include "kplan/store/store.hpp"
#include "risks/risk_dto.hpp"

namespace kplan::server::handlers {
namespace {

namespace fs = std::filesystem;

class RecordRulesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("kplan_rules_" + std::to_string(std::random_device{}()));
    fs::create_directories(dir_);
    auto opened = store::Store::Open("sqlite:" + (dir_ / "t.db").string());
    ASSERT_TRUE(opened.ok());
    store_ = std::move(opened).value();
    ASSERT_TRUE(store_->Migrate().ok());
    ASSERT_TRUE(store_->AddOrgUnits({{"K", "", OrgUnitKind::kKommun, "Kommunen"}}, "test").ok());
  }
  void TearDown() override {
    store_.reset();
    fs::remove_all(dir_);
  }

  // The API's error and the store's for the same activity.
  std::pair<Error, Error> BothRefuse(const Json& body) {
    auto from_api = ActivityFromJson(body);
    EXPECT_FALSE(from_api.ok());
    store::Activity a;
    a.unit_code = body.value("unit", "");
    a.area = body.value("area", "");
    a.title = body.value("title", "");
    if (body.contains("start")) a.start = ParseIsoDate(body["start"].get<std::string>());
    if (body.contains("end")) a.end = ParseIsoDate(body["end"].get<std::string>());
    a.years = YearSpan{body.value("year", 0), std::nullopt};
    auto in_store = store_->CreateActivity(a, "test");
    EXPECT_FALSE(in_store.ok());
    if (from_api.ok() || in_store.ok()) return {Error(ErrorCode::kInternal, "ok"), Error(ErrorCode::kInternal, "ok")};
    return {from_api.error(), in_store.error()};
  }

  fs::path dir_;
  std::unique_ptr<store::Store> store_;
};

std::string Repeat(std::string_view s, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += s;
  return out;
}

TEST_F(RecordRulesTest, A301CharacterTitleIsRefusedByApiAndStoreAlike) {
  Json body{{"unit", "K"}, {"year", 2025}, {"area", "Utveckla"}, {"title", Repeat("ö", 301)}};
  auto [api, stored] = BothRefuse(body);
  EXPECT_EQ(api.rule(), "max_length");
  EXPECT_EQ(api.location().field, "title");
  EXPECT_EQ(stored.rule(), api.rule());
  EXPECT_EQ(stored.location().field, api.location().field);
  // 300 characters of å/ä/ö (600 bytes) pass both.
  body["title"] = Repeat("å", 300);
  EXPECT_TRUE(ActivityFromJson(body).ok());
  store::Activity a = ActivityFromJson(body).value();
  EXPECT_TRUE(store_->CreateActivity(a, "test").ok());
}

TEST_F(RecordRulesTest, EndBeforeStartHasOneRuleFromApiAndStore) {
  Json body{{"unit", "K"}, {"year", 2025}, {"area", "Introducera"}, {"title", "Introduktion"},
            {"start", "2025-03-01"}, {"end", "2025-02-28"}};
  auto [api, stored] = BothRefuse(body);
  EXPECT_EQ(api.rule(), "date_order");
  EXPECT_EQ(stored.rule(), "date_order");
  EXPECT_EQ(api.location().field, "end");
  EXPECT_EQ(stored.location().field, "end");
}

TEST(RiskJson, ValueNineIsHighAsInThePrintedPlan) {
  store::Risk r;
  r.category = "Socialsekreterare myndighet barn och unga";  // seed 001: Allvarlig × Hög
  r.year = 2021;
  r.operations_consequence = r.operations_probability = 3;
  r.work_environment_consequence = 2;
  r.work_environment_probability = 4;  // 8
  const Json sv = RiskJson(r, Language::kSwedish);
  EXPECT_EQ(sv["operations"]["value"], 9);
  EXPECT_EQ(sv["operations"]["class"], "high");
  EXPECT_EQ(sv["operations"]["class_label"], "hög");
  EXPECT_EQ(sv["operations"]["class"], std::string(RiskClassKey(ClassifyRisk(9))));  // the report's class
  EXPECT_EQ(sv["work_environment"]["class"], "medium");
  EXPECT_EQ(RiskJson(r, Language::kEnglish)["operations"]["class_label"], "high");
}

TEST(RiskJson, StepsOutsideOneToFourNameTheFieldAsTheStoreDoes) {
  Json body{{"unit", "K"}, {"year", 2025}, {"category", "Lärare"},
            {"operations", {{"consequence", 1}, {"probability", 1}}},
            {"work_environment", {{"consequence", 1}, {"probability", 5}}}};
  auto r = RiskFromJson(body);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().location().field, "work_environment.probability");
}

}  // namespace
}  // namespace kplan::server::handlers
