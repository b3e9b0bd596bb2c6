#pragma once
// Uppföljning as stored: an indicator of a unit with its target rule, and its
// outcomes per period. The assessment of an outcome against the rule is
// followup.hpp.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "kplan/core/error.hpp"
#include "kplan/core/followup.hpp"

namespace kplan {

inline constexpr std::size_t kIndicatorNameMaxChars = 300;
inline constexpr std::size_t kIndicatorUnitMaxChars = 50;  // "%", "st", "av 10" ...
inline constexpr std::size_t kOutcomeCommentMaxChars = 5000;

// An indicator with its target rule as JSON ({"at_least": 7}, ... or empty
// for none; io/target_rule_json.hpp has the form, which needs a JSON parser
// and so lives in io).
struct IndicatorRecord {
  std::int64_t id = 0;
  std::string unit_code;
  std::optional<std::int64_t> goal_id;
  std::string name;
  std::string unit;
  std::string target_json;
  int version = 1;
  // Fed by the register: a key of core/indicator_binding.hpp ("" for a typed
  // indicator); its outcomes are then computed, never typed.
  std::string key_figure;
  // Compared with Kolada: the KPI (core/kolada.hpp, "" for none) and the
  // municipalities, codes joined by "," ("0000,1280"; NormalizeComparisons).
  std::string kolada_kpi;
  std::string comparison;
};

// One period of an indicator: its target, its outcome, an optional manual
// assessment ("green" or "red", AssessmentKey) that then needs a comment, and
// the comment. A period may hold a target and no outcome yet (next year's
// target, seed 000: eNPS +20 for 2024).
struct OutcomeRecord {
  std::int64_t indicator_id = 0;
  std::string period;
  std::optional<double> value;
  std::string manual_assessment;  // "", "green" or "red"
  std::string comment;
  int version = 1;
  // The period's own target rule (io/target_rule_json.hpp's text; "" for no
  // target), or nullopt: the indicator's target applies. Changing the
  // indicator's target first pins the old one on the periods that follow it,
  // so that a later target never re-judges an earlier period.
  std::optional<std::string> target_json;
};

// name required, at most kIndicatorNameMaxChars; unit at most
// kIndicatorUnitMaxChars ("required", "max_length"); key_figure "" or a
// binding ("key_figure"); kolada_kpi "" or a KPI of the vocabulary
// ("kolada_kpi"); comparison in its normal form ("municipality", "max_items"). The target text is
// checked where it is parsed (io), then by Validate(TargetRule).
Status Validate(const IndicatorRecord& indicator);

// A rule's bounds are finite and a between-rule's lower is not above its
// upper (field "target", rule "target_rule").
Status Validate(const TargetRule& rule);

// "2023", "2023-T2", "2023-12", "2023-Q4": a year, optionally a part of it.
bool IsValidPeriod(std::string_view period);
// The plan year a period belongs to: its first four digits ("2024-T2" → 2024);
// 0 when it does not begin with four digits.
int PeriodYear(std::string_view period);

// period a period ("period"); value finite ("number"); manual_assessment
// empty, "green" or "red" ("assessment"), and then a comment saying why
// ("assessment_comment"); comment at most kOutcomeCommentMaxChars.
Status Validate(const OutcomeRecord& outcome);

// A manual Röd/Grön, of a period or of a goal: `key` "" (none), "green" or
// "red" ("assessment", under `key_field`); one that is set needs a comment
// saying why ("assessment_comment", under `comment_field`).
Status ValidateManualAssessment(std::string_view key, std::string_view comment, std::string_view key_field,
                                std::string_view comment_field);

}  // namespace kplan
