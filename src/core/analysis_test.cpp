#include "kplan/core/analysis.hpp"

#include <gtest/gtest.h>

namespace kplan {
namespace {

// Seed 001, Sektionschef: the whole chain from inventory to risk.
AnalysisInput Sektionschef() {
  CategoryInput c;
  c.name = "Sektionschef";
  c.inventory = {17, 39, 46, 14};
  c.base = 117;
  c.horizons = {{2, 0.026, {7, 28, 50, 15}}, {5, 0.067, {7, 28, 50, 15}}};
  c.previous = {{5, {8, 4, -18, -8}, -14}};
  c.risk = CategoryRisk{{2, 1}, {2, 1}};
  AnalysisInput input;
  input.organisation = "Arbetsmarknads- och socialförvaltningen";
  input.year = 2019;
  input.horizons = {2, 5};
  input.categories = {c};
  return input;
}

TEST(AnalyzeTest, SektionschefFromInventoryToRisk) {
  const AnalysisResult result = Analyze(Sektionschef());
  ASSERT_EQ(result.categories.size(), 1u);
  const CategoryAnalysis& c = result.categories[0];
  EXPECT_DOUBLE_EQ(c.inventory_total, 116);
  EXPECT_DOUBLE_EQ(c.base, 117);
  ASSERT_EQ(c.horizons.size(), 2u);

  const HorizonAnalysis& two = c.horizons[0];
  EXPECT_EQ(two.gap.RoundedLevelGaps(), (std::vector<std::int64_t>{9, 5, -14, -4}));
  EXPECT_EQ(two.goal.quantitative, 4);
  EXPECT_EQ(MovePlanSentence(two.goal.plan, result.scale),
            "Det innebär att förflyttningar behöver göras från viss- och god nivå till hög- och "
            "mycket hög nivå.");  // seed 001's words; the 4 are the quantitative goal
  EXPECT_FALSE(two.change);  // no figures from last year on 2 years

  const HorizonAnalysis& five = c.horizons[1];
  EXPECT_EQ(five.goal.quantitative, 9);
  ASSERT_TRUE(five.change);
  EXPECT_EQ(GapChangeSentence(*five.change, result.scale),
            "Årets revidering innebär att behovet av kvantitativ ökning har minskat. "
            "Kompetensgapet på hög- och mycket hög nivå har minskat.");

  EXPECT_EQ(result.operations_risks.Cell(2, 1), (std::vector<std::string>{"Sektionschef"}));
  EXPECT_EQ(result.work_environment_risks.Cell(2, 1).size(), 1u);
  EXPECT_EQ(result.year, 2019);
}

TEST(AnalyzeTest, MisSizedLevelsCannotReadOutOfBounds) {
  AnalysisInput input = Sektionschef();
  input.categories[0].inventory = {17, 39};                    // too short
  input.categories[0].horizons[0].target_shares = {7, 28, 50, 15, 99};  // too long
  const AnalysisResult result = Analyze(input);
  EXPECT_EQ(result.categories[0].horizons[0].gap.levels.size(), 4u);
}

TEST(AnalyzeTest, AnEmptyDocumentGivesAnEmptyResult) {
  const AnalysisResult result = Analyze({});
  EXPECT_TRUE(result.categories.empty());
  EXPECT_FALSE(result.projection);
  EXPECT_EQ(result.summary.text, "");
}

}  // namespace
}  // namespace kplan
