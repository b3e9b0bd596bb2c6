// Uppföljning (indicators assessed Röd/Grön, seed 000) and
// Successionsplanering (key positions, seed 004).

#include <algorithm>

#include "kplan/core/succession.hpp"
#include "kplan/core/swedish_text.hpp"
#include "plan_sections.hpp"

namespace kplan::report::detail {
namespace {

Cell AssessmentCell(const IndicatorAssessment& a) {
  Cell c = TextCell(std::string(AssessmentLabel(a.final)) + (a.manual ? " (manuell)" : ""));
  c.tone = a.final == Assessment::kGreen ? CellTone::kGreen
           : a.final == Assessment::kRed ? CellTone::kRed
                                         : CellTone::kNone;
  c.bold = a.final != Assessment::kNotAssessed;
  return c;
}

Cell ValueCell(const std::optional<double>& v, const std::string& unit) {
  if (!v) return TextCell("–");
  Cell c = TextCell(FormatWithUnit(*v, unit));
  c.number = *v;
  c.format = NumberFormat::kDecimal;
  return c;
}

// Core's label (the one the API sends); "–" for not yet judged, as in every
// empty cell of the plan's tables.
std::string Readiness(const std::string& key) {
  if (key.empty() || !IsReadinessKey(key)) return "–";
  return std::string(ReadinessLabel(key));
}

}  // namespace

void AddFollowupSection(BuildContext& ctx, const UnitPlan& plan, int level) {
  ctx.Section(msg::kUppfoljning, plan, level);
  Document& doc = ctx.doc;
  if (plan.indicators.empty()) {
    doc.AddParagraph(std::string(msg::kNoIndicators), ParagraphStyle::kNote);
    return;
  }
  doc.AddParagraph(std::string(msg::kFollowupIntro));
  int green = 0, red = 0, none = 0;
  Table t;
  t.sheet = "Uppföljning " + plan.unit.code;
  t.header = {std::string(msg::kIndicator), std::string(msg::kUnit), std::string(msg::kPeriod),
              std::string(msg::kTarget), std::string(msg::kOutcome), std::string(msg::kPrevious),
              std::string(msg::kAssessment)};
  t.numeric = {false, false, false, false, true, true, false};
  t.widths = {1.8, 0.7, 0.6, 1.0, 0.8, 0.8, 0.9};
  for (const IndicatorPlan& i : plan.indicators) {
    const IndicatorAssessment a = AssessIndicator(i.indicator);
    (a.final == Assessment::kGreen ? green : a.final == Assessment::kRed ? red : none) += 1;
    const Indicator& ind = i.indicator;
    t.rows.push_back({TextCell(ind.goal.empty() ? ind.name : ind.goal + ": " + ind.name), TextCell(i.unit_code),
                      TextCell(ind.period.empty() ? "–" : ind.period), TextCell(DescribeTarget(ind.target, ind.unit)),
                      ValueCell(ind.outcome, ind.unit), ValueCell(ind.previous, ind.unit), AssessmentCell(a)});
  }
  doc.AddParagraph("Av " + std::to_string(plan.indicators.size()) + " indikatorer bedöms " +
                   std::to_string(green) + " som Grön (uppnått), " + std::to_string(red) +
                   " som Röd (ej uppnått) och " + std::to_string(none) + " är ej bedömda.");
  doc.AddTable(std::move(t));
}

void AddSuccessionSection(BuildContext& ctx, const UnitPlan& plan, int level) {
  ctx.Section(msg::kSuccession, plan, level);
  Document& doc = ctx.doc;
  if (plan.succession.empty()) {
    doc.AddParagraph(std::string(msg::kNoSuccession), ParagraphStyle::kNote);
    return;
  }
  int without = 0;
  Table t;
  t.sheet = "Successionsplanering " + plan.unit.code;
  t.header = {std::string(msg::kPosition), std::string(msg::kUnit), std::string(msg::kIncumbent),
              std::string(msg::kRetirementYear), std::string(msg::kSuccessor), std::string(msg::kReadiness)};
  t.numeric = {false, false, false, true, false, false};
  t.widths = {1.8, 0.7, 1.0, 0.8, 1.0, 1.1};
  std::vector<const SuccessionEntry*> sorted;
  for (const auto& e : plan.succession) sorted.push_back(&e);
  std::stable_sort(sorted.begin(), sorted.end(), [](auto* a, auto* b) {
    return a->retirement_year.value_or(9999) < b->retirement_year.value_or(9999);
  });
  for (const SuccessionEntry* e : sorted) {
    if (e->successor_ref.empty() || e->readiness == "none") ++without;
    Cell year = TextCell(e->retirement_year ? std::to_string(*e->retirement_year) : "–");
    if (e->retirement_year) year.number = *e->retirement_year;
    Cell ready = TextCell(Readiness(e->readiness));
    if (e->readiness == "none" || e->successor_ref.empty()) ready.tone = CellTone::kRed;
    if (e->readiness == "ready_now") ready.tone = CellTone::kGreen;
    t.rows.push_back({TextCell(e->position_title), TextCell(e->unit_code),
                      TextCell(e->incumbent_ref.empty() ? "–" : e->incumbent_ref), year,
                      TextCell(e->successor_ref.empty() ? "–" : e->successor_ref), ready});
  }
  const std::size_t followed = plan.succession.size();
  doc.AddParagraph(std::to_string(followed) + (followed == 1 ? " nyckelbefattning följs; " : " nyckelbefattningar följs; ") +
                   std::to_string(without) + " saknar en efterträdare med beredskap.");
  doc.AddTable(std::move(t));
}

}  // namespace kplan::report::detail
