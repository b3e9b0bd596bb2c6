// The kartläggning as an assignment on every backend: hr opens the round,
// the units move ej påbörjad → pågår → inlämnad, reminders are recorded;
// the categories' level definitions.

#include "store_test_fixture.hpp"

namespace kplan::store {
namespace {

using MappingTest = EditingTest;

std::map<std::string, UnitMapping> ByUnit(const std::vector<UnitMapping>& all) {
  std::map<std::string, UnitMapping> out;
  for (const UnitMapping& m : all) out[m.unit_code] = m;
  return out;
}

PlanYear VofPlanYear(Store& store, int year) {
  PlanYear p;
  p.unit_code = "VOF";
  p.year = year;
  auto created = store.SavePlanYear(p, "hr");
  EXPECT_TRUE(created.ok()) << created.error().Describe();
  return created.value();
}

TEST_F(MappingTest, UnitsMoveFromNotStartedThroughInProgressToSubmitted) {
  const PlanYear p = VofPlanYear(*store_, 2027);
  EXPECT_FALSE(store_->GetMappingRound(p.id).value().has_value());
  // Before the round: nothing can be submitted.
  EXPECT_EQ(store_->SubmitUnitMapping(p.id, "HT1", "chef").error().rule(), "mapping_closed");

  auto round = store_->OpenMappingRound(p.id, {2027, 3, 1}, "hr");
  ASSERT_TRUE(round.ok()) << round.error().Describe();
  EXPECT_TRUE(round.value().open);
  EXPECT_EQ(FormatIsoDate(round.value().deadline), "2027-03-01");
  EXPECT_EQ(LastAudit("mapping_round").action, "open");

  auto units = ByUnit(store_->ListUnitMappings(p.id).value());
  ASSERT_EQ(units.size(), 2u);  // VOF's units HT1 and HT2
  EXPECT_EQ(units["HT1"].status, UnitMappingStatus::kNotStarted);
  EXPECT_EQ(units["HT1"].unit_name, "Hemtjänst Norr");

  ASSERT_TRUE(store_->ReplaceInventory(ids_["VOF"], 2027, {{"HT1", "Undersköterska", "God", 12}},
                                       p.inventory_version, "chef")
                  .ok());
  units = ByUnit(store_->ListUnitMappings(p.id).value());
  EXPECT_EQ(units["HT1"].status, UnitMappingStatus::kInProgress);
  EXPECT_EQ(units["HT2"].status, UnitMappingStatus::kNotStarted);

  auto reminded = store_->RemindUnitMapping(p.id, "HT2", "hr");
  ASSERT_TRUE(reminded.ok()) << reminded.error().Describe();
  EXPECT_EQ(reminded.value().reminders, 1);
  EXPECT_EQ(store_->RemindUnitMapping(p.id, "HT2", "hr").value().reminders, 2);
  EXPECT_EQ(LastAudit("mapping_unit").action, "remind");

  auto submitted = store_->SubmitUnitMapping(p.id, "HT1", "chef");
  ASSERT_TRUE(submitted.ok()) << submitted.error().Describe();
  EXPECT_EQ(submitted.value().status, UnitMappingStatus::kSubmitted);
  EXPECT_EQ(submitted.value().submitted_by, "chef");
  AuditEntry audit = LastAudit("mapping_unit");
  EXPECT_EQ(audit.action, "submit");
  EXPECT_NE(audit.after_json.find("inlamnad"), std::string::npos);
  // A submitted unit is not reminded; an unassigned unit is named.
  EXPECT_EQ(store_->RemindUnitMapping(p.id, "HT1", "hr").error().rule(), "already_submitted");
  Error outside = store_->SubmitUnitMapping(p.id, "BUN", "chef").error();
  EXPECT_EQ(outside.location().field, "unit");
  EXPECT_EQ(outside.rule(), "mapping_unit");

  units = ByUnit(store_->ListUnitMappings(p.id).value());
  EXPECT_EQ(units["HT1"].status, UnitMappingStatus::kSubmitted);
  EXPECT_EQ(units["HT2"].reminders, 2);

  // Closed: no more submissions; reopening with a new day keeps them.
  ASSERT_TRUE(store_->CloseMappingRound(p.id, "hr").ok());
  EXPECT_EQ(store_->SubmitUnitMapping(p.id, "HT2", "chef").error().rule(), "mapping_closed");
  auto reopened = store_->OpenMappingRound(p.id, {2027, 3, 15}, "hr");
  ASSERT_TRUE(reopened.ok());
  EXPECT_TRUE(reopened.value().open);
  EXPECT_EQ(ByUnit(store_->ListUnitMappings(p.id).value())["HT1"].status, UnitMappingStatus::kSubmitted);
}

TEST_F(MappingTest, ACopiedGridIsNotStartedUntilTheChefSaves) {
  const PlanYear p2026 = VofPlanYear(*store_, 2026);
  ASSERT_TRUE(store_->SaveInventory(ids_["VOF"], 2026, {{"HT1", "Undersköterska", "God", 40}}, "hr").ok());
  auto p2027 = store_->StartPlanYearFrom(p2026.id, 2027, {.copy_inventory = true}, "hr");
  ASSERT_TRUE(p2027.ok()) << p2027.error().Describe();
  ASSERT_TRUE(store_->OpenMappingRound(p2027.value().id, {2027, 3, 1}, "hr").ok());
  EXPECT_EQ(ByUnit(store_->ListUnitMappings(p2027.value().id).value())["HT1"].status,
            UnitMappingStatus::kNotStarted);
}

TEST_F(MappingTest, UnknownPlanYearsAreNotFound) {
  EXPECT_EQ(store_->OpenMappingRound(999, {2027, 3, 1}, "hr").error().code(), ErrorCode::kNotFound);
  EXPECT_EQ(store_->ListUnitMappings(999).error().code(), ErrorCode::kNotFound);
}

TEST_F(MappingTest, LevelDefinitionsAreSavedPerCategoryAndAudited) {
  ASSERT_TRUE(store_->AddCategories({{0, "Undersköterska", "5321", 1}}, "hr").ok());
  const std::int64_t id = store_->ListCategories().value()[0].id;
  auto saved = store_->SaveLevelDefinitions(
      id, {{"Viss", "Under introduktion"}, {"God", ""}, {"Hög", "Leder det dagliga arbetet"}}, "hr");
  ASSERT_TRUE(saved.ok()) << saved.error().Describe();
  ASSERT_EQ(saved.value().size(), 2u);  // the empty text is no definition
  EXPECT_EQ(saved.value()[1].level, "Hög");
  EXPECT_EQ(store_->ListLevelDefinitions().value().at(id)[0].text, "Under introduktion");
  EXPECT_EQ(LastAudit("level_definition").action, "update");

  const std::size_t audits = AuditCount();
  Error twice = store_->SaveLevelDefinitions(id, {{"Hög", "a"}, {"Hög", "b"}}, "hr").error();
  EXPECT_EQ(twice.rule(), "duplicate");
  EXPECT_EQ(AuditCount(), audits);
  EXPECT_EQ(store_->ListLevelDefinitions().value().at(id).size(), 2u);  // nothing written
  EXPECT_EQ(store_->SaveLevelDefinitions(999, {}, "hr").error().code(), ErrorCode::kNotFound);
}

TEST_F(MappingTest, AnAcceptedProposalChangesTheNeedARejectedOneSaysWhy) {
  const PlanYear p = VofPlanYear(*store_, 2027);
  NeedParameters need;
  need.category = "Undersköterska";
  need.version = 0;
  need.horizons = {{2, 0.02, {10, 40, 40, 10}}, {5, 0.05, {10, 30, 40, 20}}};
  auto saved = store_->SaveNeedParameters(ids_["VOF"], 2027, need, "hr");
  ASSERT_TRUE(saved.ok()) << saved.error().Describe();

  NeedProposal proposal;
  proposal.unit_code = "HT1";
  proposal.category = "Undersköterska";
  proposal.base = 120;
  proposal.reason = "Ett nytt boende öppnar";
  auto made = store_->ProposeNeed(p.id, proposal, "chef");
  ASSERT_TRUE(made.ok()) << made.error().Describe();
  EXPECT_EQ(made.value().status, NeedProposalStatus::kProposed);
  EXPECT_FALSE(made.value().current_base.has_value());
  EXPECT_EQ(LastAudit("need_proposal").action, "create");

  proposal.unit_code = "BUN";
  EXPECT_EQ(store_->ProposeNeed(p.id, proposal, "chef").error().location().field, "unit");
  proposal.unit_code = "HT1";
  proposal.category = "Okänd";
  EXPECT_EQ(store_->ProposeNeed(p.id, proposal, "chef").error().location().field, "category");

  auto accepted = store_->DecideNeedProposal(made.value().id, true, "", "hr");
  ASSERT_TRUE(accepted.ok()) << accepted.error().Describe();
  EXPECT_EQ(accepted.value().status, NeedProposalStatus::kAccepted);
  EXPECT_EQ(accepted.value().decided_by, "hr");
  auto after = store_->LoadNeedParameters(ids_["VOF"], 2027).value();
  ASSERT_EQ(after.size(), 1u);
  EXPECT_EQ(after[0].base, 120);
  EXPECT_EQ(after[0].version, saved.value().version + 1);
  EXPECT_EQ(LastAudit("need_parameter").action, "update");
  EXPECT_EQ(store_->DecideNeedProposal(made.value().id, false, "nej", "hr").error().rule(), "proposal_decided");

  proposal.category = "Undersköterska";
  proposal.base = 200;
  const NeedProposal second = store_->ProposeNeed(p.id, proposal, "chef").value();
  EXPECT_EQ(second.current_base, 120);
  EXPECT_EQ(store_->DecideNeedProposal(second.id, false, "", "hr").error().rule(), "required");
  auto rejected = store_->DecideNeedProposal(second.id, false, "Ryms inte i budgeten", "hr");
  ASSERT_TRUE(rejected.ok());
  EXPECT_EQ(rejected.value().decision_reason, "Ryms inte i budgeten");
  EXPECT_EQ(store_->LoadNeedParameters(ids_["VOF"], 2027).value()[0].base, 120);  // unchanged
  auto listed = store_->ListNeedProposals(p.id).value();
  ASSERT_EQ(listed.size(), 2u);
  EXPECT_EQ(listed[0].id, second.id);  // newest first

  // No need parameters for the category: accepting is refused, nothing changes.
  proposal.category = "Sjuksköterska";
  ASSERT_TRUE(store_->AddCategories({{0, "Sjuksköterska", "", 1}}, "hr").ok());
  const NeedProposal third = store_->ProposeNeed(p.id, proposal, "chef").value();
  EXPECT_EQ(store_->DecideNeedProposal(third.id, true, "", "hr").error().rule(), "need_missing");
  EXPECT_EQ(store_->GetNeedProposal(third.id).value().status, NeedProposalStatus::kProposed);
}

}  // namespace
}  // namespace kplan::store
