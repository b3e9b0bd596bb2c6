#pragma once
// The JSON form of an indicator's target rule, one definition for the
// analysis document, the store and the API:
//   {"at_least": 7}   {"at_most": 8.55}   {"between": [20, 23]}   {"equals": 100}
// and null (or an empty text, in the store) for no target.

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "kplan/core/error.hpp"
#include "kplan/core/followup.hpp"

namespace kplan::io {

nlohmann::ordered_json TargetRuleToJson(const TargetRule& rule);

// Errors name `field` (a JSON path such as indicators[2].target).
Result<TargetRule> TargetRuleFromJson(const nlohmann::ordered_json& json, std::string_view field);

// The compact text the store keeps: "" for no target.
std::string TargetRuleText(const TargetRule& rule);
Result<TargetRule> ParseTargetRuleText(std::string_view text);

}  // namespace kplan::io
