#pragma once
// Uppföljning: the plan's goals followed up with indicators, each assessed
// Grön (uppnått) or Röd (ej uppnått) as in seed 000.
//
// A target rule is one of: at least x, at most x, between a and b (both
// included), equal to x, or none. Assessment:
//   Grön       the outcome meets the rule
//   Röd        it does not
//   Ej bedömd  there is no rule or no outcome
// A manual assessment overrides the computed one and must say why (seed 000:
// PULS 7,7 judged Grön against the tool's own norm "över 7", the plan's target
// being in percent). The change is the outcome minus the previous outcome.

#include <optional>
#include <string>
#include <string_view>

namespace kplan {

// The JSON form of a rule is io/target_rule_json.hpp.
enum class TargetRuleType { kNone, kAtLeast, kAtMost, kBetween, kEquals };

// Every rule is a closed interval: at least x is [x, ∞), at most x is
// (−∞, x], equal to x is [x, x].
struct TargetRule {
  TargetRuleType type = TargetRuleType::kNone;
  double lower = 0;  // used by at_least, between, equals
  double upper = 0;  // used by at_most, between, equals

  static TargetRule AtLeast(double x) { return {TargetRuleType::kAtLeast, x, 0}; }
  static TargetRule AtMost(double x) { return {TargetRuleType::kAtMost, 0, x}; }
  static TargetRule Between(double a, double b) { return {TargetRuleType::kBetween, a, b}; }
  static TargetRule Equals(double x) { return {TargetRuleType::kEquals, x, x}; }
};

// Whether the outcome meets a rule other than kNone. Bounds are compared with
// a relative tolerance of 1e-9, so 0.1 + 0.2 meets "equal to 0.3".
bool MeetsTarget(const TargetRule& rule, double outcome);

enum class Assessment { kGreen, kRed, kNotAssessed };

std::string_view AssessmentKey(Assessment assessment);    // "green", "red", "not_assessed"
std::string_view AssessmentLabel(Assessment assessment);  // "Grön", "Röd", "Ej bedömd"
// Accepts the key or the label, ignoring case.
std::optional<Assessment> ParseAssessment(std::string_view text);

struct ManualAssessment {
  Assessment assessment = Assessment::kNotAssessed;
  std::string comment;  // required: why the rule is overridden
};

struct Indicator {
  std::string goal;    // the goal (Mål) the indicator follows up; may be empty
  std::string name;
  std::string unit;    // "%", "st", "" ...
  std::string period;  // e.g. "2023"; may be empty
  TargetRule target;
  std::optional<double> outcome;
  std::optional<double> previous;  // the previous period's outcome
  std::optional<ManualAssessment> manual;
};

struct IndicatorAssessment {
  Assessment computed = Assessment::kNotAssessed;  // by the rule alone
  Assessment final = Assessment::kNotAssessed;     // the manual one when given
  bool manual = false;
  std::optional<double> change;  // outcome − previous, when both are known
};

IndicatorAssessment AssessIndicator(const Indicator& indicator);

// The manual assessment a stated Bedömning (a follow-up table's column)
// amounts to for an indicator without one: none when it is Ej bedömd or
// agrees with the computed one; otherwise the stated one, which then needs a
// comment saying why (Validate(OutcomeRecord), rule "assessment_comment").
std::optional<Assessment> ManualFromStated(Assessment stated, const Indicator& indicator);

// The target as written in a follow-up table: "minst 70 %", "högst 8,55 %",
// "20–23", "lika med 100 %", or "–" when there is none.
std::string DescribeTarget(const TargetRule& rule, std::string_view unit);

// A value with its unit: "8,46 %", "22,1", "7,7 av 10" for unit "av 10".
std::string FormatWithUnit(double value, std::string_view unit);

}  // namespace kplan
