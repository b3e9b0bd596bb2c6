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

// The indicators of one goal (or of none), in the order the plan lists them.
struct GoalGroup {
  std::string goal;
  std::vector<const IndicatorPlan*> indicators;
};

std::vector<GoalGroup> ByGoal(const std::vector<IndicatorPlan>& indicators) {
  std::vector<GoalGroup> groups;
  for (const IndicatorPlan& i : indicators) {
    auto it = std::find_if(groups.begin(), groups.end(),
                           [&](const GoalGroup& g) { return g.goal == i.indicator.goal; });
    if (it == groups.end()) it = groups.insert(groups.end(), GoalGroup{i.indicator.goal, {}});
    it->indicators.push_back(&i);
  }
  // Indicators without a goal last, as the seeds put "övriga".
  std::stable_partition(groups.begin(), groups.end(), [](const GoalGroup& g) { return !g.goal.empty(); });
  return groups;
}

}  // namespace

// Seed 000's shape: per goal its indicators with target, outcome and
// Röd/Grön (a manual one marked as such), then the comments that explain
// them; next year's target in its own column when one is set.
void AddFollowupSection(BuildContext& ctx, const UnitPlan& plan, int level) {
  ctx.Section(msg::kUppfoljning, plan, level);
  Document& doc = ctx.doc;
  if (plan.indicators.empty()) {
    doc.AddParagraph(std::string(msg::kNoIndicators), ParagraphStyle::kNote);
    return;
  }
  doc.AddParagraph(std::string(msg::kFollowupIntro));
  const bool next_year = std::any_of(plan.indicators.begin(), plan.indicators.end(),
                                     [](const IndicatorPlan& i) { return i.next_target.has_value(); });
  const std::vector<GoalGroup> groups = ByGoal(plan.indicators);
  const bool any_goal = !groups.front().goal.empty();
  int green = 0, red = 0, none = 0;
  for (const GoalGroup& group : groups) {
    if (any_goal) {
      doc.AddHeading(std::min(level + 1, 3), group.goal.empty() ? std::string(msg::kOtherIndicators) : group.goal);
    }
    Table t;
    t.sheet = "Uppföljning " + plan.unit.code;
    t.header = {std::string(msg::kIndicator), std::string(msg::kUnit), std::string(msg::kPeriod),
                std::string(msg::kTarget), std::string(msg::kOutcome), std::string(msg::kPrevious),
                std::string(msg::kAssessment)};
    t.numeric = {false, false, false, false, true, true, false};
    t.widths = {1.6, 0.6, 0.6, 1.0, 0.8, 0.95, 1.15};
    if (next_year) {
      t.header.push_back(std::string(msg::kTarget) + " " + std::to_string(plan.year + 1));
      t.numeric.push_back(false);
      t.widths.push_back(0.95);
    }
    std::vector<std::string> comments;
    for (const IndicatorPlan* i : group.indicators) {
      const IndicatorAssessment a = AssessIndicator(i->indicator);
      (a.final == Assessment::kGreen ? green : a.final == Assessment::kRed ? red : none) += 1;
      const Indicator& ind = i->indicator;
      std::vector<Cell> row{TextCell(ind.name), TextCell(i->unit_code),
                            TextCell(ind.period.empty() ? "–" : ind.period),
                            TextCell(DescribeTarget(ind.target, ind.unit)), ValueCell(ind.outcome, ind.unit),
                            ValueCell(ind.previous, ind.unit), AssessmentCell(a)};
      if (next_year) row.push_back(TextCell(i->next_target ? DescribeTarget(*i->next_target, ind.unit) : "–"));
      t.rows.push_back(std::move(row));
      if (!i->comment.empty()) comments.push_back(ind.name + ": " + i->comment);
    }
    doc.AddTable(std::move(t));
    if (!comments.empty()) {
      doc.AddParagraph(std::string(msg::kComments));
      for (std::string& c : comments) doc.AddParagraph(std::move(c), ParagraphStyle::kUserText);
    }
  }
  doc.AddParagraph("Av " + std::to_string(plan.indicators.size()) + " indikatorer bedöms " +
                   std::to_string(green) + " som Grön (uppnått), " + std::to_string(red) +
                   " som Röd (ej uppnått) och " + std::to_string(none) + " är ej bedömda.");
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
