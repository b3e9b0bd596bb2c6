#include "kplan/io/simulation_document.hpp"

#include <gtest/gtest.h>

namespace kplan::io {
namespace {

constexpr const char* kComplete = R"({
  "start_year": 2025, "years": 3, "runs": 200, "seed": 7,
  "levels": ["Viss", "God", "Hög", "Mycket hög"],
  "retirement_percent": {"63": 10, "64": 20, "65": 50, "66": 100},
  "promotion_percent": 6,
  "drivers": [{"name": "Befolkning", "values": [1000, 1010, 1020, 1030]},
              {"name": "80+", "values": [100, 104, 108, 112]}],
  "categories": [
    {"name": "Undersköterska", "driver": "80+", "monthly_salary": 30000, "overhead_percent": 52,
     "turnover_percent": {"-29": 14, "30-39": 10, "40-49": 7, "50-59": 5, "60-": 4},
     "staff": [[1970, 1, 100, 3], [1990, null, 75, 2], {"birth_year": 1980, "level": 3, "fte_percent": 90, "count": 1}]},
    {"name": "Sjuksköterska", "turnover_percent": 9, "promotion_percent": [10, 5, 2], "staff": [[1985, 0, 100, 4]]}
  ],
  "scenarios": [{"name": "Bas"},
                {"name": "Heltid som norm", "to_full_time_percent": 25, "recruit_fte_percent": 100},
                {"name": "30 % andra lösningar", "other_solutions_percent": 30}]
})";

TEST(SimulationDocumentTest, ReadsACompleteModel) {
  auto doc = ParseSimulationDocument(kComplete);
  ASSERT_TRUE(doc.ok()) << doc.error().Describe();
  EXPECT_EQ(doc.value().runs, 200);
  EXPECT_EQ(doc.value().seed, 7u);
  auto model = ModelFromDocument(doc.value());
  ASSERT_TRUE(model.ok()) << model.error().Describe();
  const SimulationModel& m = model.value();
  EXPECT_EQ(m.start_year, 2025);
  EXPECT_EQ(m.years, 3);
  EXPECT_EQ(m.levels, 4);
  EXPECT_DOUBLE_EQ(m.retirement.At(64), 0.2);
  EXPECT_DOUBLE_EQ(m.retirement.At(67), 1.0);
  ASSERT_EQ(m.categories.size(), 2u);
  const SimulationCategory& usk = m.categories[0];
  EXPECT_EQ(usk.driver, 1u);
  EXPECT_DOUBLE_EQ(usk.turnover[0], 0.14);
  EXPECT_DOUBLE_EQ(usk.turnover[4], 0.04);
  EXPECT_DOUBLE_EQ(usk.overhead, 0.52);
  ASSERT_EQ(usk.staff.size(), 3u);
  EXPECT_EQ(usk.staff[1].level, -1);
  EXPECT_DOUBLE_EQ(usk.staff[1].fte_percent, 75);
  EXPECT_EQ(usk.staff[2].level, 3);
  EXPECT_EQ(usk.promotion, (std::vector<double>{0.06, 0.06, 0.06}));  // the document's default
  EXPECT_EQ(m.categories[1].promotion, (std::vector<double>{0.10, 0.05, 0.02}));
  EXPECT_EQ(m.categories[1].driver, 0u);  // the first driver when none is named
  const auto scenarios = ScenariosOf(doc.value());
  ASSERT_EQ(scenarios.size(), 3u);
  EXPECT_DOUBLE_EQ(scenarios[1].full_time_rate, 0.25);
  EXPECT_EQ(scenarios[1].recruit_fte_percent, 100);
  EXPECT_DOUBLE_EQ(scenarios[2].other_solutions_share, 0.30);
  EXPECT_TRUE(RunSimulation(m, scenarios, {50, 1, 1}).ok());
}

struct BadCase {
  const char* name;
  const char* json;
  const char* field;
  const char* message;
};

class SimulationDocumentErrorTest : public ::testing::TestWithParam<BadCase> {};

TEST_P(SimulationDocumentErrorTest, NamesTheFieldAndTheRule) {
  const BadCase& c = GetParam();
  auto doc = ParseSimulationDocument(c.json);
  Result<SimulationModel> model = doc.ok() ? ModelFromDocument(doc.value()) : Result<SimulationModel>(doc.error());
  ASSERT_FALSE(model.ok()) << c.name;
  EXPECT_EQ(model.error().location().field, c.field) << c.name;
  EXPECT_EQ(model.error().message(), c.message) << c.name;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, SimulationDocumentErrorTest,
    ::testing::Values(
        BadCase{"unknown key", R"({"start_year": 2025, "yeras": 3})", "yeras",
                "okänd nyckel \"yeras\" (tillåtna: version, comment, start_year, years, runs, seed, org, area, "
                "levels, recruit_age, retirement_percent, promotion_percent, drivers, categories och scenarios)"},
        BadCase{"gap in the retirement table", R"({"retirement_percent": {"61": 2, "63": 10}})",
                "retirement_percent.62",
                "åldern 62 saknas: ange varje ålder från 61 till 63"},
        BadCase{"retirement above 100 %", R"({"retirement_percent": {"65": 120}})", "retirement_percent.65",
                "120 ligger utanför det tillåtna intervallet 0–100"},
        BadCase{"unknown age band",
                R"({"categories": [{"name": "Kock", "turnover_percent": {"20-29": 5}}]})",
                "categories[0].turnover_percent.20-29",
                "kategorin \"Kock\": okänt åldersband \"20-29\" (-29, 30-39, 40-49, 50-59, 60-)"},
        BadCase{"a short staff row",
                R"({"categories": [{"name": "Kock", "staff": [[1980, 1, 100]]}]})",
                "categories[0].staff[0]",
                "kategorin \"Kock\": en rad har fyra värden: [födelseår, nivå, sysselsättningsgrad, antal], men har 3"},
        BadCase{"FTE zero", R"({"categories": [{"name": "Kock", "staff": [[1980, 1, 0, 2]]}]})",
                "categories[0].staff[0][2]", "kategorin \"Kock\": sysselsättningsgraden måste vara större än 0"},
        BadCase{"recruit levels not summing to 100",
                R"({"categories": [{"name": "Kock", "recruit_levels_percent": [50, 40]}]})",
                "categories[0].recruit_levels_percent",
                "kategorin \"Kock\": andelarna summerar till 90 %, inte 100 %"},
        BadCase{"two scenarios with one name", R"({"scenarios": [{"name": "A"}, {"name": "A"}]})",
                "scenarios[1].name", "namnet \"A\" förekommer två gånger"},
        BadCase{"scenario share as a fraction above 100",
                R"({"scenarios": [{"name": "Heltid", "to_full_time_percent": 250}]})",
                "scenarios[0].to_full_time_percent",
                "scenariot \"Heltid\": 250 ligger utanför det tillåtna intervallet 0–100"},
        BadCase{"no start year", R"({"drivers": [{"name": "P", "values": [1]}]})", "start_year",
                "\"start_year\" saknas"},
        BadCase{"unknown driver",
                R"({"start_year": 2025, "drivers": [{"name": "P", "values": [1]}],
                    "categories": [{"name": "Kock", "driver": "Q", "turnover_percent": 5, "staff": []}]})",
                "categories[0].driver", "kategorin \"Kock\": drivfaktorn \"Q\" finns inte"},
        BadCase{"level beyond the scale",
                R"({"start_year": 2025, "levels": 2, "drivers": [{"name": "P", "values": [1]}],
                    "categories": [{"name": "Kock", "turnover_percent": 5, "staff": [[1980, 2, 100, 1]]}]})",
                "categories[0].staff[0][1]",
                "kategorin \"Kock\": nivån 2 finns inte (skalan har 2 nivåer, den lägsta är 0)"},
        BadCase{"not JSON", "{\"start_year\": 2025,}", "", "texten är inte giltig JSON (fel vid tecken 21)"}),
    [](const auto& info) {
      std::string name = info.param.name;
      for (char& ch : name) {
        if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
      }
      return name;
    });

}  // namespace
}  // namespace kplan::io
