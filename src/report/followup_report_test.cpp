// The follow-up occasion's document and the roll-up to kommunstyrelsen,
// built from hand-made data in seed 000's terms: a förvaltning goal serving a
// kommunövergripande målsättning, its indicator at the delårsrapport's
// period, its activity; the roll-up naming who has not reported.

#include "kplan/report/followup_report.hpp"

#include <gtest/gtest.h>

#include "kplan/report/kommunstyrelsen_report.hpp"

namespace kplan::report {
namespace {

std::string AllText(const Document& doc) {
  std::string out = doc.title + "\n" + doc.subtitle + "\n";
  for (const Block& b : doc.blocks) {
    if (const auto* h = std::get_if<Heading>(&b)) out += h->text + "\n";
    if (const auto* p = std::get_if<Paragraph>(&b)) out += p->text + "\n";
    if (const auto* l = std::get_if<BulletList>(&b)) {
      for (const std::string& i : l->items) out += i + "\n";
    }
    if (const auto* t = std::get_if<Table>(&b)) {
      for (const auto& row : t->rows) {
        for (const Cell& c : row) out += c.text + " | ";
        out += "\n";
      }
    }
  }
  return out;
}

PlanData Socialforvaltningen() {
  PlanData data;
  data.municipality = "Trelleborgs kommun";
  data.year = 2023;
  UnitPlan& plan = data.main;
  plan.unit.code = "SF";
  plan.unit.name = "Socialförvaltningen";
  plan.year = 2023;
  Goal kommun;
  kommun.id = 1;
  kommun.title = "Attraktiv konkurrenskraftig arbetsgivare";
  plan.inherited_goals.push_back(kommun);
  Goal goal;
  goal.id = 7;
  goal.unit_code = "SF";
  goal.title = "Mäta vårt eNPS-värde";
  goal.parent_id = 1;
  plan.goals.push_back(goal);
  IndicatorPlan enps;
  enps.unit_code = "SF";
  enps.indicator.goal = goal.title;
  enps.indicator.name = "eNPS";
  enps.indicator.period = "2023-T2";
  enps.indicator.target = TargetRule::AtLeast(15);
  enps.indicator.outcome = 18;
  enps.indicator.previous = 12;
  enps.comment = "Pulsmätningarna kom igång i maj.";
  plan.indicators.push_back(enps);
  Activity a;
  a.unit_code = "SF";
  a.title = "Ambassadörsprogrammet";
  a.status = ActivityStatus::kOngoing;
  a.goal_ids = {7};
  plan.activities.push_back(a);
  return data;
}

TEST(FollowupDocument, SaysPerGoalItsIndicatorsActivitiesAndRodGron) {
  OccasionHeader header{OccasionKind::kTertial2, 2023, {2023, 9, 15}, PlanDecision{"Socialnämnden", {2023, 3, 15}, "47", ""}};
  const Document doc = BuildFollowupDocument(Socialforvaltningen(), header, {2023, 9, 1});
  EXPECT_EQ(doc.title, "Uppföljning av kompetensförsörjningsplan för Socialförvaltningen 2023");
  const std::string text = AllText(doc);
  EXPECT_NE(text.find("Delårsrapport augusti 2023 (januari–augusti)"), std::string::npos) << text;
  EXPECT_NE(text.find("fastställdes av Socialnämnden den 2023-03-15, § 47"), std::string::npos) << text;
  EXPECT_NE(text.find("Kommunövergripande målsättning: Attraktiv konkurrenskraftig arbetsgivare"), std::string::npos);
  EXPECT_NE(text.find("eNPS | minst 15 | 18 | +6 | Grön – uppnått |"), std::string::npos) << text;
  EXPECT_NE(text.find("eNPS: Pulsmätningarna kom igång i maj."), std::string::npos);
  EXPECT_NE(text.find("Ambassadörsprogrammet | – | – | pågår |"), std::string::npos) << text;
  EXPECT_NE(text.find("Bedömning av målet: Grön – uppnått"), std::string::npos);

  const auto goals = FollowupByGoal(Socialforvaltningen().main);
  ASSERT_EQ(goals.size(), 1u);
  EXPECT_EQ(goals[0].assessment.assessment, Assessment::kGreen);
}

TEST(FollowupDocument, AnUnadoptedPlanAndAMissedTargetSaySo) {
  PlanData data = Socialforvaltningen();
  data.main.indicators[0].indicator.outcome = 10;
  const Document doc = BuildFollowupDocument(data, {OccasionKind::kYear, 2023, {2024, 2, 15}, std::nullopt}, {2024, 1, 10});
  const std::string text = AllText(doc);
  EXPECT_NE(text.find("är ännu inte fastställd"), std::string::npos);
  EXPECT_NE(text.find("Bedömning av målet: Röd – ej uppnått"), std::string::npos) << text;
  EXPECT_NE(text.find("Av 1 mål bedöms 0 som Grön (uppnått), 1 som Röd"), std::string::npos);
}

TEST(KommunstyrelsenDocument, NamesWhoHasNotReportedAndWhoHasNoAdoptedPlan) {
  KommunstyrelsenData data;
  data.municipality = "Trelleborgs kommun";
  data.year = 2023;
  ForvaltningStatus sf{"SF", "Socialförvaltningen", true, PlanStatus::kAdopted,
                       PlanDecision{"Socialnämnden", {2023, 3, 15}, "47", ""}, {}};
  sf.reporting.push_back({"SF", OccasionKind::kYear, {2024, 2, 15}, true, OccasionStatus::kSubmitted});
  ForvaltningStatus buf{"BUF", "Barn- och utbildningsförvaltningen", true, PlanStatus::kForDecision, std::nullopt, {}};
  buf.reporting.push_back({"BUF", OccasionKind::kYear, {2024, 2, 15}, false, OccasionStatus::kNotStarted});
  ForvaltningStatus klf{"KLF", "Kommunledningsförvaltningen", false, PlanStatus::kDraft, std::nullopt, {}};
  data.forvaltningar = {sf, buf, klf};
  data.malsattningar.push_back({"Attraktiv konkurrenskraftig arbetsgivare", {Assessment::kGreen, Assessment::kRed, std::nullopt}});

  ASSERT_EQ(NotReported(data).size(), 1u);
  EXPECT_EQ(NotReported(data)[0]->code, "BUF");
  ASSERT_EQ(WithoutAdoptedPlan(data).size(), 2u);
  const std::string text = AllText(BuildKommunstyrelsenDocument(data, {2024, 3, 1}));
  EXPECT_NE(text.find("inte har lämnat in sin uppföljning: Barn- och utbildningsförvaltningen."), std::string::npos) << text;
  EXPECT_NE(text.find("utan fastställd plan för 2023: Barn- och utbildningsförvaltningen och Kommunledningsförvaltningen."),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("Socialförvaltningen | Fastställd | Socialnämnden 2023-03-15, § 47 | Inlämnad (sista dag 2024-02-15) |"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("Kommunledningsförvaltningen | Inget planår | – | – |"), std::string::npos) << text;
  EXPECT_NE(text.find("Attraktiv konkurrenskraftig arbetsgivare | Grön | Röd | – |"), std::string::npos) << text;
}

}  // namespace
}  // namespace kplan::report
