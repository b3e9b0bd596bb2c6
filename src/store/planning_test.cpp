// The planning data in the store: categories, kartläggning, population,
// indicators, activities and risks; on every backend.

#include <map>

#include "store_test_fixture.hpp"

namespace kplan::store {
namespace {

class PlanningTest : public DemoTreeTest {};

TEST_F(PlanningTest, CategoriesAreAddedOnceAndSsykCompleted) {
  auto added = store_->AddCategories({{0, "Undersköterska", "", 1}, {0, "Sjuksköterska", "2221", 1}}, "hr");
  ASSERT_TRUE(added.ok()) << added.error().Describe();
  EXPECT_EQ(added.value(), 2);
  EXPECT_EQ(store_->AddCategories({{0, "Undersköterska", "5321", 1}}, "hr").value(), 1);
  EXPECT_EQ(store_->AddCategories({{0, "Undersköterska", "5321", 1}}, "hr").value(), 0);
  auto list = store_->ListCategories().value();
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0].name, "Sjuksköterska");
  EXPECT_EQ(list[1].ssyk, "5321");
  EXPECT_EQ(list[1].version, 2);
}

TEST_F(PlanningTest, BadSsykIsRefused) {
  auto bad = store_->AddCategories({{0, "Lärare", "23A1", 1}}, "hr");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().message(), "SSYK-koden \"23A1\" för Lärare är inte fyra siffror");
  EXPECT_TRUE(store_->ListCategories().value().empty());
}

TEST_F(PlanningTest, InventoryUsesThePlanYearsScaleAndReplacesPerCell) {
  EXPECT_EQ(store_->PlanLevels(ids_["VOF"], 2025).value(),
            (std::vector<std::string>{"Viss", "God", "Hög", "Mycket hög"}));
  std::vector<InventoryEntry> first = {{"HT1", "Undersköterska", "Viss", 6},
                                       {"HT1", "Undersköterska", "God", 21},
                                       {"HT2", "Undersköterska", "Hög", 14.5}};
  ASSERT_TRUE(store_->SaveInventory(ids_["VOF"], 2025, first, "chef").ok());
  // A new mapping of HT1's undersköterskor replaces all its levels.
  ASSERT_TRUE(store_->SaveInventory(ids_["VOF"], 2025, {{"HT1", "Undersköterska", "Mycket hög", 3}}, "chef").ok());
  auto loaded = store_->LoadInventory(ids_["VOF"], 2025).value();
  ASSERT_EQ(loaded.size(), 2u);
  EXPECT_EQ(loaded[0].unit_code, "HT1");
  EXPECT_EQ(loaded[0].level, "Mycket hög");
  EXPECT_DOUBLE_EQ(loaded[1].headcount, 14.5);
  EXPECT_TRUE(store_->LoadInventory(ids_["VOF"], 2024).value().empty());
}

TEST_F(PlanningTest, InventoryRejectsUnknownLevelAndForeignUnitWritingNothing) {
  auto level = store_->SaveInventory(ids_["VOF"], 2025,
                                     {{"HT1", "Undersköterska", "God", 1}, {"HT1", "Sjuksköterska", "Expert", 2}}, "chef");
  ASSERT_FALSE(level.ok());
  EXPECT_EQ(level.error().Describe(),
            "rad 2, fält \"level\": nivån \"Expert\" finns inte på skalan (Viss … Mycket hög)");
  auto unit = store_->SaveInventory(ids_["VOF"], 2025, {{"BUN", "Förskollärare", "God", 1}}, "chef");
  ASSERT_FALSE(unit.ok());
  EXPECT_EQ(unit.error().location().value, "BUN");
  EXPECT_TRUE(store_->LoadInventory(ids_["VOF"], 2025).value().empty());
  EXPECT_TRUE(store_->ListCategories().value().empty());
}

TEST_F(PlanningTest, PopulationUpsertsByAreaYearAndAge) {
  ASSERT_TRUE(store_->SavePopulation({{"Exempelby", 2025, 80, 130, 1450}, {"Exempelby", 2026, 80, 130, 1510}}, "hr").ok());
  ASSERT_TRUE(store_->SavePopulation({{"Exempelby", 2026, 80, 130, 1530}}, "hr").ok());
  auto rows = store_->LoadPopulation("Exempelby").value();
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_DOUBLE_EQ(rows[1].people, 1530);
  EXPECT_FALSE(store_->SavePopulation({{"Exempelby", 2026, 90, 80, 1}}, "hr").ok());
  ASSERT_TRUE(store_->SavePopulation({{"Annanby", 2025, 0, 5, 300}}, "hr").ok());
  EXPECT_EQ(store_->ListPopulationAreas().value(), (std::vector<std::string>{"Annanby", "Exempelby"}));
}

TEST_F(PlanningTest, IndicatorOutcomesKeepHistoryPerPeriod) {
  std::vector<IndicatorOutcome> outcomes = {
      {"VOF", "Sjukfrånvaro", "%", R"({"at_most": 8.55})", "2022", 9.1},
      {"VOF", "Sjukfrånvaro", "%", R"({"at_most": 8.55})", "2023", 8.46},
      {"HT1", "Medarbetare per chef", "st", R"({"between": [20, 23]})", "2023", std::nullopt}};
  ASSERT_TRUE(store_->SaveIndicatorOutcomes(outcomes, "hr").ok());
  outcomes[1].value = 8.40;  // corrected
  ASSERT_TRUE(store_->SaveIndicatorOutcomes({outcomes[1]}, "hr").ok());
  auto loaded = store_->LoadIndicatorOutcomes(ids_["VON"]).value();
  ASSERT_EQ(loaded.size(), 3u);
  EXPECT_EQ(loaded[0].indicator, "Medarbetare per chef");
  EXPECT_FALSE(loaded[0].value.has_value());
  EXPECT_EQ(loaded[2].period, "2023");
  EXPECT_DOUBLE_EQ(*loaded[2].value, 8.40);
  EXPECT_EQ(loaded[2].target_json, R"({"at_most": 8.55})");
  EXPECT_EQ(store_->LoadIndicatorOutcomes(ids_["HT1"]).value().size(), 1u);
  auto unknown = store_->SaveIndicatorOutcomes({{"XX", "A", "", "", "2023", 1.0}}, "hr");
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().message(), "enheten \"XX\" finns inte i organisationen");
}

TEST_F(PlanningTest, ActivitiesRoundTripAndStayInTheirSubtree) {
  Activity a;
  a.unit_code = "HT1";
  a.area = "Utveckla/Behålla";
  a.title = "Undersköterskelyftet";
  a.description = "Validering och utbildning till undersköterska";
  a.categories = {"Vårdbiträde"};
  a.owner = "Enhetschef";
  a.start = CalendarDate{2025, 1, 1};
  a.end = CalendarDate{2025, 12, 31};
  a.status = ActivityStatus::kOngoing;
  a.years = YearSpan{2025, std::nullopt};
  Activity b = a;
  b.unit_code = "BUN";
  b.title = "Rekryteringsmässa";
  b.area = "Rekrytera";
  b.categories.clear();
  b.start.reset();
  ASSERT_TRUE(store_->AddActivities({a, b}, "hr").ok());
  auto von = store_->ListActivities(ids_["VON"], std::nullopt).value();
  ASSERT_EQ(von.size(), 1u);
  EXPECT_EQ(von[0].title, "Undersköterskelyftet");
  EXPECT_EQ(von[0].categories, (std::vector<std::string>{"Vårdbiträde"}));
  EXPECT_EQ(von[0].status, ActivityStatus::kOngoing);
  EXPECT_EQ(von[0].end, (CalendarDate{2025, 12, 31}));
  auto all = store_->ListActivities(ids_["K"], std::nullopt).value();
  ASSERT_EQ(all.size(), 2u);
  EXPECT_FALSE(all[1].start.has_value());
  EXPECT_TRUE(all[1].categories.empty());
  Activity backwards = a;
  backwards.end = CalendarDate{2024, 1, 1};
  EXPECT_FALSE(store_->AddActivities({backwards}, "hr").ok());
}

TEST_F(PlanningTest, RisksAreStoredPerPlanYear) {
  Risk r;
  r.unit_code = "VOF";
  r.year = 2025;
  r.category = "Sjuksköterska";
  r.operations_consequence = 4;
  r.operations_probability = 3;
  r.work_environment_consequence = 3;
  r.work_environment_probability = 3;
  r.description = "Svårt att rekrytera; hög belastning på befintlig personal";
  ASSERT_TRUE(store_->AddRisks({r}, "hr").ok());
  auto risks = store_->ListRisks(ids_["VON"], 2025).value();
  ASSERT_EQ(risks.size(), 1u);
  EXPECT_EQ(risks[0].operations_consequence, 4);
  EXPECT_EQ(risks[0].description, r.description);
  EXPECT_TRUE(store_->ListRisks(ids_["VON"], 2024).value().empty());
  r.operations_probability = 5;
  EXPECT_FALSE(store_->AddRisks({r}, "hr").ok());
}

}  // namespace
}  // namespace kplan::store
