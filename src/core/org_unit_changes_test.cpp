// A reorganisation planned against the stored tree: creates, renames and
// moves by code, derived codes for units named only by name, and every rule
// of the resulting tree.

#include "kplan/core/org_unit_changes.hpp"

#include <gtest/gtest.h>

#include "kplan/core/org_unit_code.hpp"

namespace kplan {
namespace {

std::vector<OrgUnit> Stored() {
  return {{1, std::nullopt, OrgUnitKind::kKommun, "Linköpings kommun", "LK"},
          {2, 1, OrgUnitKind::kForvaltning, "Social- och omsorgsförvaltningen", "SOF"},
          {3, 2, OrgUnitKind::kEnhet, "Hemtjänst Nord", "HTN"},
          {4, 1, OrgUnitKind::kForvaltning, "Utbildningsförvaltningen", "UF"}};
}

std::vector<std::string> Rules(const OrgUnitPlan& plan) {
  std::vector<std::string> rules;
  for (const Error& e : plan.errors) rules.push_back(e.rule());
  return rules;
}

TEST(OrgUnitCodeTest, DerivedCodesAreStableSlugsWithAHashOfTheParent) {
  const std::string code = DerivedOrgUnitCode("SOF", "Hemtjänst Söder");
  EXPECT_EQ(code.substr(0, 16), "hemtjanst-soder-");
  EXPECT_EQ(code.size(), 24u);
  EXPECT_EQ(code, DerivedOrgUnitCode("SOF", "  hemtjänst   SÖDER "));  // the same name
  EXPECT_NE(code, DerivedOrgUnitCode("UF", "Hemtjänst Söder"));       // another parent
  EXPECT_EQ(DerivedOrgUnitCode("", "Linköpings kommun").substr(0, 18), "linkopings-kommun-");
  EXPECT_EQ(DerivedOrgUnitCode("", "–").substr(0, 6), "enhet-");
  EXPECT_LE(DerivedOrgUnitCode("", std::string(200, 'x')).size(), kOrgUnitCodeMaxChars);
  EXPECT_TRUE(SameOrgUnitName("Äldreomsorg", "äldreomsorg "));
}

TEST(OrgUnitChangesTest, RenameMoveAndCreateByCode) {
  OrgUnitPlan plan = PlanOrgUnitChanges(
      Stored(),
      {{"HTN", "Hemtjänst Norra", "UF", {}, {}},                       // renamed and moved
       {"AVD", "Stödavdelningen", "Social- och omsorgsförvaltningen", {}, OrgUnitKind::kAvdelning},
       {"", "Boendestöd", "AVD", {}, {}},                              // a derived code
       {"SOF", "Social- och omsorgsförvaltningen", "LK", {}, {}}},      // as stored
      "");
  ASSERT_TRUE(plan.ok()) << plan.errors[0].Describe();
  EXPECT_EQ(plan.changes[0].action, OrgUnitAction::kUpdate);
  EXPECT_EQ(plan.changes[0].old_parent_code, "SOF");
  EXPECT_EQ(plan.changes[0].kind, OrgUnitKind::kEnhet);  // the stored kind
  EXPECT_EQ(plan.changes[1].action, OrgUnitAction::kCreate);
  EXPECT_EQ(plan.changes[1].parent_code, "SOF");  // the parent by name
  EXPECT_EQ(plan.changes[2].code, DerivedOrgUnitCode("AVD", "Boendestöd"));
  EXPECT_EQ(plan.changes[2].kind, OrgUnitKind::kEnhet);
  EXPECT_EQ(plan.changes[3].action, OrgUnitAction::kSame);
  EXPECT_EQ(CreationOrder(plan.changes), (std::vector<std::size_t>{1, 2}));
}

TEST(OrgUnitChangesTest, LevelEntriesOnAnEmptyOrganisation) {
  // Kommun;Förvaltning;Enhet, the same name under two förvaltningar.
  std::vector<OrgUnitEntry> entries = {{"", "Linköpings kommun", "", {}, OrgUnitKind::kKommun},
                                       {"", "Socialförvaltningen", "", 0, OrgUnitKind::kForvaltning},
                                       {"", "Administration", "", 1, OrgUnitKind::kEnhet},
                                       {"", "Utbildningsförvaltningen", "", 0, OrgUnitKind::kForvaltning},
                                       {"", "Administration", "", 3, OrgUnitKind::kEnhet}};
  OrgUnitPlan plan = PlanOrgUnitChanges({}, entries, "");
  ASSERT_TRUE(plan.ok()) << plan.errors[0].Describe();
  EXPECT_NE(plan.changes[2].code, plan.changes[4].code);
  EXPECT_EQ(plan.changes[2].parent_code, plan.changes[1].code);
  EXPECT_EQ(CreationOrder(plan.changes).front(), 0u);
}

TEST(OrgUnitChangesTest, ANameOnlyEntryIsTheStoredUnitOfThatNameBelowItsParent) {
  OrgUnitPlan plan = PlanOrgUnitChanges(
      Stored(), {{"", "Social- och omsorgsförvaltningen", "", {}, OrgUnitKind::kForvaltning},
                 {"", "hemtjänst nord", "", 0, OrgUnitKind::kEnhet}},
      "LK");
  ASSERT_TRUE(plan.ok()) << plan.errors[0].Describe();
  EXPECT_EQ(plan.changes[0].code, "SOF");
  EXPECT_EQ(plan.changes[0].action, OrgUnitAction::kSame);
  EXPECT_EQ(plan.changes[1].code, "HTN");
  EXPECT_EQ(plan.changes[1].action, OrgUnitAction::kUpdate);  // the name as the file writes it
}

TEST(OrgUnitChangesTest, KindlessUnitsTakeTheLevelBelowTheirParent) {
  OrgUnitPlan plan = PlanOrgUnitChanges(
      {}, {{"K", "Kommunen", "", {}, {}}, {"F", "Förvaltningen", "K", {}, {}}, {"E", "Enheten", "F", {}, {}}},
      "");
  ASSERT_TRUE(plan.ok()) << plan.errors[0].Describe();
  EXPECT_EQ(plan.changes[0].kind, OrgUnitKind::kKommun);
  EXPECT_EQ(plan.changes[1].kind, OrgUnitKind::kNamnd);
  EXPECT_EQ(plan.changes[2].kind, OrgUnitKind::kEnhet);
}

TEST(OrgUnitChangesTest, EveryRuleHasItsKeyRowAndField) {
  auto one = [](std::vector<OrgUnitEntry> entries) { return PlanOrgUnitChanges(Stored(), entries, ""); };
  OrgUnitPlan dup = one({{"X1", "A", "LK", {}, {}}, {"X1", "B", "LK", {}, {}}});
  ASSERT_EQ(Rules(dup), std::vector<std::string>{"duplicate_code"});
  EXPECT_EQ(dup.errors[0].location().row, 2);
  EXPECT_EQ(dup.errors[0].location().field, "code");
  EXPECT_EQ(Rules(one({{"X1", "A", "FINNS-EJ", {}, {}}})), std::vector<std::string>{"unknown_parent"});
  EXPECT_EQ(Rules(one({{"X1", "Ny kommun", "", {}, {}}})), std::vector<std::string>{"two_roots"});
  EXPECT_EQ(Rules(one({{"SOF", "Social- och omsorgsförvaltningen", "HTN", {}, {}}})).front(), "cycle");
  EXPECT_EQ(Rules(one({{"X1", "A", "HTN", {}, OrgUnitKind::kAvdelning}})), std::vector<std::string>{"kind_order"});
  EXPECT_EQ(Rules(one({{"X1", std::string(301, 'a'), "LK", {}, {}}})), std::vector<std::string>{"max_length"});
  EXPECT_EQ(Rules(one({{"X1", "", "LK", {}, {}}})).front(), "required");
  EXPECT_EQ(Rules(one({{"", "Samma", "LK", {}, {}}, {"", "samma", "LK", {}, {}}})),
            std::vector<std::string>{"duplicate_code"});
  std::vector<OrgUnit> twins = Stored();
  twins.push_back({5, 4, OrgUnitKind::kEnhet, "Hemtjänst Nord", "HTN2"});
  OrgUnitPlan ambiguous = PlanOrgUnitChanges(twins, {{"X1", "A", "Hemtjänst Nord", {}, {}}}, "");
  EXPECT_EQ(Rules(ambiguous), std::vector<std::string>{"ambiguous_parent"});
  // A stored unit's kind changed above its stored children.
  EXPECT_EQ(Rules(one({{"SOF", "Social- och omsorgsförvaltningen", "LK", {}, OrgUnitKind::kEnhet}})),
            std::vector<std::string>{"kind_order"});
}

TEST(OrgUnitChangesTest, TheStoreCheckRefusesACreatedCodeThatExists) {
  std::vector<OrgUnitChange> changes(1);
  changes[0] = {OrgUnitAction::kCreate, "SOF", "Ny", "LK", OrgUnitKind::kForvaltning, "", "", {}};
  std::vector<Error> errors = CheckOrgUnitChanges(Stored(), changes);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].rule(), "duplicate_code");
}

}  // namespace
}  // namespace kplan
