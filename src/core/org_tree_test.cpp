#include "kplan/core/org_tree.hpp"

#include <gtest/gtest.h>

namespace kplan {
namespace {

// Demo kommun: K → VON → VOF → HT1, HT2; K → BUN.
OrgTree Demo() {
  return OrgTree({{1, std::nullopt, OrgUnitKind::kKommun, "Demo kommun", "K"},
                  {2, 1, OrgUnitKind::kNamnd, "Vård- och omsorgsnämnden", "VON"},
                  {3, 2, OrgUnitKind::kForvaltning, "Vård- och omsorgsförvaltningen", "VOF"},
                  {4, 3, OrgUnitKind::kEnhet, "Hemtjänst Norr", "HT1"},
                  {5, 3, OrgUnitKind::kEnhet, "Hemtjänst Söder", "HT2"},
                  {6, 1, OrgUnitKind::kNamnd, "Barn- och utbildningsnämnden", "BUN"}});
}

std::vector<std::string> Codes(const std::vector<const OrgUnit*>& units) {
  std::vector<std::string> out;
  for (const OrgUnit* u : units) out.push_back(u->code);
  return out;
}

TEST(OrgTreeTest, FindsUnitsByCodeAndIdAndTheEmptyCodeIsTheRoot) {
  const OrgTree tree = Demo();
  ASSERT_NE(tree.FindByCode("VOF"), nullptr);
  EXPECT_EQ(tree.FindByCode("VOF")->id, 3);
  EXPECT_EQ(tree.FindByCode("XYZ"), nullptr);
  EXPECT_EQ(tree.FindById(6)->code, "BUN");
  EXPECT_EQ(tree.FindById(99), nullptr);
  EXPECT_EQ(tree.Root()->code, "K");
  EXPECT_EQ(tree.FindByCodeOrRoot("")->code, "K");
  EXPECT_EQ(tree.FindByCodeOrRoot("HT2")->code, "HT2");
}

TEST(OrgTreeTest, AnEmptyTreeHasNoRoot) {
  const OrgTree tree;
  EXPECT_EQ(tree.Root(), nullptr);
  EXPECT_EQ(tree.FindByCodeOrRoot(""), nullptr);
  EXPECT_TRUE(tree.Subtree(1).empty());
}

TEST(OrgTreeTest, AncestorsRunFromTheParentUpToTheRoot) {
  const OrgTree tree = Demo();
  EXPECT_EQ(Codes(tree.Ancestors(4)), (std::vector<std::string>{"VOF", "VON", "K"}));
  EXPECT_TRUE(tree.Ancestors(1).empty());
  EXPECT_TRUE(tree.Ancestors(99).empty());
}

TEST(OrgTreeTest, ChildrenAndSubtreeKeepTheOrderOfTheList) {
  const OrgTree tree = Demo();
  EXPECT_EQ(Codes(tree.Children(1)), (std::vector<std::string>{"VON", "BUN"}));
  EXPECT_EQ(Codes(tree.Children(3)), (std::vector<std::string>{"HT1", "HT2"}));
  EXPECT_TRUE(tree.Children(4).empty());
  EXPECT_EQ(Codes(tree.Subtree(2)), (std::vector<std::string>{"VON", "VOF", "HT1", "HT2"}));
  EXPECT_EQ(Codes(tree.Subtree(1)).size(), 6u);
  EXPECT_TRUE(tree.Subtree(99).empty());
}

TEST(OrgTreeTest, IsInSubtreeCountsTheUnitItselfAndNotItsSiblings) {
  const OrgTree tree = Demo();
  EXPECT_TRUE(tree.IsInSubtree(4, 1));
  EXPECT_TRUE(tree.IsInSubtree(4, 3));
  EXPECT_TRUE(tree.IsInSubtree(3, 3));
  EXPECT_FALSE(tree.IsInSubtree(6, 2));
  EXPECT_FALSE(tree.IsInSubtree(2, 4));  // above, not below
  EXPECT_FALSE(tree.IsInSubtree(99, 99));
}

TEST(OrgTreeTest, ChildOnPathToNamesTheBranchAUnitLiesIn) {
  const OrgTree tree = Demo();
  EXPECT_EQ(tree.ChildOnPathTo(1, 4)->code, "VON");
  EXPECT_EQ(tree.ChildOnPathTo(3, 5)->code, "HT2");
  EXPECT_EQ(tree.ChildOnPathTo(1, 6)->code, "BUN");
  EXPECT_EQ(tree.ChildOnPathTo(3, 3), nullptr);
  EXPECT_EQ(tree.ChildOnPathTo(6, 4), nullptr);
}

TEST(OrgTreeTest, ACycleInTheParentIdsEndsTheWalk) {
  const OrgTree tree({{1, 2, OrgUnitKind::kNamnd, "A", "A"}, {2, 1, OrgUnitKind::kNamnd, "B", "B"}});
  EXPECT_EQ(Codes(tree.Ancestors(1)), (std::vector<std::string>{"B"}));
  EXPECT_FALSE(tree.IsInSubtree(1, 3));
  EXPECT_EQ(tree.Root(), nullptr);
}

TEST(OrgTreeTest, AParentThatIsNotInTheListEndsTheWalkUp) {
  const OrgTree tree({{5, 1, OrgUnitKind::kEnhet, "Orphan", "O"}});
  EXPECT_TRUE(tree.Ancestors(5).empty());
  EXPECT_TRUE(tree.IsInSubtree(5, 5));
}

}  // namespace
}  // namespace kplan
