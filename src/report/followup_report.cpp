// The follow-up occasion's document (followup_report.hpp), in seed 000's
// shape: the decision, the kommunövergripande målsättningar, then per goal a
// table of its indicators (Mål, Uppföljning (ev) indikator, Bedömning), the
// comments, the activities with their status, and the goal's Röd/Grön.

#include "kplan/report/followup_report.hpp"

#include <algorithm>
#include <cctype>

#include "kplan/core/activity.hpp"
#include "kplan/core/swedish_text.hpp"
#include "plan_sections.hpp"

namespace kplan::report {
namespace {

using detail::TextCell;

Cell ToneOf(Cell c, Assessment a) {
  c.tone = a == Assessment::kGreen ? CellTone::kGreen : a == Assessment::kRed ? CellTone::kRed : CellTone::kNone;
  c.bold = a != Assessment::kNotAssessed;
  return c;
}

std::string AssessmentText(Assessment a, bool manual) {
  std::string out(AssessmentLabel(a));
  if (a == Assessment::kGreen) out += " – uppnått";
  if (a == Assessment::kRed) out += " – ej uppnått";
  if (manual) out += " (manuell)";
  return out;
}

std::string Value(const std::optional<double>& v, const std::string& unit) {
  return v ? FormatWithUnit(*v, unit) : "–";
}

std::string Change(const std::optional<double>& change, const std::string& unit) {
  if (!change) return "–";
  return (*change > 0 ? "+" : "") + FormatWithUnit(*change, unit);
}

std::string Stem(const std::string& code, int year, OccasionKind kind) {
  std::string stem = "uppfoljning-";
  for (char c : code) stem += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return stem + "-" + std::to_string(year) + "-" + std::string(OccasionKindKey(kind));
}

void AddIndicatorTable(Document& doc, const GoalFollowup& g) {
  Table t;
  t.sheet = "Uppföljning";
  t.header = {"Indikator", "Målvärde", "Utfall", "Förändring", "Bedömning"};
  t.numeric = {false, false, true, true, false};
  t.widths = {2.0, 1.0, 0.8, 0.9, 1.3};
  std::vector<std::string> comments;
  for (const IndicatorPlan* i : g.indicators) {
    const Indicator& ind = i->indicator;
    const IndicatorAssessment a = AssessIndicator(ind);
    t.rows.push_back({TextCell(ind.name), TextCell(DescribeTarget(ind.target, ind.unit)),
                      TextCell(Value(ind.outcome, ind.unit)), TextCell(Change(a.change, ind.unit)),
                      ToneOf(TextCell(AssessmentText(a.final, a.manual)), a.final)});
    if (!i->comment.empty()) comments.push_back(ind.name + ": " + i->comment);
  }
  doc.AddTable(std::move(t));
  if (!comments.empty()) {
    doc.AddParagraph("Kommentarer");
    for (std::string& c : comments) doc.AddParagraph(std::move(c), ParagraphStyle::kUserText);
  }
}

void AddActivityTable(Document& doc, const GoalFollowup& g) {
  if (g.activities.empty()) return;
  Table t;
  t.sheet = "Aktiviteter";
  t.caption = "Aktiviteter för målet";
  t.header = {"Aktivitet", "Ansvarig", "Klart senast", "Status"};
  t.numeric = {false, false, false, false};
  t.widths = {2.2, 1.2, 0.9, 0.8};
  for (const Activity* a : g.activities) {
    Cell status = TextCell(std::string(ActivityStatusLabel(a->status)));
    if (a->status == ActivityStatus::kDone) status.tone = CellTone::kGreen;
    t.rows.push_back({TextCell(a->title), TextCell(a->owner.empty() ? "–" : a->owner),
                      TextCell(a->end ? FormatIsoDate(*a->end) : "–"), status});
  }
  doc.AddTable(std::move(t));
}

}  // namespace

std::vector<GoalFollowup> FollowupByGoal(const UnitPlan& plan) {
  std::vector<const Goal*> order;
  for (const Goal& parent : plan.inherited_goals) {
    for (const Goal& g : plan.goals) {
      if (g.parent_id == parent.id) order.push_back(&g);
    }
  }
  for (const Goal& g : plan.goals) {
    if (std::find(order.begin(), order.end(), &g) == order.end()) order.push_back(&g);
  }
  std::vector<GoalFollowup> out;
  for (const Goal* goal : order) {
    GoalFollowup g;
    g.goal = goal;
    for (const Goal& parent : plan.inherited_goals) {
      if (goal->parent_id == parent.id) g.parent = &parent;
    }
    std::vector<Assessment> assessed;
    for (const IndicatorPlan& i : plan.indicators) {
      if (i.indicator.goal != goal->title) continue;
      g.indicators.push_back(&i);
      assessed.push_back(AssessIndicator(i.indicator).final);
    }
    for (const Activity& a : plan.activities) {
      if (std::find(a.goal_ids.begin(), a.goal_ids.end(), goal->id) != a.goal_ids.end()) g.activities.push_back(&a);
    }
    g.assessment = AssessGoal(*goal, assessed);
    out.push_back(std::move(g));
  }
  return out;
}

Document BuildFollowupDocument(const PlanData& data, const OccasionHeader& occasion,
                               const CalendarDate& generated_on) {
  const UnitPlan& plan = data.main;
  const std::string label(OccasionKindLabel(occasion.kind));
  const std::string year = std::to_string(occasion.year);
  Document doc;
  doc.title = "Uppföljning av kompetensförsörjningsplan för " + plan.unit.name + " " + year;
  doc.subtitle = label + " " + year + " (" + std::string(OccasionMonths(occasion.kind)) + "), " + data.municipality;
  doc.file_stem = Stem(plan.unit.code, occasion.year, occasion.kind);
  doc.generated = "Framtagen " + FormatIsoDate(generated_on) + " ur Kompetensplan";

  doc.AddHeading(1, "Förvaltningens uppföljning i samband med " + ToLowerSwedish(label));
  if (occasion.decision) {
    const PlanDecision& d = *occasion.decision;
    std::string paragraph = d.paragraph.rfind("§", 0) == 0 ? d.paragraph : "§ " + d.paragraph;
    doc.AddParagraph("Kompetensförsörjningsplan för " + plan.unit.name + " " + year + " fastställdes av " +
                     d.decided_by + " den " + FormatIsoDate(d.decided_on) + ", " + paragraph +
                     (d.registration_number.empty() ? "" : " (" + d.registration_number + ")") + ".");
  } else {
    doc.AddParagraph("Kompetensförsörjningsplan för " + plan.unit.name + " " + year + " är ännu inte fastställd.",
                     ParagraphStyle::kNote);
  }
  doc.AddParagraph("Uppföljningen avser " + std::string(OccasionMonths(occasion.kind)) + " " + year + " (period " +
                   OccasionPeriod(occasion.kind, occasion.year) + ") och lämnas senast " +
                   FormatIsoDate(occasion.deadline) + ". Förvaltningen redovisar målen med indikatorer, "
                   "kommentarer och aktiviteter och bedömer varje mål: Röd – ej uppnått, Grön – uppnått.");
  if (!plan.inherited_goals.empty()) {
    doc.AddHeading(2, "Kommunövergripande målsättningar");
    std::vector<std::string> titles;
    for (const Goal& g : plan.inherited_goals) titles.push_back(g.title);
    doc.AddBullets(std::move(titles));
  }

  doc.AddHeading(1, "Uppföljning");
  const std::vector<GoalFollowup> goals = FollowupByGoal(plan);
  if (goals.empty()) {
    doc.AddParagraph("Planen har inga mål att följa upp för " + year + ".", ParagraphStyle::kNote);
  }
  int green = 0, red = 0, none = 0;
  for (const GoalFollowup& g : goals) {
    doc.AddHeading(2, g.goal->title);
    if (g.parent) doc.AddParagraph("Kommunövergripande målsättning: " + g.parent->title);
    if (g.indicators.empty()) {
      doc.AddParagraph("Målet har ingen mätbar indikator.", ParagraphStyle::kNote);
    } else {
      AddIndicatorTable(doc, g);
    }
    AddActivityTable(doc, g);
    const Assessment a = g.assessment.assessment;
    (a == Assessment::kGreen ? green : a == Assessment::kRed ? red : none) += 1;
    doc.AddParagraph("Bedömning av målet: " + AssessmentText(a, g.assessment.manual));
    if (g.assessment.manual && !g.goal->assessment_comment.empty()) {
      doc.AddParagraph(g.goal->assessment_comment, ParagraphStyle::kUserText);
    }
  }
  if (!goals.empty()) {
    doc.AddParagraph("Av " + std::to_string(goals.size()) + " mål bedöms " + std::to_string(green) +
                     " som Grön (uppnått), " + std::to_string(red) + " som Röd (ej uppnått) och " +
                     std::to_string(none) + " är ej bedömda.");
  }
  return doc;
}

}  // namespace kplan::report
