#include "kplan/core/summary.hpp"

#include <gtest/gtest.h>

#include "kplan/core/analysis.hpp"

namespace kplan {
namespace {

CategoryInput Category(std::string name, PerLevel inventory, PerLevel shares) {
  CategoryInput c;
  c.name = std::move(name);
  c.inventory = std::move(inventory);
  c.horizons = {{2, 0.026, shares}, {5, 0.067, shares}};
  return c;
}

// Three of seed 001's categories, reconstructed from the published gaps.
AnalysisInput Malmo() {
  AnalysisInput input;
  input.horizons = {2, 5};
  input.categories = {
      Category("Socialsekreterare myndighet barn och unga", {93, 94, 65, 48}, {10, 30, 40, 20}),
      Category("Socialsekreterare samtal och behandling", {11, 29, 47, 27}, {7, 27, 46, 20}),
      Category("Socialsekreterare familjehem", {2, 18, 12, 6}, {7, 24, 41, 28}),
  };
  return input;
}

TEST(SummaryTest, RanksByThePeopleShortOverTheLevelsOnTheLongestHorizon) {
  const AnalysisResult result = Analyze(Malmo());
  const AnalysisSummary& summary = result.summary;
  EXPECT_EQ(summary.years, 5);
  ASSERT_EQ(summary.ranking.size(), 3u);
  // Barn och unga, 5 år: God −2, Hög −63, Mycket hög −16 (seed 001 names it "som störst").
  EXPECT_EQ(summary.ranking[0].category, 0u);
  EXPECT_DOUBLE_EQ(summary.ranking[0].shortage, 81);
  EXPECT_NEAR(summary.ranking[0].Share(), 81 / (300 * 1.067), 1e-12);
  EXPECT_EQ(summary.ranking[1].category, 1u);  // samtal och behandling: 13 short
  EXPECT_DOUBLE_EQ(summary.ranking[1].shortage, 13);
  EXPECT_EQ(summary.ranking[2].category, 2u);  // familjehem: 11 short
  EXPECT_EQ(summary.quantitative_goals,
            (std::vector<std::pair<int, std::int64_t>>{{2, 8 + 3 + 1}, {5, 20 + 8 + 3}}));
  EXPECT_EQ(summary.text,
            "De kvantitativa kompetensmålen innebär en utökning med totalt 12 personer på 2 års "
            "sikt och 31 personer på 5 års sikt. Det kvalitativa kompetensgapet är som störst "
            "inom yrkeskategorin socialsekreterare myndighet barn och unga. Mindre kompetensgap "
            "finns hos socialsekreterare samtal och behandling och socialsekreterare familjehem.");
}

TEST(SummaryTest, ChangeSinceLastYearAndFollowUp) {
  AnalysisInput input = Malmo();
  input.categories[0].previous = {{2, {60, 0, -60, -20}, -12}};
  input.categories[1].previous = {{2, {3, -3, -7, 4}, -5}};
  Indicator green;
  green.target = TargetRule::AtMost(8.55);
  green.outcome = 8.46;
  Indicator none;
  input.indicators = {green, none};
  const std::string text = Analyze(input).summary.text;
  EXPECT_NE(text.find("Jämfört med föregående år har behovet av kvantitativ ökning på 2 års sikt "
                      "minskat inom samtliga 2 yrkeskategorier med föregående års siffror."),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("Av 2 indikatorer är 1 grön och 1 ej bedömd."), std::string::npos) << text;
}

TEST(SummaryTest, NoGapAtTheHighestLevels) {
  AnalysisInput input;
  input.horizons = {2};
  input.categories = {Category("Lokalvårdare", {5, 5}, {50, 50})};
  input.categories[0].horizons = {{2, 0.0, {50, 50}}};
  EXPECT_EQ(Analyze(input).summary.text,
            "Det finns inget kvantitativt kompetensgap: bemanningen motsvarar behovet. "
            "Det finns inga kompetensgap på de högre kompetensnivåerna.");
}

}  // namespace
}  // namespace kplan
