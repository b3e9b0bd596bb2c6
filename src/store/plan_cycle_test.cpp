// The yearly cycle on every backend: starting next year from this year,
// utkast → för beslut → fastställd, and the adopted documents kept as stored.

#include "store_test_fixture.hpp"

namespace kplan::store {
namespace {

using PlanCycleTest = EditingTest;

PlanYear CreatePlanYear(Store& store, int year) {
  PlanYear p;
  p.unit_code = "VOF";
  p.year = year;
  p.horizons = {3, 5};
  p.period_from = 2026;
  p.period_to = 2027;
  p.sections = {"inledning", "kompetensgap", "aktivitetsplan"};
  auto created = store.SavePlanYear(p, "hr");
  EXPECT_TRUE(created.ok()) << created.error().Describe();
  return created.value();
}

TEST_F(PlanCycleTest, APlanYearKeepsItsPeriodAndSections) {
  PlanYear p = CreatePlanYear(*store_, 2026);
  EXPECT_EQ(p.period_from, 2026);
  EXPECT_EQ(p.period_to, 2027);
  EXPECT_EQ(p.sections, (std::vector<std::string>{"inledning", "kompetensgap", "aktivitetsplan"}));
  EXPECT_EQ(p.status, PlanStatus::kDraft);
  p.sections = {"inledning", "okänd"};
  EXPECT_EQ(store_->SavePlanYear(p, "hr").error().location().field, "sections[1]");
  p.sections = {};
  p.period_from = 2027;
  EXPECT_EQ(store_->SavePlanYear(p, "hr").error().rule(), "period");
}

TEST_F(PlanCycleTest, StartingNextYearCarriesOnAndCopiesWhatTheSourceHas) {
  PlanYear y2026 = CreatePlanYear(*store_, 2026);
  ASSERT_TRUE(store_->SaveInventory(ids_["VOF"], 2026, {{"HT1", "Undersköterska", "God", 40}}, "hr").ok());
  ASSERT_TRUE(store_->SavePlanText(ids_["VOF"], 2026, {"inledning", "", "Planen för 2026.", 0}, "hr").ok());
  PlanChapter chapter;
  chapter.unit_code = "VOF";
  chapter.year = 2026;
  chapter.title = "Verksamheternas utmaningar";
  ASSERT_TRUE(store_->CreateChapter(chapter, "hr").ok());
  Goal goal;
  goal.unit_code = "VOF";
  goal.title = "Minska sjukfrånvaron";
  goal.years = {2026, std::nullopt};
  const Goal g = store_->CreateGoal(goal, "hr").value();
  goal.title = "Ett mål som slutade 2025";
  goal.years = {2025, std::nullopt};
  const Goal old = store_->CreateGoal(goal, "hr").value();
  Activity open, done;
  open.unit_code = "HT1";
  open.area = "Behålla";
  open.title = "Introduktionsprogram";
  open.years = {2026, std::nullopt};
  done = open;
  done.title = "Klar aktivitet";
  done.status = ActivityStatus::kDone;
  const Activity a_open = store_->CreateActivity(open, "hr").value();
  const Activity a_done = store_->CreateActivity(done, "hr").value();

  auto started = store_->StartPlanYearFrom(y2026.id, 2027, {.copy_inventory = true}, "hr");
  ASSERT_TRUE(started.ok()) << started.error().Describe();
  EXPECT_EQ(started.value().year, 2027);
  EXPECT_EQ(started.value().horizons, (std::vector<int>{3, 5}));
  EXPECT_EQ(started.value().period_to, 2027);
  EXPECT_EQ(started.value().sections, y2026.sections);
  EXPECT_EQ(started.value().status, PlanStatus::kDraft);

  EXPECT_EQ(store_->LoadInventory(ids_["VOF"], 2027).value().size(), 1u);
  auto texts = store_->LoadPlanTexts(ids_["VOF"], 2027).value();
  ASSERT_EQ(texts.size(), 1u);
  EXPECT_EQ(texts[0].text, "Planen för 2026.");
  auto chapters = store_->ListChapters(ids_["VOF"], 2027).value();
  ASSERT_EQ(chapters.size(), 1u);
  EXPECT_EQ(chapters[0].title, "Verksamheternas utmaningar");

  std::vector<std::string> goals_2027;
  for (const Goal& x : store_->ListGoals(ids_["VOF"], 2027).value()) goals_2027.push_back(x.title);
  EXPECT_EQ(goals_2027, (std::vector<std::string>{"Minska sjukfrånvaron"}));
  EXPECT_EQ(store_->GetGoal(g.id).value().years.last, 2027);
  EXPECT_FALSE(store_->GetGoal(old.id).value().years.last.has_value());
  EXPECT_EQ(store_->GetActivity(a_open.id).value().years.last, 2027);
  EXPECT_FALSE(store_->GetActivity(a_done.id).value().years.last.has_value());

  AuditEntry audit = LastAudit("plan_year");
  EXPECT_EQ(audit.action, "start");
  EXPECT_NE(audit.after_json.find("\"started_from\":2026"), std::string::npos);

  EXPECT_EQ(store_->StartPlanYearFrom(y2026.id, 2027, {}, "hr").error().code(), ErrorCode::kConflict);
  EXPECT_EQ(store_->StartPlanYearFrom(y2026.id, 2025, {}, "hr").error().rule(), "year_order");
  auto without = store_->StartPlanYearFrom(started.value().id, 2028, {}, "hr");
  ASSERT_TRUE(without.ok()) << without.error().Describe();
  EXPECT_TRUE(store_->LoadInventory(ids_["VOF"], 2028).value().empty());
  EXPECT_EQ(without.value().period_from, 0) << "the period 2026–2027 does not cover 2028";
}

TEST_F(PlanCycleTest, AdoptionFreezesTheDocumentsAsStored) {
  PlanYear p = CreatePlanYear(*store_, 2027);
  const PlanDecision decision{"Socialnämnden", {2027, 3, 15}, "47", "Dnr 1.3.1-789/2020"};
  std::string pdf = "%PDF-1.5\n";
  for (int i = 0; i < 256; ++i) pdf += static_cast<char>(i);  // every byte value survives
  const std::vector<AdoptedDocument> docs{{"pdf", "plan.pdf", "application/pdf", "", 0, pdf},
                                          {"docx", "plan.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "", 0, "PK\x03\x04"}};

  auto early = store_->AdoptPlan(p.id, p.version, decision, docs, "[]", "hr");
  ASSERT_FALSE(early.ok());
  EXPECT_EQ(early.error().rule(), "plan_status") << "an utkast is not adopted";

  auto for_decision = store_->SetPlanStatus(p.id, PlanStatus::kForDecision, p.version, "hr");
  ASSERT_TRUE(for_decision.ok()) << for_decision.error().Describe();
  EXPECT_EQ(for_decision.value().status, PlanStatus::kForDecision);
  EXPECT_EQ(LastAudit("plan_year").action, "status");
  EXPECT_EQ(store_->SetPlanStatus(p.id, PlanStatus::kAdopted, for_decision.value().version, "hr")
                .error()
                .rule(),
            "decision_required");
  EXPECT_EQ(store_->SetPlanStatus(p.id, PlanStatus::kDraft, p.version, "hr").error().code(),
            ErrorCode::kPreconditionFailed);

  PlanDecision bad = decision;
  bad.decided_by = "";
  EXPECT_EQ(store_->AdoptPlan(p.id, for_decision.value().version, bad, docs, "[]", "hr").error().location().field,
            "decided_by");
  auto adopted = store_->AdoptPlan(p.id, for_decision.value().version, decision, docs,
                                   R"([{"kind":"goal"}])", "hr");
  ASSERT_TRUE(adopted.ok()) << adopted.error().Describe();
  EXPECT_EQ(adopted.value().revision, 1);
  EXPECT_EQ(LastAudit("plan_year").action, "adopt");

  auto list = store_->ListAdoptions(p.id).value();
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0].decision.decided_by, "Socialnämnden");
  EXPECT_EQ(list[0].decision.decided_on, (CalendarDate{2027, 3, 15}));
  EXPECT_EQ(list[0].decision.registration_number, "Dnr 1.3.1-789/2020");
  EXPECT_EQ(list[0].adopted_by, "hr");
  ASSERT_EQ(list[0].documents.size(), 2u);
  EXPECT_TRUE(list[0].documents[0].bytes.empty()) << "lists leave the bytes out";

  auto stored = store_->LoadAdoptedDocument(p.id, 1, "pdf");
  ASSERT_TRUE(stored.ok()) << stored.error().Describe();
  EXPECT_EQ(stored.value().bytes, pdf);
  EXPECT_EQ(stored.value().sha256.size(), 64u);
  EXPECT_EQ(store_->LoadAdoptedDocument(p.id, 2, "pdf").error().code(), ErrorCode::kNotFound);
  EXPECT_EQ(store_->LoadAdoptedContent(p.id, 1).value(), R"([{"kind":"goal"}])");
  EXPECT_EQ(store_->ListPlanYears(ids_["VOF"]).value()[0].status, PlanStatus::kAdopted);

  // A revision: back to utkast, för beslut again, and the second decision is revision 2
  // while the first's documents stay.
  int version = store_->ListPlanYears(ids_["VOF"]).value()[0].version;
  version = store_->SetPlanStatus(p.id, PlanStatus::kDraft, version, "hr").value().version;
  version = store_->SetPlanStatus(p.id, PlanStatus::kForDecision, version, "hr").value().version;
  auto second = store_->AdoptPlan(p.id, version, {"Socialnämnden", {2027, 9, 20}, "112", ""},
                                  {{"pdf", "plan.pdf", "application/pdf", "", 0, "%PDF-2"}}, "[]", "hr");
  ASSERT_TRUE(second.ok()) << second.error().Describe();
  EXPECT_EQ(second.value().revision, 2);
  EXPECT_EQ(store_->LoadAdoptedDocument(p.id, 1, "pdf").value().bytes, pdf);
  EXPECT_EQ(store_->ListAdoptions(p.id).value()[0].revision, 2) << "newest first";
}

}  // namespace
}  // namespace kplan::store
