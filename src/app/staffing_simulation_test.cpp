// The staffing simulation of a unit from a real (SQLite) store: the model it
// builds (staff, turnover, drivers), the document's changes, and the JSON and
// text it writes.

#include "kplan/app/simulation.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <random>

#include "staffing_simulation_parts.hpp"

namespace kplan::app {
namespace {

using report::CategoryAssumptions;
using report::PreparedSimulation;
using report::SimulationReportJson;
using report::SimulationReportText;

EmployeeRecord Employee(int number, std::string unit, std::string category, std::string ssyk, int born,
                        double fte, std::optional<CalendarDate> end = std::nullopt) {
  EmployeeRecord e;
  e.employee_id = "E" + std::to_string(number);
  e.unit_code = std::move(unit);
  e.category = std::move(category);
  e.ssyk = std::move(ssyk);
  e.birth_year = born;
  e.fte_percent = fte;
  e.start = {2010, 1, 1};
  e.end = end;
  e.competence_level = number % 4;
  return e;
}

class StaffingSimulationTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("kplan_sim_" + std::to_string(std::random_device{}()));
    store_ = store::Store::Open("sqlite:" + (dir_ / "s.db").string()).value();
    ASSERT_TRUE(store_->Migrate().ok());
    ASSERT_TRUE(store_->AddOrgUnits({{"K", "", OrgUnitKind::kKommun, "Exempelby kommun"},
                                     {"VOF", "K", OrgUnitKind::kForvaltning, "Vård- och omsorgsförvaltningen"},
                                     {"HT", "VOF", OrgUnitKind::kEnhet, "Hemtjänst"},
                                     {"BUF", "K", OrgUnitKind::kForvaltning, "Barn- och utbildningsförvaltningen"}},
                                    "test")
                    .ok());
    std::int64_t root = 0;
    for (const OrgUnit& u : store_->ListOrgUnits().value()) {
      if (u.code == "K") root = u.id;
    }
    // 100 undersköterskor (10 left during the year, all younger than 61),
    // 40 socialsekreterare with no leavers, and 30 förskollärare in BUF.
    std::vector<EmployeeRecord> staff;
    for (int i = 0; i < 100; ++i) {
      staff.push_back(Employee(i, "HT", "Undersköterska", "5321", 1960 + i % 40, i % 3 ? 100 : 75,
                               i < 10 ? std::optional<CalendarDate>(CalendarDate{2025, 3, 31}) : std::nullopt));
    }
    for (int i = 100; i < 140; ++i) staff.push_back(Employee(i, "VOF", "Socialsekreterare", "2661", 1975 + i % 20, 100));
    for (int i = 140; i < 170; ++i) staff.push_back(Employee(i, "BUF", "Förskollärare", "2343", 1980 + i % 20, 100));
    ASSERT_TRUE(store_->SaveRegisterExtract({root, {2025, 10, 31}, "2025.csv", staff}, false, "test").ok());
    std::vector<store::PopulationEntry> population;
    for (int year = 2025; year <= 2035; ++year) {
      population.push_back({"Exempelby", year, 0, 79, 60000.0});
      population.push_back({"Exempelby", year, 80, 120, 3000.0 * (1 + 0.04 * (year - 2025))});
    }
    ASSERT_TRUE(store_->SavePopulation(population, "test").ok());
  }
  void TearDown() override {
    store_.reset();
    std::filesystem::remove_all(dir_);
  }
  std::filesystem::path dir_;
  std::unique_ptr<store::Store> store_;
};

TEST_F(StaffingSimulationTest, BuildsTheModelOfAUnitFromTheRegisterAndTheForecast) {
  SimulationRequest request;
  request.org_code = "VOF";
  request.runs = 200;
  request.years = 5;
  auto prepared = PrepareSimulation(*store_, request);
  ASSERT_TRUE(prepared.ok()) << prepared.error().Describe();
  const PreparedSimulation& p = prepared.value();
  EXPECT_EQ(p.org_name, "Vård- och omsorgsförvaltningen");
  EXPECT_EQ(p.model.start_year, 2025);
  EXPECT_EQ(p.area, "Exempelby");
  EXPECT_EQ(p.level_names.size(), 4u);
  ASSERT_EQ(p.categories.size(), 2u);  // BUF's förskollärare are outside VOF
  const CategoryAssumptions& usk = p.categories[1];
  EXPECT_EQ(usk.name, "Undersköterska");
  EXPECT_EQ(usk.headcount, 90);  // the ten who left are not staff today
  EXPECT_EQ(usk.driver, "80–120 år");
  EXPECT_EQ(usk.turnover_source, "register");
  EXPECT_EQ(p.categories[0].driver, "hela befolkningen");
  // 10 of 100 left; the socialsekreterare had none, so their rate is lower.
  EXPECT_GT(usk.turnover[1], p.categories[0].turnover[1]);
  EXPECT_EQ(p.model.drivers[p.model.categories[1].driver].values[5], 3000.0 * 1.2);

  auto result = RunSimulation(p.model, p.scenarios, p.options);
  ASSERT_TRUE(result.ok()) << result.error().Describe();
  const auto json = SimulationReportJson(p, result.value());
  EXPECT_EQ(json["snapshot"], "2025-10-31");
  EXPECT_EQ(json["scenarios"][0]["name"], "Bas");
  EXPECT_EQ(json["scenarios"][0]["total"]["years"].size(), 5u);
  EXPECT_EQ(json["scenarios"][0]["categories"][1]["headcount"], 90);
  // The need of elderly care grows 4 % a year with the 80+ population.
  EXPECT_NEAR(json["scenarios"][0]["categories"][1]["years"][0]["need_fte"].get<double>(),
              usk.fte * 1.04, 0.01);
  EXPECT_EQ(json["assumptions"]["categories"][1]["turnover_source"], "register");
  const std::string text = SimulationReportText(p, result.value());
  EXPECT_NE(text.find("Personalprognos för Vård- och omsorgsförvaltningen (VOF)"), std::string::npos) << text;
  EXPECT_NE(text.find("Scenario: Bas"), std::string::npos);
  EXPECT_NE(text.find("Undersköterska"), std::string::npos);
}

TEST_F(StaffingSimulationTest, TheDocumentChangesCategoriesAndAddsScenarios) {
  auto doc = io::ParseSimulationDocument(R"({
    "categories": [{"name": "Socialsekreterare", "turnover_percent": 14, "driver_ages": [80, 120],
                    "monthly_salary": 40000, "overhead_percent": 50}],
    "scenarios": [{"name": "Bas"}, {"name": "Lägre omsättning", "turnover_factor": 0.5}]})");
  ASSERT_TRUE(doc.ok()) << doc.error().Describe();
  SimulationRequest request;
  request.org_code = "VOF";
  request.runs = 100;
  request.document = doc.value();
  auto prepared = PrepareSimulation(*store_, request);
  ASSERT_TRUE(prepared.ok()) << prepared.error().Describe();
  const CategoryAssumptions& social = prepared.value().categories[0];
  EXPECT_EQ(social.turnover_source, "document");
  EXPECT_DOUBLE_EQ(social.turnover[0], 0.14);
  EXPECT_EQ(social.driver, "80–120 år");
  EXPECT_DOUBLE_EQ(prepared.value().model.categories[0].YearlyCostPerFte(), 40000 * 12 * 1.5);
  ASSERT_EQ(prepared.value().scenarios.size(), 2u);

  request.document.categories[0].name = "Lokalvårdare";
  auto unknown = PrepareSimulation(*store_, request);
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().message(),
            "kategorin \"Lokalvårdare\" finns inte bland de anställda i Vård- och omsorgsförvaltningen");
  EXPECT_EQ(unknown.error().location().field, "categories[0].name");
}

TEST_F(StaffingSimulationTest, AskWhichAreaWhenThereAreSeveral) {
  ASSERT_TRUE(store_->SavePopulation({{"Annanby", 2025, 0, 120, 5000}}, "test").ok());
  SimulationRequest request;
  auto prepared = PrepareSimulation(*store_, request);
  ASSERT_FALSE(prepared.ok());
  EXPECT_EQ(prepared.error().location().field, "area");
  request.document.area = "Annanby";
  prepared = PrepareSimulation(*store_, request);
  ASSERT_TRUE(prepared.ok()) << prepared.error().Describe();
  EXPECT_EQ(prepared.value().org_code, "K");
  // Annanby has one year only: the need is held there, and that is said.
  EXPECT_FALSE(prepared.value().notes.empty());
}

TEST(EstimateTurnoverTest, ShrinksSmallGroupsTowardsTheOverallRate) {
  std::vector<EmployeeRecord> staff;
  for (int i = 0; i < 200; ++i) {
    staff.push_back(Employee(i, "U", i < 100 ? "A" : "B", "", 1980, 100,
                             i < 20 ? std::optional<CalendarDate>(CalendarDate{2025, 6, 30}) : std::nullopt));
  }
  staff.push_back(Employee(999, "U", "C", "", 1980, 100, CalendarDate{2025, 6, 30}));  // one person, who left
  staff.push_back(Employee(998, "U", "D", "", 1960, 100, CalendarDate{2025, 6, 30}));  // 65: a retirement
  const auto estimate = simulation::EstimateTurnover(staff, {2024, 10, 31}, {2025, 10, 31}, 61);
  ASSERT_TRUE(estimate.found);
  // 21 leavers over a mean staff of (201 + 180) / 2.
  EXPECT_NEAR(estimate.overall, 21 / 190.5, 1e-12);
  const double a = (20 + 20 * estimate.overall) / (90 + 20);
  EXPECT_NEAR(estimate.by_category.at("A")[2], a, 1e-12);  // everyone is 45: band 40–49 is the overall band
  const double c = (1 + 20 * estimate.overall) / (0.5 + 20);
  EXPECT_NEAR(estimate.by_category.at("C")[2], c, 1e-12);  // pulled towards the overall rate, not 200 %
  EXPECT_NEAR(estimate.by_category.at("D")[2], estimate.overall, 1e-12);  // no staff below 61: the overall rate
}

TEST(PopulationDriverTest, SumsTheBandHoldsYearsOutsideTheForecastAndSaysSo) {
  const std::vector<store::PopulationEntry> entries = {{"X", 2026, 0, 5, 100}, {"X", 2026, 6, 15, 300},
                                                       {"X", 2027, 0, 5, 110}, {"X", 2027, 6, 15, 290}};
  std::string note;
  const DriverSeries preschool = simulation::PopulationDriver(entries, AgeBand{1, 5}, 2025, 3, &note);
  EXPECT_EQ(preschool.values, (std::vector<double>{100, 100, 110, 110}));
  EXPECT_EQ(note, "befolkningsprognosen har inte 1–5 år; åldrarna 0–5 år används");
  note.clear();
  const DriverSeries all = simulation::PopulationDriver(entries, std::nullopt, 2026, 1, &note);
  EXPECT_EQ(all.values, (std::vector<double>{400, 400}));
  EXPECT_TRUE(note.empty());
}

}  // namespace
}  // namespace kplan::app
