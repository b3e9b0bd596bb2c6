#include "kplan/core/followup.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include "kplan/core/swedish_text.hpp"

namespace kplan {
namespace {

struct AssessmentInfo {
  Assessment assessment;
  std::string_view key;
  std::string_view label;
};

constexpr std::array<AssessmentInfo, 3> kAssessments{{
    {Assessment::kGreen, "green", "Grön"},
    {Assessment::kRed, "red", "Röd"},
    {Assessment::kNotAssessed, "not_assessed", "Ej bedömd"},
}};

const AssessmentInfo& InfoOf(Assessment assessment) {
  return kAssessments[static_cast<std::size_t>(assessment)];
}

double Slack(double bound) { return 1e-9 * std::max(1.0, std::fabs(bound)); }
bool AtLeast(double outcome, double bound) { return outcome >= bound - Slack(bound); }
bool AtMost(double outcome, double bound) { return outcome <= bound + Slack(bound); }

}  // namespace

bool MeetsTarget(const TargetRule& rule, double outcome) {
  switch (rule.type) {
    case TargetRuleType::kNone: return false;
    case TargetRuleType::kAtLeast: return AtLeast(outcome, rule.lower);
    case TargetRuleType::kAtMost: return AtMost(outcome, rule.upper);
    case TargetRuleType::kBetween:
    case TargetRuleType::kEquals: return AtLeast(outcome, rule.lower) && AtMost(outcome, rule.upper);
  }
  return false;
}

std::string_view AssessmentKey(Assessment assessment) { return InfoOf(assessment).key; }
std::string_view AssessmentLabel(Assessment assessment) { return InfoOf(assessment).label; }

std::optional<Assessment> ParseAssessment(std::string_view text) {
  const std::string wanted = ToLowerSwedish(text);
  for (const AssessmentInfo& info : kAssessments) {
    if (wanted == info.key || wanted == ToLowerSwedish(info.label)) return info.assessment;
  }
  return std::nullopt;
}

IndicatorAssessment AssessIndicator(const Indicator& indicator) {
  IndicatorAssessment result;
  if (indicator.outcome && indicator.target.type != TargetRuleType::kNone) {
    result.computed =
        MeetsTarget(indicator.target, *indicator.outcome) ? Assessment::kGreen : Assessment::kRed;
  }
  result.final = result.computed;
  if (indicator.manual) {
    result.final = indicator.manual->assessment;
    result.manual = true;
  }
  if (indicator.outcome && indicator.previous) {
    result.change = *indicator.outcome - *indicator.previous;
  }
  return result;
}

std::optional<Assessment> ManualFromStated(Assessment stated, const Indicator& indicator) {
  if (stated == Assessment::kNotAssessed) return std::nullopt;
  // Only the rule's inputs: the stated one is compared with the rule alone.
  Indicator by_rule;
  by_rule.target = indicator.target;
  by_rule.outcome = indicator.outcome;
  if (AssessIndicator(by_rule).computed == stated) return std::nullopt;
  return stated;
}

std::string FormatWithUnit(double value, std::string_view unit) {
  std::string text = FormatDecimal(value, 2);
  if (!unit.empty()) text.append(" ").append(unit);
  return text;
}

std::string DescribeTarget(const TargetRule& rule, std::string_view unit) {
  switch (rule.type) {
    case TargetRuleType::kNone: return "–";
    case TargetRuleType::kAtLeast: return "minst " + FormatWithUnit(rule.lower, unit);
    case TargetRuleType::kAtMost: return "högst " + FormatWithUnit(rule.upper, unit);
    case TargetRuleType::kBetween:
      return FormatDecimal(rule.lower, 2) + "–" + FormatWithUnit(rule.upper, unit);
    case TargetRuleType::kEquals: return "lika med " + FormatWithUnit(rule.lower, unit);
  }
  return "–";
}

}  // namespace kplan
