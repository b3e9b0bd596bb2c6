#pragma once
// An imported outcome of a follow-up indicator, as the importer saves it and
// the plan report reads it back (indicator_record.hpp holds the edited
// indicator and outcome records).

#include <optional>
#include <string>

namespace kplan {

// An indicator and one outcome. target_json holds the core target rule
// ({"at_least": 7} ...), or is empty for none.
struct IndicatorOutcome {
  std::string unit_code;
  std::string indicator;
  std::string unit;  // "%", "st", "index" ...
  std::string target_json;
  std::string period;  // "2023", "2023-T2", "2023-12"
  std::optional<double> value;
};

}  // namespace kplan
