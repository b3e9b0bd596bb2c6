#include "kplan/core/risk.hpp"

#include <gtest/gtest.h>

namespace kplan {
namespace {

TEST(RiskTest, ScalesOfSeed001) {
  EXPECT_EQ(ConsequenceLabel(2), "Mindre allvarlig");
  EXPECT_EQ(ProbabilityLabel(4), "Mycket hög");
  EXPECT_EQ(ConsequenceLabel(0), "");
  EXPECT_EQ(ConsequenceLabel(5), "");
  EXPECT_EQ(ParseConsequence("allvarlig"), 3);
  EXPECT_EQ(ParseConsequence("MYCKET ALLVARLIG"), 4);
  EXPECT_EQ(ParseProbability("låg"), 1);
  EXPECT_EQ(ParseProbability("Lagom"), std::nullopt);
}

TEST(RiskTest, ValueIsConsequenceTimesProbability) {
  // Seed 001: myndighet barn och unga, Allvarlig × Hög for both kinds of risk.
  EXPECT_EQ((RiskAssessment{3, 3}).Value(), 9);
  EXPECT_EQ((RiskAssessment{2, 1}).Value(), 2);
}

TEST(RiskMatrixTest, PlacesCategoriesByConsequenceAndProbability) {
  RiskMatrix matrix;
  matrix.Place("Sektionschef", {2, 1});
  matrix.Place("Socialsekreterare myndighet barn och unga", {3, 3});
  matrix.Place("Socialsekreterare familjehem", {2, 1});
  EXPECT_EQ(matrix.Cell(2, 1),
            (std::vector<std::string>{"Sektionschef", "Socialsekreterare familjehem"}));
  EXPECT_EQ(matrix.Cell(3, 3).size(), 1u);
  EXPECT_TRUE(matrix.Cell(4, 4).empty());
  EXPECT_TRUE(matrix.Cell(99, -1).empty());  // clamped, not out of bounds
}

}  // namespace
}  // namespace kplan

namespace kplan {
namespace {

// One set of thresholds for paper and screen; seed 001's serious risk
// (Allvarlig × Hög = 9) is high, its "inte allvarliga" 1s and 2s low.
TEST(RiskClassTest, SeedOneClassesAndTheBandsCoverOneToSixteen) {
  EXPECT_EQ(ClassifyRisk(RiskAssessment{3, 3}.Value()), RiskClass::kHigh);
  EXPECT_EQ(ClassifyRisk(RiskAssessment{2, 1}.Value()), RiskClass::kLow);
  EXPECT_EQ(ClassifyRisk(3), RiskClass::kLow);
  EXPECT_EQ(ClassifyRisk(4), RiskClass::kMedium);
  EXPECT_EQ(ClassifyRisk(8), RiskClass::kMedium);
  EXPECT_EQ(ClassifyRisk(16), RiskClass::kHigh);
  int next = 1;
  for (const RiskClassBand& band : kRiskClassBands) {
    EXPECT_EQ(band.from, next);
    EXPECT_EQ(ClassifyRisk(band.from), band.risk_class);
    EXPECT_EQ(ClassifyRisk(band.to), band.risk_class);
    next = band.to + 1;
  }
  EXPECT_EQ(next, kRiskSteps * kRiskSteps + 1);
  EXPECT_EQ(RiskClassKey(RiskClass::kHigh), "high");
  EXPECT_EQ(RiskClassLabel(RiskClass::kMedium), "medel");
  EXPECT_EQ(RiskClassLabel(RiskClass::kMedium, Language::kEnglish), "medium");
}

}  // namespace
}  // namespace kplan
