#pragma once
// An imported outcome of a follow-up indicator, as the importer saves it and
// the plan report reads it back (indicator_record.hpp holds the edited
// indicator and outcome records).

#include <optional>
#include <string>

namespace kplan {

// An indicator and one of its periods, as a follow-up table row states them.
// Each optional is nullopt when the table does not say (it has no such
// column), and then the stored value is kept:
//   target_json        the period's target rule as text ("" for none;
//                      io/target_rule_json.hpp); the target of the
//                      indicator's latest period in the table also becomes
//                      the indicator's own
//   manual_assessment  "" (none: the table's Bedömning agrees with the rule or
//                      is Ej bedömd), "green" or "red" (OutcomeRecord's keys)
//   comment            the period's comment
struct IndicatorOutcome {
  std::string unit_code;
  std::string indicator;
  std::string unit;  // "%", "st", "index" ...
  std::optional<std::string> target_json;
  std::string period;  // "2023", "2023-T2", "2023-12"
  std::optional<double> value;
  std::string goal;  // the title of the goal (Mål) it follows up; empty: none said
  std::optional<std::string> manual_assessment;
  std::optional<std::string> comment;
};

}  // namespace kplan
