// Uppföljning (indicators assessed Röd/Grön, seed 000) and
// Successionsplanering (key positions, seed 004).

#include <algorithm>

#include "kplan/core/followup_goal.hpp"
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

// "Riket 6,9 %; kommun 1280 7,1 %".
std::string JoinComparisons(const std::vector<std::string>& values) {
  std::string out;
  for (const std::string& v : values) out += (out.empty() ? "" : "; ") + v;
  return out;
}

// A goal of the plan (or none: "Övriga indikatorer") with its indicators.
struct GoalGroup {
  const Goal* goal = nullptr;
  std::vector<const IndicatorPlan*> indicators;
};

// The plan's goals in the order of the målsättningar they serve (then those
// serving none), each with its indicators; indicators of no goal of the plan
// last, as the seeds put "övriga".
std::vector<GoalGroup> ByGoal(const UnitPlan& plan) {
  std::vector<const Goal*> goals;
  for (const Goal& parent : plan.inherited_goals) {
    for (const Goal& g : plan.goals) {
      if (g.parent_id == parent.id) goals.push_back(&g);
    }
  }
  for (const Goal& g : plan.goals) {
    if (std::find(goals.begin(), goals.end(), &g) == goals.end()) goals.push_back(&g);
  }
  std::vector<GoalGroup> groups;
  for (const Goal* g : goals) groups.push_back({g, {}});
  GoalGroup other;
  for (const IndicatorPlan& i : plan.indicators) {
    auto it = std::find_if(groups.begin(), groups.end(),
                           [&](const GoalGroup& g) { return g.goal->title == i.indicator.goal; });
    (it == groups.end() ? other : *it).indicators.push_back(&i);
  }
  if (!other.indicators.empty()) groups.push_back(std::move(other));
  return groups;
}

const Goal* FindGoal(const std::vector<Goal>& goals, std::optional<std::int64_t> id) {
  for (const Goal& g : goals) {
    if (id && g.id == *id) return &g;
  }
  return nullptr;
}

// "Bedömning av målet: Grön (manuell)" and, for a manual one, why.
void AddGoalAssessment(Document& doc, const Goal& goal, const std::vector<Assessment>& indicators) {
  const GoalAssessment a = AssessGoal(goal, indicators);
  std::string line = std::string(msg::kGoalAssessment) + ": " + std::string(AssessmentLabel(a.assessment));
  if (a.manual) line += " (" + std::string(msg::kManual) + ")";
  doc.AddParagraph(std::move(line));
  if (a.manual && !goal.assessment_comment.empty()) {
    doc.AddParagraph(goal.assessment_comment, ParagraphStyle::kUserText);
  }
}

}  // namespace

// Seed 000's shape: per goal its indicators with target, outcome and
// Röd/Grön (a manual one marked as such), then the comments that explain
// them; next year's target in its own column when one is set.
void AddFollowupSection(BuildContext& ctx, const UnitPlan& plan, int level) {
  ctx.Section(msg::kUppfoljning, plan, level);
  Document& doc = ctx.doc;
  if (plan.indicators.empty() && plan.goals.empty()) {
    doc.AddParagraph(std::string(msg::kNoIndicators), ParagraphStyle::kNote);
    return;
  }
  doc.AddParagraph(std::string(msg::kFollowupIntro));
  const int sub = std::min(level + 1, 3);
  if (!plan.inherited_goals.empty()) {
    doc.AddHeading(sub, std::string(msg::kKommunGoals));
    doc.AddParagraph(std::string(msg::kKommunGoalsIntro));
    std::vector<std::string> titles;
    for (const Goal& g : plan.inherited_goals) titles.push_back(g.title);
    doc.AddBullets(std::move(titles));
  }
  const bool next_year = std::any_of(plan.indicators.begin(), plan.indicators.end(),
                                     [](const IndicatorPlan& i) { return i.next_target.has_value(); });
  const bool compared = std::any_of(plan.indicators.begin(), plan.indicators.end(),
                                    [](const IndicatorPlan& i) { return !i.comparisons.empty(); });
  const std::vector<GoalGroup> groups = ByGoal(plan);
  const bool any_goal = !plan.goals.empty();
  int green = 0, red = 0, none = 0;
  for (const GoalGroup& group : groups) {
    if (any_goal) doc.AddHeading(sub, group.goal ? group.goal->title : std::string(msg::kOtherIndicators));
    if (group.goal) {
      if (const Goal* parent = FindGoal(plan.inherited_goals, group.goal->parent_id)) {
        doc.AddParagraph(std::string(msg::kServes) + ": " + parent->title);
      }
      if (!group.goal->area.empty()) doc.AddParagraph(std::string(msg::kGoalArea) + ": " + group.goal->area);
      AddUserText(doc, group.goal->description, sub, std::string(msg::kTextSheet), group.goal->title + ": ");
    }
    std::vector<Assessment> assessed;
    if (!group.indicators.empty()) {
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
      if (compared) {
        t.header.push_back(std::string(msg::kComparison));
        t.numeric.push_back(false);
        t.widths.push_back(1.3);
      }
      std::vector<std::string> comments, computed;
      for (const IndicatorPlan* i : group.indicators) {
        const IndicatorAssessment a = AssessIndicator(i->indicator);
        assessed.push_back(a.final);
        (a.final == Assessment::kGreen ? green : a.final == Assessment::kRed ? red : none) += 1;
        const Indicator& ind = i->indicator;
        std::vector<Cell> row{TextCell(ind.name), TextCell(i->unit_code),
                              TextCell(ind.period.empty() ? "–" : ind.period),
                              TextCell(DescribeTarget(ind.target, ind.unit)), ValueCell(ind.outcome, ind.unit),
                              ValueCell(ind.previous, ind.unit), AssessmentCell(a)};
        if (next_year) row.push_back(TextCell(i->next_target ? DescribeTarget(*i->next_target, ind.unit) : "–"));
        if (compared) row.push_back(TextCell(i->comparisons.empty() ? "–" : JoinComparisons(i->comparisons)));
        t.rows.push_back(std::move(row));
        if (!i->comment.empty()) comments.push_back(ind.name + ": " + i->comment);
        if (i->computed) computed.push_back(ind.name);
      }
      doc.AddTable(std::move(t));
      if (!computed.empty()) {
        doc.AddParagraph(std::string(msg::kComputedFromRegister) + " " + JoinWithOch(computed) + ".",
                         ParagraphStyle::kNote);
      }
      if (!comments.empty()) {
        doc.AddParagraph(std::string(msg::kComments));
        for (std::string& c : comments) doc.AddParagraph(std::move(c), ParagraphStyle::kUserText);
      }
    }
    if (group.goal) {
      std::vector<std::string> activities;
      for (const Activity& a : plan.activities) {
        if (std::find(a.goal_ids.begin(), a.goal_ids.end(), group.goal->id) != a.goal_ids.end()) {
          activities.push_back(a.title);
        }
      }
      if (!activities.empty()) {
        doc.AddParagraph(std::string(msg::kGoalActivities));
        doc.AddBullets(std::move(activities));
      }
      AddGoalAssessment(doc, *group.goal, assessed);
    }
  }
  if (!plan.indicators.empty()) {
    doc.AddParagraph("Av " + std::to_string(plan.indicators.size()) + " indikatorer bedöms " +
                     std::to_string(green) + " som Grön (uppnått), " + std::to_string(red) +
                     " som Röd (ej uppnått) och " + std::to_string(none) + " är ej bedömda.");
  }
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
