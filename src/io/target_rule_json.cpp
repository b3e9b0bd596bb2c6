#include "kplan/io/target_rule_json.hpp"

#include <cmath>

namespace kplan::io {
namespace {

using Json = nlohmann::ordered_json;

Error Bad(std::string_view field, std::string sv, std::string en) {
  return Error(ErrorCode::kInvalidInput, std::move(sv), std::move(en))
      .WithField(std::string(field))
      .WithRule("target_rule")
      .WithHint("Skriv t.ex. {\"at_least\": 7}, {\"at_most\": 8.55}, {\"between\": [20, 23]}, "
                "{\"equals\": 100} eller null.");
}

bool FiniteNumber(const Json& j) { return j.is_number() && std::isfinite(j.get<double>()); }

}  // namespace

Json TargetRuleToJson(const TargetRule& rule) {
  switch (rule.type) {
    case TargetRuleType::kNone: return nullptr;
    case TargetRuleType::kAtLeast: return Json{{"at_least", rule.lower}};
    case TargetRuleType::kAtMost: return Json{{"at_most", rule.upper}};
    case TargetRuleType::kBetween: return Json{{"between", {rule.lower, rule.upper}}};
    case TargetRuleType::kEquals: return Json{{"equals", rule.lower}};
  }
  return nullptr;
}

Result<TargetRule> TargetRuleFromJson(const Json& json, std::string_view field) {
  if (json.is_null()) return TargetRule{};
  if (!json.is_object() || json.size() != 1) {
    return Bad(field, "målet ska vara ett objekt med en av nycklarna at_least, at_most, between, equals, eller null",
               "the target must be an object with one of the keys at_least, at_most, between, equals, or null");
  }
  // One member: its key and value (copied: iterating items() of a temporary dangles).
  const std::string key = json.begin().key();
  const Json value = json.begin().value();
  if (key == "between") {
    if (!value.is_array() || value.size() != 2 || !FiniteNumber(value[0]) || !FiniteNumber(value[1])) {
      return Bad(field, "between ska vara två tal [a, b]", "between must be two numbers [a, b]");
    }
    double a = value[0].get<double>(), b = value[1].get<double>();
    if (a > b) {
      return Bad(field, "between: det första talet är större än det andra",
                 "between: the first number is greater than the second");
    }
    return TargetRule::Between(a, b);
  }
  if (!FiniteNumber(value)) {
    return Bad(field, std::string(key) + " ska vara ett tal", std::string(key) + " must be a number");
  }
  double x = value.get<double>();
  if (key == "at_least") return TargetRule::AtLeast(x);
  if (key == "at_most") return TargetRule::AtMost(x);
  if (key == "equals") return TargetRule::Equals(x);
  return Bad(field, "okänd målregel \"" + key + "\"", "unknown target rule \"" + key + "\"");
}

std::string TargetRuleText(const TargetRule& rule) {
  if (rule.type == TargetRuleType::kNone) return "";
  return TargetRuleToJson(rule).dump();
}

Result<TargetRule> ParseTargetRuleText(std::string_view text) {
  if (text.empty()) return TargetRule{};
  Json json = Json::parse(text, nullptr, false);
  if (json.is_discarded()) {
    return Bad("target", "målet är inte giltig JSON", "the target is not valid JSON");
  }
  return TargetRuleFromJson(json, "target");
}

}  // namespace kplan::io
