#include "kplan/core/followup.hpp"

#include <gtest/gtest.h>

namespace kplan {
namespace {

Assessment Assess(const TargetRule& rule, std::optional<double> outcome) {
  Indicator indicator;
  indicator.target = rule;
  indicator.outcome = outcome;
  return AssessIndicator(indicator).final;
}

// Seed 000 (Trelleborg, socialförvaltningen 2023) and its published judgements.
TEST(FollowUpTest, Seed000Indicators) {
  EXPECT_EQ(Assess(TargetRule::AtMost(8.55), 8.46), Assessment::kGreen);    // sjukfrånvaro
  EXPECT_EQ(Assess(TargetRule::Between(20, 23), 22.1), Assessment::kGreen);  // medarbetare per chef
  EXPECT_EQ(Assess(TargetRule::AtLeast(80), 80), Assessment::kGreen);       // introduktion, edge
  EXPECT_EQ(Assess(TargetRule::AtLeast(70), 72), Assessment::kGreen);       // undersköterskor
  EXPECT_EQ(Assess(TargetRule::AtLeast(100), 60), Assessment::kRed);        // tydliggörande pedagogik
  EXPECT_EQ(Assess({}, 18), Assessment::kNotAssessed);                      // eNPS: no target for 2023
  EXPECT_EQ(Assess(TargetRule::AtLeast(75), std::nullopt), Assessment::kNotAssessed);  // NMI not measured
}

TEST(FollowUpTest, ManualAssessmentOverridesWithAComment) {
  Indicator puls;
  puls.name = "Upplevd medarbetarhälsa (PULS)";
  puls.outcome = 7.7;
  puls.previous = 7.1;
  puls.manual = ManualAssessment{Assessment::kGreen, "Snitt över 7 anses grönt i PULS-verktyget."};
  const IndicatorAssessment result = AssessIndicator(puls);
  EXPECT_EQ(result.computed, Assessment::kNotAssessed);
  EXPECT_EQ(result.final, Assessment::kGreen);
  EXPECT_TRUE(result.manual);
  ASSERT_TRUE(result.change);
  EXPECT_NEAR(*result.change, 0.6, 1e-12);
}

TEST(FollowUpTest, BoundsAreInclusiveAndToleranceIsTiny) {
  EXPECT_TRUE(MeetsTarget(TargetRule::Between(20, 23), 20));
  EXPECT_TRUE(MeetsTarget(TargetRule::Between(20, 23), 23));
  EXPECT_FALSE(MeetsTarget(TargetRule::Between(20, 23), 23.01));
  EXPECT_TRUE(MeetsTarget(TargetRule::Equals(0.3), 0.1 + 0.2));
  EXPECT_FALSE(MeetsTarget(TargetRule::Equals(0.3), 0.3001));
  EXPECT_FALSE(MeetsTarget({}, 1));
}

TEST(FollowUpTest, KeysLabelsAndTargetsInSwedish) {
  EXPECT_EQ(ParseAssessment("grön"), Assessment::kGreen);
  EXPECT_EQ(ParseAssessment("Ej bedömd"), Assessment::kNotAssessed);
  EXPECT_EQ(ParseAssessment("red"), Assessment::kRed);
  EXPECT_EQ(ParseAssessment("gul"), std::nullopt);
  EXPECT_EQ(AssessmentLabel(Assessment::kRed), "Röd");
  EXPECT_EQ(DescribeTarget(TargetRule::AtMost(8.55), "%"), "högst 8,55 %");
  EXPECT_EQ(DescribeTarget(TargetRule::AtLeast(70), "%"), "minst 70 %");
  EXPECT_EQ(DescribeTarget(TargetRule::Between(20, 23), ""), "20–23");
  EXPECT_EQ(DescribeTarget(TargetRule::Equals(100), "%"), "lika med 100 %");
  EXPECT_EQ(DescribeTarget({}, "%"), "–");
  EXPECT_EQ(FormatWithUnit(8.46, "%"), "8,46 %");
}

}  // namespace
}  // namespace kplan
