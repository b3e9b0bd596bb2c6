#include "kplan/core/plan_status.hpp"

#include <gtest/gtest.h>

namespace kplan {
namespace {

TEST(PlanStatus, KeysAndLabelsRoundTrip) {
  for (PlanStatus s : kPlanStatuses) {
    EXPECT_EQ(ParsePlanStatusKey(PlanStatusKey(s)), s);
  }
  EXPECT_EQ(PlanStatusLabel(PlanStatus::kForDecision), "För beslut");
  EXPECT_FALSE(ParsePlanStatusKey("Fastställd").has_value());
}

struct Move {
  PlanStatus from, to;
  bool allowed;        // CanMove
  const char* rule;    // CheckStatusChange's rule, "" when allowed
};

TEST(PlanStatus, TheCycleAllowsOnlyItsMoves) {
  const Move moves[] = {
      {PlanStatus::kDraft, PlanStatus::kForDecision, true, ""},
      {PlanStatus::kDraft, PlanStatus::kAdopted, false, "plan_status"},
      {PlanStatus::kDraft, PlanStatus::kDraft, false, "plan_status"},
      {PlanStatus::kForDecision, PlanStatus::kDraft, true, ""},
      {PlanStatus::kForDecision, PlanStatus::kAdopted, true, "decision_required"},
      {PlanStatus::kAdopted, PlanStatus::kDraft, true, ""},
      {PlanStatus::kAdopted, PlanStatus::kForDecision, false, "plan_status"},
  };
  for (const Move& m : moves) {
    SCOPED_TRACE(std::string(PlanStatusKey(m.from)) + " → " + std::string(PlanStatusKey(m.to)));
    EXPECT_EQ(CanMove(m.from, m.to), m.allowed);
    Status s = CheckStatusChange(m.from, m.to);
    if (std::string(m.rule).empty()) {
      EXPECT_TRUE(s.ok());
    } else {
      ASSERT_FALSE(s.ok());
      EXPECT_EQ(s.error().rule(), m.rule);
      EXPECT_EQ(s.error().location().field, "status");
    }
  }
  EXPECT_TRUE(CheckAdoption(PlanStatus::kForDecision).ok());
  EXPECT_EQ(CheckAdoption(PlanStatus::kDraft).error().rule(), "plan_status");
  EXPECT_EQ(CheckAdoption(PlanStatus::kAdopted).error().rule(), "plan_status");
}

TEST(PlanDecision, SeedZerosDecisionIsValidAndPrintedAsTheSeedWritesIt) {
  PlanDecision d{"Socialnämnden", {2023, 3, 15}, "47", ""};
  EXPECT_TRUE(Validate(d).ok());
  EXPECT_EQ(DescribeDecision(d), "Fastställd av Socialnämnden 2023-03-15, § 47");
  d.paragraph = "§ 47";
  d.registration_number = "Dnr 1.3.1-789/2020";
  EXPECT_EQ(DescribeDecision(d), "Fastställd av Socialnämnden 2023-03-15, § 47 (Dnr 1.3.1-789/2020)");
}

TEST(PlanDecision, EachBrokenFieldIsNamed) {
  struct Case {
    PlanDecision decision;
    const char* field;
    const char* rule;
  };
  const Case cases[] = {
      {{"", {2027, 3, 15}, "47", ""}, "decided_by", "required"},
      {{std::string(201, 'x'), {2027, 3, 15}, "47", ""}, "decided_by", "max_length"},
      {{"Socialnämnden", {2027, 2, 30}, "47", ""}, "decided_on", "date"},
      {{"Socialnämnden", {2027, 3, 15}, "", ""}, "paragraph", "required"},
      {{"Socialnämnden", {2027, 3, 15}, "47", std::string(61, 'x')}, "registration_number", "max_length"},
  };
  for (const Case& c : cases) {
    Status s = Validate(c.decision);
    ASSERT_FALSE(s.ok()) << c.field;
    EXPECT_EQ(s.error().location().field, c.field);
    EXPECT_EQ(s.error().rule(), c.rule);
  }
}

}  // namespace
}  // namespace kplan
