#include "kplan/core/plan_revision.hpp"

#include <gtest/gtest.h>

namespace kplan {
namespace {

PlanContentItem Item(std::string_view kind, std::string key, std::string label, std::string value) {
  return {std::string(kind), std::move(key), std::move(label), std::move(value)};
}

TEST(PlanRevision, SameContentHasNoChanges) {
  std::vector<PlanContentItem> plan{Item(plan_item::kGoal, "goal:1", "Minska sjukfrånvaron", "≤ 7 %")};
  EXPECT_TRUE(DiffPlanContent(plan, plan).empty());
}

TEST(PlanRevision, AddedRemovedAndChangedInTheOrderAPlanReads) {
  const std::vector<PlanContentItem> adopted{
      Item(plan_item::kGap, "Undersköterska|Hög", "Undersköterska – Hög", "-4"),
      Item(plan_item::kGoal, "goal:1", "Minska sjukfrånvaron", "till 7 %"),
      Item(plan_item::kText, "inledning|", "Inledning", "Planen gäller 2027."),
      Item(plan_item::kActivity, "activity:9", "Introduktionsprogram", "planerad"),
  };
  const std::vector<PlanContentItem> current{
      Item(plan_item::kText, "inledning|", "Inledning", "Planen gäller 2027–2028."),
      Item(plan_item::kGoal, "goal:1", "Minska sjukfrånvaron", "till 7 %"),
      Item(plan_item::kGoal, "goal:2", "Fler heltider", "minst 80 %"),
      Item(plan_item::kGap, "Undersköterska|Hög", "Undersköterska – Hög", "-6"),
  };
  const auto changes = DiffPlanContent(adopted, current);
  ASSERT_EQ(changes.size(), 4u);
  EXPECT_EQ(changes[0].kind, plan_item::kText);
  EXPECT_EQ(changes[0].change, PlanChangeKind::kChanged);
  EXPECT_EQ(changes[0].before, "Planen gäller 2027.");
  EXPECT_EQ(changes[0].after, "Planen gäller 2027–2028.");
  EXPECT_EQ(changes[1].change, PlanChangeKind::kAdded);
  EXPECT_EQ(changes[1].label, "Fler heltider");
  EXPECT_EQ(changes[2].change, PlanChangeKind::kRemoved);
  EXPECT_EQ(changes[2].label, "Introduktionsprogram");
  EXPECT_EQ(changes[2].before, "planerad");
  EXPECT_EQ(changes[3].kind, plan_item::kGap);
  EXPECT_EQ(changes[3].before, "-4");
  EXPECT_EQ(changes[3].after, "-6");
}

TEST(PlanRevision, ARenamedItemIsChanged) {
  const auto changes = DiffPlanContent({Item(plan_item::kGoal, "goal:1", "Mål A", "x")},
                                       {Item(plan_item::kGoal, "goal:1", "Mål B", "x")});
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_EQ(changes[0].change, PlanChangeKind::kChanged);
  EXPECT_EQ(changes[0].label, "Mål B");
}

TEST(PlanRevision, KindsHaveSwedishLabels) {
  EXPECT_EQ(PlanItemKindLabel(plan_item::kTarget), "Målvärde");
  EXPECT_EQ(PlanChangeLabel(PlanChangeKind::kRemoved), "Borttagen");
  EXPECT_EQ(PlanChangeKey(PlanChangeKind::kAdded), "added");
}

}  // namespace
}  // namespace kplan
