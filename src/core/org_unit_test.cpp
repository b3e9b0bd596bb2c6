#include "kplan/core/org_unit.hpp"

#include <gtest/gtest.h>

namespace kplan {
namespace {

TEST(OrgUnitKindTest, KeysRoundTrip) {
  for (OrgUnitKind k : {OrgUnitKind::kKommun, OrgUnitKind::kNamnd, OrgUnitKind::kForvaltning,
                        OrgUnitKind::kAvdelning, OrgUnitKind::kEnhet}) {
    EXPECT_EQ(ParseOrgUnitKind(OrgUnitKindKey(k)), k);
  }
  EXPECT_EQ(ParseOrgUnitKind("Förvaltning"), std::nullopt);
  EXPECT_EQ(OrgUnitKindLabel(OrgUnitKind::kNamnd), "Nämnd");
}

TEST(OrgUnitKindTest, ChildrenSitBelowTheirParent) {
  EXPECT_TRUE(MayContain(OrgUnitKind::kKommun, OrgUnitKind::kNamnd));
  EXPECT_TRUE(MayContain(OrgUnitKind::kForvaltning, OrgUnitKind::kEnhet));  // skipping avdelning
  EXPECT_FALSE(MayContain(OrgUnitKind::kEnhet, OrgUnitKind::kEnhet));
  EXPECT_FALSE(MayContain(OrgUnitKind::kForvaltning, OrgUnitKind::kNamnd));
}

}  // namespace
}  // namespace kplan

namespace kplan {
namespace {

std::vector<NewOrgUnit> DemoTree() {
  return {{"K", "", OrgUnitKind::kKommun, "Demo kommun"},
          {"VON", "K", OrgUnitKind::kNamnd, "Vård- och omsorgsnämnden"},
          {"VOF", "VON", OrgUnitKind::kForvaltning, "Vård- och omsorgsförvaltningen"},
          {"HT1", "VOF", OrgUnitKind::kEnhet, "Hemtjänst Norr"}};
}

TEST(ValidateNewOrgUnitsTest, AcceptsAWellFormedTree) {
  EXPECT_TRUE(ValidateNewOrgUnits({}, DemoTree()).ok());
}

TEST(ValidateNewOrgUnitsTest, RejectsUnknownParentNamingRowAndValue) {
  auto tree = DemoTree();
  tree[3].parent_code = "XYZ";
  Status s = ValidateNewOrgUnits({}, tree);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().location().row, 4);
  EXPECT_EQ(s.error().location().field, "parent_code");
  EXPECT_EQ(s.error().Describe(),
            "rad 4, fält \"parent_code\": den överordnade enheten \"XYZ\" finns inte");
}

TEST(ValidateNewOrgUnitsTest, RejectsSecondRootAndDuplicateCodes) {
  auto tree = DemoTree();
  tree.push_back({"K2", "", OrgUnitKind::kKommun, "Annan kommun"});
  EXPECT_FALSE(ValidateNewOrgUnits({}, tree).ok());

  OrgUnit stored{1, std::nullopt, OrgUnitKind::kKommun, "Demo kommun", "K"};
  Status dup = ValidateNewOrgUnits({stored}, {{"K", "", OrgUnitKind::kNamnd, "X"}});
  ASSERT_FALSE(dup.ok());
  EXPECT_EQ(dup.error().message(), "koden \"K\" finns redan");
}

TEST(ValidateNewOrgUnitsTest, RejectsChildAboveItsParent) {
  auto tree = DemoTree();
  tree[3].kind = OrgUnitKind::kNamnd;
  Status s = ValidateNewOrgUnits({}, tree);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().message(), "Nämnd kan inte ligga under Förvaltning");
}

}  // namespace
}  // namespace kplan
