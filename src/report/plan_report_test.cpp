// The plan document built from hand-made data: seed 001's Sektionschef
// (Malmö) must come out with the published gaps, the
// sections must appear when they have content, a plan year with nothing must
// say so, and a roll-up must have a part per förvaltning.

#include "kplan/report/plan_report.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "kplan/core/risk.hpp"
#include "kplan/report/renderers.hpp"

namespace kplan::report {
namespace {

UnitPlan Sektionschef(const std::string& code, const std::string& name) {
  UnitPlan plan;
  plan.unit.id = 1;
  plan.unit.code = code;
  plan.unit.name = name;
  plan.unit.kind = OrgUnitKind::kForvaltning;
  plan.year = 2019;
  plan.levels = {"Viss", "God", "Hög", "Mycket hög"};
  plan.horizons = {2, 5};
  plan.growth = {0.026, 0.067};
  CategoryPlan c;
  c.name = "Sektionschef";
  c.inventory = {17, 39, 46, 14};
  NeedParameters need;
  need.category = "Sektionschef";
  need.base = 117;
  need.horizons = {{2, 0.026, {7, 28, 50, 15}}, {5, 0.067, {7, 28, 50, 15}}};
  c.need = need;
  plan.categories.push_back(c);
  plan.texts[{"kompetensgap", "Sektionschef"}] = "Behovet bedöms vara att bibehålla bemanningen.";
  return plan;
}

const Table* FindTable(const Document& doc, const std::string& sheet, const std::string& caption_start) {
  for (const Block& b : doc.blocks) {
    if (const auto* t = std::get_if<Table>(&b)) {
      if (t->sheet == sheet && t->caption.rfind(caption_start, 0) == 0) return t;
    }
  }
  return nullptr;
}

bool HasParagraph(const Document& doc, const std::string& text) {
  for (const Block& b : doc.blocks) {
    if (const auto* p = std::get_if<Paragraph>(&b)) {
      if (p->text.find(text) != std::string::npos) return true;
    }
  }
  return false;
}

std::vector<std::string> HeadingTexts(const Document& doc, int level) {
  std::vector<std::string> out;
  for (const Heading* h : doc.Headings()) {
    if (h->level == level) out.push_back(h->text);
  }
  return out;
}

TEST(PlanDocument, SeedOneSektionschefHasThePublishedGaps) {
  PlanData data;
  data.municipality = "Malmö stad";
  data.year = 2019;
  data.main = Sektionschef("ASF", "Arbetsmarknads- och socialförvaltningen");
  const Document doc = BuildPlanDocument(data, {2026, 1, 12});
  const Table* gap = FindTable(doc, "Kompetensgap ASF", "Sektionschef");
  ASSERT_NE(gap, nullptr);
  auto row = [&](const std::string& label) -> std::vector<double> {
    for (const auto& r : gap->rows) {
      if (r[0].text == label) {
        std::vector<double> v;
        for (std::size_t c = 1; c < r.size(); ++c) v.push_back(r[c].number.value_or(-999));
        return v;
      }
    }
    return {};
  };
  EXPECT_EQ(row("Gap 2 år"), (std::vector<double>{9, 5, -14, -4, -4}));
  EXPECT_EQ(row("Gap 5 år"), (std::vector<double>{8, 4, -16, -5, -9}));
  EXPECT_EQ(row("Tillgång"), (std::vector<double>{17, 39, 46, 14, 116}));
  EXPECT_TRUE(HasParagraph(doc, "Viss 7 %, God 28 %, Hög 50 %, Mycket hög 15 %"));
  EXPECT_TRUE(HasParagraph(doc, "Behovet bedöms vara att bibehålla bemanningen."));
  // Kompetensmål: the quantitative goals 4 and 9, and the moves sentence.
  const Table* goals = FindTable(doc, "Kompetensmål ASF", "");
  ASSERT_NE(goals, nullptr);
  ASSERT_EQ(goals->rows.size(), 2u);
  EXPECT_EQ(goals->rows[0][3].number, 4);
  EXPECT_EQ(goals->rows[1][3].number, 9);
  EXPECT_NE(goals->rows[0][5].text.find("förflyttningar"), std::string::npos);
}

// Seed 001's shape: gap analysis with goals, moves, risks and activities. The
// sections that have content appear; modules without any (no register, no
// indicators, no succession) leave no empty heading behind.
TEST(PlanDocument, GapAnalysisPlanHasItsSectionsAndNoEmptyOnes) {
  PlanData data;
  data.municipality = "Malmö stad";
  data.year = 2019;
  data.main = Sektionschef("ASF", "Arbetsmarknads- och socialförvaltningen");
  Risk risk;
  risk.category = "Sektionschef";
  risk.operations_consequence = risk.operations_probability = 2;
  risk.work_environment_consequence = risk.work_environment_probability = 2;
  data.main.risks = {risk};
  Activity activity;
  activity.unit_code = "ASF";
  activity.area = "Attrahera";
  activity.title = "Chefsprogram";
  data.main.activities = {activity};
  const Document doc = BuildPlanDocument(data, {2026, 1, 12});
  EXPECT_EQ(HeadingTexts(doc, 1),
            (std::vector<std::string>{"Inledning", "Sammanfattning", "Kompetensgap", "Kompetensmål", "Riskanalys",
                                      "Aktivitetsplan"}));
  EXPECT_TRUE(HasParagraph(doc, "Planen innehåller kompetensgap, kompetensmål, riskanalys och aktivitetsplan."));
  EXPECT_TRUE(HasParagraph(doc, "det finns ingen kartläggning för föregående år"));
  EXPECT_FALSE(HasParagraph(doc, "Inga indikatorer är registrerade."));
  EXPECT_EQ(doc.file_stem, "kompetensforsorjningsplan-ASF-2019");
}

// An activity carried on from last year's plan is one record; this year's
// plan says where it began.
TEST(PlanDocument, ACarriedOnActivitySaysWhichYearItContinuesFrom) {
  PlanData data;
  data.year = 2025;
  data.main.unit.code = "VOF";
  data.main.unit.name = "Vård- och omsorgsförvaltningen";
  data.main.year = 2025;
  Activity carried;
  carried.area = "Utveckla";
  carried.title = "Språkombud";
  carried.years = YearSpan{2024, 2025};
  Activity fresh = carried;
  fresh.title = "Heltidsresan";
  fresh.years = YearSpan{2025, std::nullopt};
  data.main.activities = {carried, fresh};
  const Document doc = BuildPlanDocument(data, {2025, 3, 1});
  const Table* table = FindTable(doc, "Aktivitetsplan VOF", "Utveckla");
  ASSERT_NE(table, nullptr);
  ASSERT_EQ(table->rows.size(), 2u);
  EXPECT_EQ(table->rows[0][0].text, "Språkombud (fortsätter från 2024)");
  EXPECT_EQ(table->rows[1][0].text, "Heltidsresan");
}

// Seed 000's shape: goals and their indicators, no kartläggning at all.
TEST(PlanDocument, FollowUpOnlyPlanIsAWholeDocument) {
  PlanData data;
  data.municipality = "Trelleborgs kommun";
  data.year = 2023;
  data.main.unit.code = "KLF";
  data.main.unit.name = "Kommunledningsförvaltningen";
  data.main.year = 2023;
  Goal goal;
  goal.title = "Attraktiv arbetsgivare";
  data.main.goals = {goal};
  Indicator puls;
  puls.goal = goal.title;
  puls.name = "PULS";
  puls.period = "2023";
  puls.outcome = 7.7;
  data.main.indicators = {{"KLF", puls}};
  const Document doc = BuildPlanDocument(data, {2026, 1, 12});
  EXPECT_EQ(HeadingTexts(doc, 1), (std::vector<std::string>{"Inledning", "Sammanfattning", "Kompetensmål", "Uppföljning"}));
  EXPECT_TRUE(HasParagraph(doc, "Planen innehåller kompetensmål och uppföljning."));
  EXPECT_FALSE(HasParagraph(doc, "kompetensgap, som redovisas per yrkeskategori"));  // no gap method text
  EXPECT_FALSE(HasParagraph(doc, "Ingen kartläggning"));
  // The goals are the section, not a "Mål" under a gap; the follow-up is per goal.
  EXPECT_EQ(HeadingTexts(doc, 2), (std::vector<std::string>{"Attraktiv arbetsgivare"}));
}

// Seed 000's follow-up as the board reads it: per goal its indicators, a
// manual assessment marked as such, the comments that explain them, and next
// year's target in a column of its own; indicators without a goal last.
TEST(PlanDocument, FollowUpIsPerGoalWithCommentsAndNextYearsTarget) {
  PlanData data;
  data.year = 2023;
  data.main.unit.code = "SOC";
  data.main.unit.name = "Socialförvaltningen";
  data.main.year = 2023;
  IndicatorPlan loose;
  loose.unit_code = "SOC";
  loose.indicator.name = "Sjukfrånvaro";
  loose.indicator.unit = "%";
  loose.indicator.period = "2023";
  loose.indicator.target = TargetRule::AtMost(8.55);
  loose.indicator.outcome = 8.46;
  IndicatorPlan puls;
  puls.unit_code = "SOC";
  puls.indicator.goal = "Attraktiv konkurrenskraftig arbetsgivare";
  puls.indicator.name = "PULS";
  puls.indicator.period = "2023";
  puls.indicator.target = TargetRule::AtLeast(8);
  puls.indicator.outcome = 7.7;
  puls.comment = "Över 7 är grönt i PULS.";
  puls.indicator.manual = ManualAssessment{Assessment::kGreen, puls.comment};
  puls.next_target = TargetRule::AtLeast(8.2);
  data.main.indicators = {loose, puls};
  Goal goal;
  goal.title = "Attraktiv konkurrenskraftig arbetsgivare";
  data.main.goals = {goal};
  const Document doc = BuildPlanDocument(data, {2026, 1, 12});
  EXPECT_EQ(HeadingTexts(doc, 2),
            (std::vector<std::string>{"Attraktiv konkurrenskraftig arbetsgivare", "Övriga indikatorer"}));
  EXPECT_TRUE(HasParagraph(doc, "Bedömning av målet: Grön"));
  std::vector<const Table*> tables;
  for (const Block& b : doc.blocks) {
    if (const auto* t = std::get_if<Table>(&b); t && t->sheet == "Uppföljning SOC") tables.push_back(t);
  }
  ASSERT_EQ(tables.size(), 2u);
  EXPECT_EQ(tables[0]->header.back(), "Målvärde 2024");
  ASSERT_EQ(tables[0]->rows.size(), 1u);
  const std::vector<Cell>& row = tables[0]->rows[0];
  EXPECT_EQ(row[0].text, "PULS");
  EXPECT_EQ(row[3].text, "minst 8");
  EXPECT_EQ(row[6].text, "Grön (manuell)");
  EXPECT_EQ(row[7].text, "minst 8,2");
  EXPECT_EQ(tables[1]->rows[0][0].text, "Sjukfrånvaro");
  EXPECT_EQ(tables[1]->rows[0][7].text, "–");  // no target set for 2024
  EXPECT_TRUE(HasParagraph(doc, "PULS: Över 7 är grönt i PULS."));
  EXPECT_TRUE(HasParagraph(doc, "Av 2 indikatorer bedöms 2 som Grön"));
}

// Issue 15: an indicator compared with riket and another kommun shows
// Kolada's values in its own column, and one fed by the register says so.
TEST(PlanDocument, FollowUpShowsKoladaComparisonAndComputedOutcomes) {
  PlanData data;
  data.year = 2025;
  data.main.unit.code = "VOF";
  data.main.unit.name = "Vård- och omsorgsförvaltningen";
  data.main.year = 2025;
  IndicatorPlan sick;
  sick.unit_code = "VOF";
  sick.indicator.name = "Sjukfrånvaro";
  sick.indicator.unit = "%";
  sick.indicator.period = "2025";
  sick.indicator.outcome = 8.1;
  sick.computed = true;
  sick.comparisons = {"Riket 6,9 %", "kommun 1280 7,1 %"};
  IndicatorPlan enps;
  enps.unit_code = "VOF";
  enps.indicator.name = "eNPS";
  enps.indicator.period = "2025";
  enps.indicator.outcome = 18;
  data.main.indicators = {sick, enps};
  const Document doc = BuildPlanDocument(data, {2026, 1, 12});
  const Table* table = nullptr;
  for (const Block& b : doc.blocks) {
    if (const auto* t = std::get_if<Table>(&b); t && t->sheet == "Uppföljning VOF") table = t;
  }
  ASSERT_NE(table, nullptr);
  EXPECT_EQ(table->header.back(), "Jämförelse (Kolada)");
  ASSERT_EQ(table->rows.size(), 2u);
  EXPECT_EQ(table->rows[0].back().text, "Riket 6,9 %; kommun 1280 7,1 %");
  EXPECT_EQ(table->rows[1].back().text, "–");
  EXPECT_TRUE(HasParagraph(doc, "Utfallet är beräknat från personalregistret för Sjukfrånvaro."));
}

// Seed 000's frame: the kommun's four målsättningar listed in every
// förvaltning's plan, each goal under the one it serves with its strategic
// area; a goal without a measurement judged by hand, with the reason.
TEST(PlanDocument, GoalsServeTheKommunsMalsattningarAndMayBeJudgedByHand) {
  PlanData data;
  data.year = 2023;
  data.main.unit.code = "SOC";
  data.main.unit.name = "Socialförvaltningen";
  data.main.year = 2023;
  Goal attractive, leaders;
  attractive.id = 1;
  attractive.title = "Trelleborgs kommun arbetar för att vara en attraktiv arbetsgivare";
  leaders.id = 2;
  leaders.title = "Trelleborgs kommun arbetar för att ha chefer och ledare som verkar för hälsa";
  data.main.inherited_goals = {attractive, leaders};
  Goal health;
  health.id = 11;
  health.title = "Hälsa, hållbarhet och god arbetsmiljö";
  health.parent_id = 2;
  health.area = "Behålla";
  health.manual_assessment = "red";
  health.assessment_comment = "Ingen medarbetarundersökning under 2023.";
  Goal employer;
  employer.id = 10;
  employer.title = "Attraktiv konkurrenskraftig arbetsgivare";
  employer.parent_id = 1;
  data.main.goals = {health, employer};
  IndicatorPlan enps;
  enps.unit_code = "SOC";
  enps.indicator.goal = employer.title;
  enps.indicator.name = "eNPS";
  enps.indicator.period = "2023";
  enps.indicator.target = TargetRule::AtLeast(10);
  enps.indicator.outcome = 18;
  data.main.indicators = {enps};
  Activity ambassadors;
  ambassadors.title = "Ambassadörer på arbetsmarknadsdagar";
  ambassadors.area = "Attrahera";
  ambassadors.goal_ids = {employer.id};
  data.main.activities = {ambassadors};
  const Document doc = BuildPlanDocument(data, {2024, 2, 1});
  // The målsättningar first, then the goals in their order, not as entered
  // (after the Aktivitetsplan's area).
  EXPECT_EQ(HeadingTexts(doc, 2), (std::vector<std::string>{"Attrahera", "Kommunövergripande målsättningar",
                                                            "Attraktiv konkurrenskraftig arbetsgivare",
                                                            "Hälsa, hållbarhet och god arbetsmiljö"}));
  bool listed = false;
  for (const Block& b : doc.blocks) {
    if (const auto* list = std::get_if<BulletList>(&b)) listed = listed || list->items.size() == 2;
  }
  EXPECT_TRUE(listed);
  EXPECT_TRUE(HasParagraph(doc, "Utgår från målsättningen: Trelleborgs kommun arbetar för att ha chefer"));
  EXPECT_TRUE(HasParagraph(doc, "Strategiskt område: Behålla"));
  EXPECT_TRUE(HasParagraph(doc, "Bedömning av målet: Grön"));
  EXPECT_TRUE(HasParagraph(doc, "Bedömning av målet: Röd (manuell)"));
  EXPECT_TRUE(HasParagraph(doc, "Ingen medarbetarundersökning under 2023."));
  // The activity is listed under the goal it works towards.
  EXPECT_TRUE(HasParagraph(doc, "Aktiviteter som arbetar mot målet:"));
  bool under_goal = false;
  for (const Block& b : doc.blocks) {
    if (const auto* list = std::get_if<BulletList>(&b)) {
      under_goal = under_goal || (list->items == std::vector<std::string>{"Ambassadörer på arbetsmarknadsdagar"});
    }
  }
  EXPECT_TRUE(under_goal);
}

// Seed 004's shape: a chapter per department after Nuläge, with the same
// sub-headings in each, and the common challenges written once, last.
TEST(PlanDocument, OwnChaptersStandAfterTheirSectionInOrder) {
  PlanData data;
  data.year = 2024;
  data.main.unit.code = "HAS";
  data.main.unit.name = "Hägersten-Älvsjö stadsdelsförvaltning";
  data.main.figures = KeyFigures{};
  data.main.figures->headcount = 120;
  const auto chapter = [](std::string title, std::string after, int position) {
    PlanChapter c;
    c.title = std::move(title);
    c.after = std::move(after);
    c.position = position;
    c.text = "## Uppgifter\n\nText.\n\n## Attrahera och rekrytera\n\n- Traineeprogram\n";
    return c;
  };
  // Given out of order: the builder keeps the loaded order (by position, the store's).
  data.main.chapters = {chapter("Avdelningen för förskola", "nulage", 1),
                        chapter("Avdelningen för äldreomsorg", "nulage", 2),
                        chapter("Gemensamma utmaningar", "", 0)};
  const Document doc = BuildPlanDocument(data, {2026, 1, 12});
  EXPECT_EQ(HeadingTexts(doc, 1), (std::vector<std::string>{"Inledning", "Nuläge", "Avdelningen för förskola",
                                                            "Avdelningen för äldreomsorg", "Gemensamma utmaningar"}));
  EXPECT_EQ(HeadingTexts(doc, 2),
            (std::vector<std::string>{"Uppgifter", "Attrahera och rekrytera", "Uppgifter", "Attrahera och rekrytera",
                                      "Uppgifter", "Attrahera och rekrytera"}));
  bool list = false;
  for (const Block& b : doc.blocks) list = list || std::holds_alternative<BulletList>(b);
  EXPECT_TRUE(list);
}

// A plan year holding only a chapter is no empty plan.
TEST(PlanDocument, AChapterAloneIsContent) {
  PlanData data;
  data.year = 2024;
  data.main.unit.code = "LKP";
  data.main.unit.name = "Linköpings kommun";
  PlanChapter c;
  c.title = "Verksamheternas utmaningar och trender";
  c.text = "Digitaliseringen förändrar arbetet.";
  data.main.chapters = {c};
  const Document doc = BuildPlanDocument(data, {2026, 1, 12});
  EXPECT_EQ(HeadingTexts(doc, 1),
            (std::vector<std::string>{"Inledning", "Verksamheternas utmaningar och trender"}));
  EXPECT_FALSE(HasParagraph(doc, "Planåret innehåller ännu ingenting"));
  EXPECT_TRUE(HasParagraph(doc, "Digitaliseringen förändrar arbetet."));
}

// A text the users wrote brings its section even when the module is empty.
TEST(PlanDocument, UsersTextBringsItsSection) {
  PlanData data;
  data.year = 2024;
  data.main.unit.code = "SOC";
  data.main.unit.name = "Socialförvaltningen";
  data.main.texts[{"riskanalys", ""}] = "Riskerna bedöms på ledningsgruppens dag i mars.";
  const Document doc = BuildPlanDocument(data, {2026, 1, 12});
  EXPECT_EQ(HeadingTexts(doc, 1), (std::vector<std::string>{"Inledning", "Riskanalys"}));
  EXPECT_TRUE(HasParagraph(doc, "Riskerna bedöms på ledningsgruppens dag i mars."));
  EXPECT_TRUE(HasParagraph(doc, "Ingen riskanalys är gjord för året."));
}

// A plan year with nothing in it still gives a document, and it says so.
TEST(PlanDocument, EmptyPlanYearGivesADocumentThatSaysSo) {
  PlanData data;
  data.municipality = "Exempelby kommun";
  data.year = 2027;
  data.main.unit.code = "NY";
  data.main.unit.name = "Nya förvaltningen";
  const Document doc = BuildPlanDocument(data, {2026, 1, 12});
  EXPECT_EQ(HeadingTexts(doc, 1), (std::vector<std::string>{"Inledning"}));
  EXPECT_TRUE(HasParagraph(doc, "Planåret innehåller ännu ingenting"));
  EXPECT_TRUE(RenderPdf(doc).ok());
  EXPECT_TRUE(RenderDocx(doc).ok());
  EXPECT_TRUE(RenderXlsx(doc).ok());
}

// Seed 001's one serious risk, Allvarlig × Hög = 9: red on paper, as the API
// classes it "high" (core/risk.hpp; server's risk_dto_test.cpp checks the JSON).
// The screen used to call 9 "mid" (>= 12 / >= 8).
TEST(PlanDocument, RiskValueNineIsHighRiskAsOnScreen) {
  PlanData data;
  data.year = 2021;
  data.main = Sektionschef("ASF", "Arbetsmarknads- och socialförvaltningen");
  Risk serious;
  serious.category = "Socialsekreterare myndighet barn och unga";
  serious.year = 2021;
  serious.operations_consequence = 3;
  serious.operations_probability = 3;
  serious.work_environment_consequence = 3;
  serious.work_environment_probability = 3;
  Risk mild = serious;
  mild.category = "Sektionschef";
  mild.operations_consequence = mild.work_environment_consequence = 2;
  mild.operations_probability = mild.work_environment_probability = 4;  // 8
  data.main.risks = {serious, mild};
  const Document doc = BuildPlanDocument(data, {2026, 1, 12});
  const Table* risks = FindTable(doc, "Riskanalys ASF", "");
  ASSERT_NE(risks, nullptr);
  ASSERT_EQ(risks->rows.size(), 2u);
  EXPECT_EQ(risks->rows[0][5].number, 9);
  EXPECT_EQ(risks->rows[0][5].tone, CellTone::kRed);
  EXPECT_EQ(ClassifyRisk(9), RiskClass::kHigh);
  EXPECT_EQ(risks->rows[1][5].number, 8);
  EXPECT_EQ(risks->rows[1][5].tone, CellTone::kAmber);
  EXPECT_TRUE(HasParagraph(doc, "Riskvärde 1–3 är låg risk, 4–8 är medel och 9–16 är hög."));
}

TEST(PlanDocument, ChangeSinceLastYearIsPhrased) {
  PlanData data;
  data.year = 2019;
  data.main = Sektionschef("ASF", "ASF");
  data.main.has_previous_year = true;
  data.main.categories[0].previous_inventory = PerLevel{17, 39, 46, 14};
  NeedParameters last = *data.main.categories[0].need;
  last.horizons = {{2, 0.026, {5, 25, 50, 20}}, {5, 0.067, {5, 25, 50, 20}}};
  data.main.categories[0].previous_need = last;
  const Document doc = BuildPlanDocument(data, {2026, 1, 12});
  EXPECT_TRUE(HasParagraph(doc, "Förändring av kompetensgap på 2 års sikt jämfört med föregående år: "));
  EXPECT_TRUE(HasParagraph(doc, "mycket hög nivå har minskat"));
}

TEST(PlanDocument, RollupHasOverviewTablesAndAPartPerForvaltning) {
  PlanData data;
  data.municipality = "Exempelby kommun";
  data.year = 2019;
  data.rollup = true;
  data.main.unit.code = "EX";
  data.main.unit.name = "Exempelby kommun";
  data.main.year = 2019;
  data.parts = {Sektionschef("SF", "Socialförvaltningen"), Sektionschef("VOF", "Vård- och omsorgsförvaltningen")};
  const Document doc = BuildPlanDocument(data, {2026, 1, 12});
  const auto h1 = HeadingTexts(doc, 1);
  EXPECT_NE(std::find(h1.begin(), h1.end(), "Förvaltningarna i sammandrag"), h1.end());
  EXPECT_NE(std::find(h1.begin(), h1.end(), "Socialförvaltningen"), h1.end());
  EXPECT_NE(std::find(h1.begin(), h1.end(), "Vård- och omsorgsförvaltningen"), h1.end());
  const Table* gaps = FindTable(doc, "Sammandrag", "Kompetensgap per förvaltning");
  ASSERT_NE(gaps, nullptr);
  ASSERT_EQ(gaps->rows.size(), 3u);  // two förvaltningar and the total
  EXPECT_EQ(gaps->rows[2][2].number, 8);   // 4 + 4 at 2 years
  EXPECT_EQ(gaps->rows[2][3].number, 18);  // 9 + 9 at 5 years
  EXPECT_NE(FindTable(doc, "Kompetensgap SF", "Sektionschef"), nullptr);
  EXPECT_NE(FindTable(doc, "Kompetensgap VOF", "Sektionschef"), nullptr);
}

TEST(PlanDocument, RollupSaysWhichForvaltningHasNothingYet) {
  PlanData data;
  data.municipality = "Exempelby kommun";
  data.year = 2019;
  data.rollup = true;
  data.main.unit.name = "Exempelby kommun";
  UnitPlan empty;
  empty.unit.code = "KUF";
  empty.unit.name = "Kultur- och fritidsförvaltningen";
  data.parts = {Sektionschef("SF", "Socialförvaltningen"), empty};
  const Document doc = BuildPlanDocument(data, {2026, 1, 12});
  EXPECT_TRUE(HasParagraph(doc, "Förvaltningens planår innehåller ännu ingenting."));
  const auto h2 = HeadingTexts(doc, 2);
  EXPECT_EQ(std::count(h2.begin(), h2.end(), "Kompetensgap"), 1);  // Socialförvaltningen's only
}

TEST(PlanDocument, HtmlIsSelfContainedAndEscapesUserText) {
  PlanData data;
  data.year = 2019;
  data.main = Sektionschef("ASF", "ASF <test>");
  const std::string html = RenderHtml(BuildPlanDocument(data, {2026, 1, 12}));
  EXPECT_NE(html.find("ASF &lt;test&gt;"), std::string::npos);
  EXPECT_EQ(html.find("<test>"), std::string::npos);
  EXPECT_NE(html.find("<svg"), std::string::npos);
  EXPECT_NE(html.find("<thead>"), std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("http://fonts"), std::string::npos);
}

TEST(PlanDocument, EveryFormatRenders) {
  PlanData data;
  data.year = 2019;
  data.main = Sektionschef("ASF", "Arbetsmarknads- och socialförvaltningen");
  const Document doc = BuildPlanDocument(data, {2026, 1, 12});
  auto pdf = RenderPdf(doc);
  ASSERT_TRUE(pdf.ok());
  EXPECT_EQ(pdf.value().rfind("%PDF-", 0), 0u);
  auto xlsx = RenderXlsx(doc);
  ASSERT_TRUE(xlsx.ok());
  EXPECT_EQ(xlsx.value().rfind("PK", 0), 0u);
  auto docx = RenderDocx(doc);
  ASSERT_TRUE(docx.ok());
  EXPECT_EQ(docx.value().rfind("PK", 0), 0u);
}

}  // namespace
}  // namespace kplan::report
