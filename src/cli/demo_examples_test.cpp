// The five example plans written into fresh SQLite stores, each plan
// document built and checked for what an HR strategist would look for in
// the seed it is shaped like.

#include "demo_examples.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <set>

#include "kplan/app/plan_data.hpp"
#include "kplan/core/followup.hpp"
#include "kplan/report/plan_report.hpp"

namespace kplan::cli {
namespace {

class ExampleInStore : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("kplan_examples_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
  }
  void TearDown() override {
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  // Writes the example and builds its plan document.
  void Write(const std::string& key) {
    auto example = FindExample(key);
    ASSERT_TRUE(example) << key;
    example_ = *example;
    auto opened = store::Store::Open("sqlite:" + (dir_ / "example.db").string());
    ASSERT_TRUE(opened.ok()) << opened.error().Describe();
    store_ = std::move(opened).value();
    ASSERT_TRUE(store_->Migrate().ok());
    Status written = WriteExample(example_, *store_);
    ASSERT_TRUE(written.ok()) << written.error().Describe();
    app::PlanRequest request;
    request.org_code = example_.plan_unit;
    request.year = example_.year;
    auto data = app::LoadPlanData(*store_, request);
    ASSERT_TRUE(data.ok()) << data.error().Describe();
    data_ = std::move(data).value();
    document_ = report::BuildPlanDocument(data_, {2026, 1, 12});
    for (const report::Block& b : document_.blocks) {
      if (const auto* h = std::get_if<report::Heading>(&b)) headings_.push_back(h->text);
    }
  }

  bool HasHeading(const std::string& text) const {
    return std::find(headings_.begin(), headings_.end(), text) != headings_.end();
  }
  // The index of a heading, or -1.
  int HeadingAt(const std::string& text) const {
    auto it = std::find(headings_.begin(), headings_.end(), text);
    return it == headings_.end() ? -1 : static_cast<int>(it - headings_.begin());
  }
  // Every text of the document (paragraphs, bullets, table cells) contains `part` somewhere.
  bool Mentions(const std::string& part) const {
    for (const report::Block& b : document_.blocks) {
      bool found = std::visit(report::Overloaded{
                                  [&](const report::Heading& h) { return h.text.find(part) != std::string::npos; },
                                  [&](const report::Paragraph& p) { return p.text.find(part) != std::string::npos; },
                                  [&](const report::BulletList& l) {
                                    return std::any_of(l.items.begin(), l.items.end(), [&](const std::string& i) {
                                      return i.find(part) != std::string::npos;
                                    });
                                  },
                                  [&](const report::Table& t) {
                                    for (const auto& row : t.rows) {
                                      for (const auto& c : row) {
                                        if (c.text.find(part) != std::string::npos) return true;
                                      }
                                    }
                                    return false;
                                  },
                                  [](const auto&) { return false; }},
                              b);
      if (found) return true;
    }
    return false;
  }
  const report::IndicatorPlan* Indicator(const std::string& name_part) const {
    for (const auto& i : data_.main.indicators) {
      if (i.indicator.name.find(name_part) != std::string::npos) return &i;
    }
    return nullptr;
  }

  std::filesystem::path dir_;
  std::unique_ptr<store::Store> store_;
  ExamplePlan example_;
  report::PlanData data_;
  report::Document document_;
  std::vector<std::string> headings_;
};

TEST(Examples, EveryKeyHasItsExampleAndUnknownKeysAreRefused) {
  ASSERT_EQ(ExampleKeys().size(), 5u);
  for (const std::string& key : ExampleKeys()) {
    auto e = FindExample(key);
    ASSERT_TRUE(e) << key;
    EXPECT_EQ(e->key, key);
    EXPECT_EQ(e->units.front().parent_code, "") << key << ": the root comes first";
    EXPECT_EQ(e->units.front().name, e->municipality);
  }
  auto unknown = ExampleNamed("göteborg");
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().code(), ErrorCode::kInvalidInput);
  EXPECT_NE(unknown.error().Describe().find("trelleborg"), std::string::npos);
}

// Seed 000: a follow-up — Uppföljning with the goals, PULS assessed Grön by
// hand with its comment, Tydliggörande pedagogik Röd by its rule, next year's
// targets, and no gap analysis.
TEST_F(ExampleInStore, TrelleborgIsAFollowUpWithRedAndGreen) {
  Write("trelleborg");
  EXPECT_TRUE(HasHeading("Uppföljning"));
  EXPECT_TRUE(HasHeading("Kommunövergripande målsättningar"));
  EXPECT_TRUE(HasHeading("Sammanfattning och fortsatta prioriteringar"));
  EXPECT_FALSE(HasHeading("Kompetensgap"));
  EXPECT_GT(HeadingAt("Sammanfattning och fortsatta prioriteringar"), HeadingAt("Uppföljning"));
  EXPECT_TRUE(Mentions("Attraktiv konkurrenskraftig arbetsgivare"));
  EXPECT_TRUE(Mentions("Hälsa, hållbarhet och en god arbetsmiljö"));
  EXPECT_EQ(data_.main.indicators.size(), 8u);
  // The kommun's four målsättningar, set once at the root, frame the plan;
  // each of the förvaltning's goals says which one it serves.
  ASSERT_EQ(data_.main.inherited_goals.size(), 4u);
  EXPECT_TRUE(Mentions("Utgår från målsättningen: Trelleborgs kommun arbetar för att ha chefer och ledare"));
  EXPECT_TRUE(Mentions("Strategiskt område: Behålla"));

  const report::IndicatorPlan* puls = Indicator("PULS");
  ASSERT_NE(puls, nullptr);
  ASSERT_TRUE(puls->indicator.outcome);
  EXPECT_DOUBLE_EQ(*puls->indicator.outcome, 7.7);
  const IndicatorAssessment puls_assessed = AssessIndicator(puls->indicator);
  EXPECT_TRUE(puls_assessed.manual);
  EXPECT_EQ(puls_assessed.final, Assessment::kGreen);
  EXPECT_NE(puls->comment.find("snittar över 7"), std::string::npos);
  EXPECT_TRUE(puls->next_target.has_value()) << "PULS 8,2 for 2024";
  EXPECT_TRUE(Mentions("snittar över 7"));

  const report::IndicatorPlan* pedagogy = Indicator("Tydliggörande pedagogik");
  ASSERT_NE(pedagogy, nullptr);
  EXPECT_EQ(AssessIndicator(pedagogy->indicator).final, Assessment::kRed);
  const report::IndicatorPlan* sick = Indicator("sjukfrånvaro");
  ASSERT_NE(sick, nullptr);
  EXPECT_EQ(AssessIndicator(sick->indicator).final, Assessment::kGreen);
  const report::IndicatorPlan* enps = Indicator("eNPS");
  ASSERT_NE(enps, nullptr);
  EXPECT_EQ(AssessIndicator(enps->indicator).final, Assessment::kNotAssessed) << "Målvärde för 2023 finns ej";
  EXPECT_TRUE(enps->next_target.has_value()) << "eNPS +20 for 2024";
  const report::IndicatorPlan* nmi = Indicator("NMI");
  ASSERT_NE(nmi, nullptr);
  EXPECT_FALSE(nmi->indicator.outcome) << "no survey in 2023";
}

// Seed 001: the gap analysis per category and level, the goals with their
// moves, risks (the largest for myndighet barn och unga) and activities.
TEST_F(ExampleInStore, MalmoIsAGapAnalysisWithTheSeedsGaps) {
  Write("malmo");
  for (const char* h : {"Kompetensgap", "Kompetensmål", "Riskanalys", "Aktivitetsplan"}) {
    EXPECT_TRUE(HasHeading(h)) << h;
  }
  EXPECT_LT(HeadingAt("Kompetensgap"), HeadingAt("Kompetensmål"));
  EXPECT_EQ(data_.main.categories.size(), 8u);
  EXPECT_TRUE(Mentions("Socialsekreterare myndighet barn och unga"));
  EXPECT_TRUE(Mentions("Sektionschef"));
  EXPECT_TRUE(Mentions("Utveckla kontakt och samarbeten med högskolor och universitet"));

  // The derived kartläggning gives the seed's 2-year total gap back (within
  // rounding of the levels to whole people): available − need.
  for (const report::CategoryPlan& c : data_.main.categories) {
    if (c.name != "Sektionschef") continue;
    double available = 0;
    for (double v : c.inventory) available += v;
    ASSERT_TRUE(c.need && c.need->base);
    const double need = *c.need->base * 1.026;
    EXPECT_NEAR(available - need, -4, 1.5);
  }
  const auto worst = std::max_element(data_.main.risks.begin(), data_.main.risks.end(),
                                      [](const store::Risk& a, const store::Risk& b) {
                                        return a.Operations().Value() < b.Operations().Value();
                                      });
  ASSERT_NE(worst, data_.main.risks.end());
  EXPECT_EQ(worst->category, "Socialsekreterare myndighet barn och unga");
}

// Seed 002: the personalprognos with its figures and the own chapter after it.
TEST_F(ExampleInStore, LinkopingIsAStaffingPlanWithItsOwnChapter) {
  Write("linkoping");
  EXPECT_TRUE(HasHeading("Personalprognos"));
  EXPECT_TRUE(HasHeading("Verksamheternas utmaningar och trender"));
  EXPECT_TRUE(HasHeading("Tillitsbaserad styrning"));
  EXPECT_GT(HeadingAt("Verksamheternas utmaningar och trender"), HeadingAt("Personalprognos"));
  EXPECT_TRUE(HasHeading("Aktivitetsplan"));
  EXPECT_TRUE(Mentions("449"));
  EXPECT_TRUE(Mentions("Nya valideringsrutiner"));
  EXPECT_FALSE(HasHeading("Kompetensgap"));
  std::set<std::string> areas;
  for (const auto& a : data_.main.activities) areas.insert(a.area);
  EXPECT_TRUE(areas.count("Digitalisering"));
  EXPECT_TRUE(areas.count("Breddad rekrytering"));
}

// Seed 003: key figures, and goals and activities per area that belong to
// every plan year 2021–2024.
TEST_F(ExampleInStore, StockholmHasGoalsAndActivitiesPerAreaForThePeriod) {
  Write("stockholm");
  EXPECT_TRUE(HasHeading("Nuläge"));
  EXPECT_TRUE(Mentions("898"));
  EXPECT_TRUE(HasHeading("Kompetensmål"));
  EXPECT_TRUE(HasHeading("Aktivitetsplan"));
  EXPECT_TRUE(Mentions("Samtliga nyrekryteringar sker på heltid"));
  std::set<std::string> areas;
  for (const auto& a : data_.main.activities) areas.insert(a.area);
  for (const char* area : {"Utveckla/Behålla", "Attrahera", "Rekrytera", "Introducera", "Avsluta/Avveckla"}) {
    EXPECT_TRUE(areas.count(area)) << area;
  }
  // The goals are per area too.
  std::set<std::string> goal_areas;
  for (const auto& g : data_.main.goals) goal_areas.insert(g.area);
  EXPECT_TRUE(goal_areas.count("Attrahera"));
  EXPECT_FALSE(goal_areas.count(""));
  auto unit = store_->ListOrgUnits();
  ASSERT_TRUE(unit.ok());
  std::int64_t id = 0;
  for (const OrgUnit& u : unit.value()) {
    if (u.code == example_.plan_unit) id = u.id;
  }
  for (int year : {2021, 2024}) {
    auto goals = store_->ListGoals(id, year);
    ASSERT_TRUE(goals.ok());
    EXPECT_EQ(goals.value().size(), data_.main.goals.size()) << year;
    auto activities = store_->ListActivities(id, year);
    ASSERT_TRUE(activities.ok());
    EXPECT_EQ(activities.value().size(), data_.main.activities.size()) << year;
  }
  auto after = store_->ListGoals(id, 2025);
  ASSERT_TRUE(after.ok());
  EXPECT_TRUE(after.value().empty());
}

// Seed 004: common challenges once, then a chapter per department with the
// same sub-headings, and the successionsplan.
TEST_F(ExampleInStore, HagerstenHasDepartmentChaptersAndSuccession) {
  Write("hagersten");
  EXPECT_TRUE(HasHeading("Förvaltningens gemensamma utmaningar"));
  const int common = HeadingAt("Förvaltningens gemensamma utmaningar");
  int departments = 0;
  for (const char* d : {"Avdelningen för förskola", "Avdelningen för social omsorg", "Avdelningen för äldreomsorg",
                        "Avdelningen för samhällsplanering och intern service",
                        "Avdelningen för ekonomi och upphandling", "Avdelningen för HR och kommunikation"}) {
    EXPECT_GT(HeadingAt(d), common) << d;
    departments += HasHeading(d) ? 1 : 0;
  }
  EXPECT_EQ(departments, 6);
  // The same sub-headings recur, department after department.
  EXPECT_GE(std::count(headings_.begin(), headings_.end(), "Uppgifter"), 6);
  EXPECT_GE(std::count(headings_.begin(), headings_.end(), "Utveckla och behålla"), 6);
  EXPECT_GE(std::count(headings_.begin(), headings_.end(), "Attrahera och rekrytera"), 6);
  EXPECT_GE(std::count(headings_.begin(), headings_.end(), "Successionsplanering"), 4);
  EXPECT_TRUE(HasHeading("Behov"));
  EXPECT_FALSE(data_.main.succession.empty());
  EXPECT_TRUE(Mentions("Enhetschef hemtjänst"));
  for (const auto& s : data_.main.succession) EXPECT_EQ(s.incumbent_ref.rfind("HA-", 0), 0u);
}

}  // namespace
}  // namespace kplan::cli
