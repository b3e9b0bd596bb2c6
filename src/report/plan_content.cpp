#include "kplan/report/plan_content.hpp"

#include "kplan/core/analysis.hpp"
#include "kplan/core/plan_section.hpp"
#include "kplan/core/swedish_text.hpp"

namespace kplan::report {
namespace {

std::string Signed(std::int64_t value) {
  return value > 0 ? "+" + FormatInteger(value) : FormatInteger(value);
}

std::string SpanText(const YearSpan& span) {
  return span.last && *span.last != span.first
             ? std::to_string(span.first) + "–" + std::to_string(*span.last)
             : std::to_string(span.first);
}

std::string Key(const UnitPlan& plan, const std::string& rest) { return plan.unit.code + "|" + rest; }

void AddTexts(const UnitPlan& plan, std::vector<PlanContentItem>& out) {
  for (const auto& [key, text] : plan.texts) {
    const PlanSection* section = FindPlanSection(key.first);
    std::string label = section ? std::string(section->heading) : key.first;
    if (!key.second.empty()) label += " – " + key.second;
    out.push_back({std::string(plan_item::kText), Key(plan, key.first + "|" + key.second), label, text});
  }
  for (const PlanChapter& c : plan.chapters) {
    out.push_back({std::string(plan_item::kChapter), Key(plan, std::to_string(c.id)), c.title, c.text});
  }
}

void AddGoals(const UnitPlan& plan, std::vector<PlanContentItem>& out) {
  for (const Goal& g : plan.goals) {
    std::string value = g.description;
    if (!g.area.empty()) value += " [" + g.area + "]";
    value += " (" + SpanText(g.years) + ")";
    if (!g.manual_assessment.empty()) value += " Bedömning: " + g.manual_assessment + ", " + g.assessment_comment;
    out.push_back({std::string(plan_item::kGoal), "goal:" + std::to_string(g.id), g.title, value});
  }
  for (const IndicatorPlan& i : plan.indicators) {
    const Indicator& ind = i.indicator;
    std::string label = ind.goal.empty() ? ind.name : ind.goal + " – " + ind.name;
    std::string value = DescribeTarget(ind.target, ind.unit);
    if (i.next_target) value += "; nästa år " + DescribeTarget(*i.next_target, ind.unit);
    out.push_back({std::string(plan_item::kTarget), Key(plan, ind.goal + "|" + ind.name), label, value});
  }
}

void AddActivities(const UnitPlan& plan, std::vector<PlanContentItem>& out) {
  for (const Activity& a : plan.activities) {
    std::string value = std::string(ActivityStatusLabel(a.status)) + "; " + a.area;
    if (!a.owner.empty()) value += "; ansvarig " + a.owner;
    if (a.start || a.end) {
      value += "; " + (a.start ? FormatIsoDate(*a.start) : std::string()) + "–" +
               (a.end ? FormatIsoDate(*a.end) : std::string());
    }
    value += a.categories.empty() ? "; samtliga yrkeskategorier" : "; " + JoinWithOch(a.categories);
    if (!a.description.empty()) value += "; " + a.description;
    out.push_back({std::string(plan_item::kActivity), "activity:" + std::to_string(a.id), a.title, value});
  }
}

void AddGaps(const UnitPlan& plan, std::vector<PlanContentItem>& out) {
  const AnalysisResult result = Analyze(PlanAnalysisInput(plan));
  for (const CategoryAnalysis& c : result.categories) {
    for (const HorizonAnalysis& h : c.horizons) {
      std::string value;
      for (std::size_t l = 0; l < h.gap.levels.size() && l < plan.levels.size(); ++l) {
        value += plan.levels[l] + " " + Signed(h.gap.levels[l].gap_rounded) + ", ";
      }
      value += "totalt " + Signed(h.gap.total.gap_rounded);
      out.push_back({std::string(plan_item::kGap), Key(plan, c.name + "|" + std::to_string(h.gap.years)),
                     c.name + ", om " + std::to_string(h.gap.years) + " år", value});
    }
  }
}

void AddUnit(const UnitPlan& plan, std::vector<PlanContentItem>& out) {
  AddTexts(plan, out);
  AddGoals(plan, out);
  AddActivities(plan, out);
  AddGaps(plan, out);
}

}  // namespace

std::vector<PlanContentItem> PlanContent(const PlanData& data) {
  std::vector<PlanContentItem> out;
  AddUnit(data.main, out);
  for (const UnitPlan& part : data.parts) AddUnit(part, out);
  return out;
}

}  // namespace kplan::report
