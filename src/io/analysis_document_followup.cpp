// Reads "indicators": follow-up indicators with their target rule, outcome
// and an optional manual assessment (which must carry a comment).

#include "analysis_document_parts.hpp"
#include "kplan/io/target_rule_json.hpp"
#include "kplan/core/result_macros.hpp"

namespace kplan::io::analysis_document {
namespace {

using namespace json_fields;

// The target in the project's one JSON form (io/target_rule_json.hpp), its
// errors restated so that they name the indicator.
Result<TargetRule> ReadTarget(const Json& json, const Where& where) {
  Result<TargetRule> rule = TargetRuleFromJson(json, where.field());
  if (rule) return rule;
  const Error& error = rule.error();
  Error restated = where.Invalid(error.rule(), error.message(Language::kSwedish),
                                 error.message(Language::kEnglish));
  return restated.WithHint(error.hint());
}

Result<ManualAssessment> ReadManualAssessment(const Json& json, const Where& where) {
  KPLAN_RETURN_IF_ERROR(ExpectObject(json, where));
  KPLAN_RETURN_IF_ERROR(OnlyKnownKeys(json, where, {"assessment", "comment"}));
  ManualAssessment manual;
  const Json* assessment = nullptr;
  std::string text;
  KPLAN_ASSIGN_OR_RETURN(assessment, RequiredMember(json, "assessment", where));
  KPLAN_ASSIGN_OR_RETURN(text, ReadText(*assessment, where.Key("assessment")));
  const std::optional<Assessment> parsed = ParseAssessment(text);
  if (!parsed) {
    return where.Key("assessment")
        .Invalid("assessment", "okänd bedömning \"" + text + "\" (välj Grön, Röd eller Ej bedömd)",
                 "unknown assessment \"" + text + "\" (use green, red or not_assessed)")
        .WithValue(text);
  }
  manual.assessment = *parsed;
  const Json* comment = Member(json, "comment");
  if (!comment) {
    return where.Key("comment").Invalid(
        "manual_comment", "en manuell bedömning kräver en kommentar som förklarar den",
        "a manual assessment needs a comment that explains it");
  }
  KPLAN_ASSIGN_OR_RETURN(manual.comment, ReadNonEmptyText(*comment, where.Key("comment")));
  return manual;
}

Result<Indicator> ReadIndicator(const Json& json, const Where& at, std::size_t number) {
  KPLAN_RETURN_IF_ERROR(ExpectObject(json, at));
  Indicator indicator;
  const Json* name = nullptr;
  const Where unnamed = at.OwnedBy("indikator nr " + std::to_string(number),
                                   "indicator no. " + std::to_string(number));
  KPLAN_ASSIGN_OR_RETURN(name, RequiredMember(json, "name", unnamed));
  KPLAN_ASSIGN_OR_RETURN(indicator.name, ReadNonEmptyText(*name, unnamed.Key("name")));

  const Where where = at.OwnedBy("indikatorn \"" + indicator.name + "\"",
                                 "indicator \"" + indicator.name + "\"");
  KPLAN_RETURN_IF_ERROR(OnlyKnownKeys(
      json, where,
      {"goal", "name", "unit", "period", "target", "outcome", "previous", "manual_assessment"}));
  for (auto [key, text] : {std::pair{"goal", &indicator.goal}, std::pair{"unit", &indicator.unit},
                           std::pair{"period", &indicator.period}}) {
    if (const Json* value = Member(json, key)) {
      KPLAN_ASSIGN_OR_RETURN(*text, ReadText(*value, where.Key(key)));
    }
  }
  if (const Json* target = Member(json, "target")) {
    KPLAN_ASSIGN_OR_RETURN(indicator.target, ReadTarget(*target, where.Key("target")));
  }
  for (auto [key, number_field] : {std::pair{"outcome", &indicator.outcome},
                                   std::pair{"previous", &indicator.previous}}) {
    if (const Json* value = Member(json, key)) {
      KPLAN_ASSIGN_OR_RETURN(*number_field, ReadNumber(*value, where.Key(key)));
    }
  }
  if (const Json* manual = Member(json, "manual_assessment")) {
    KPLAN_ASSIGN_OR_RETURN(indicator.manual,
                           ReadManualAssessment(*manual, where.Key("manual_assessment")));
  }
  return indicator;
}

}  // namespace

Result<std::vector<Indicator>> ReadIndicators(const Json& indicators, const Where& where) {
  KPLAN_RETURN_IF_ERROR(ExpectArray(indicators, where));
  std::vector<Indicator> read;
  for (std::size_t i = 0; i < indicators.size(); ++i) {
    Indicator indicator;
    KPLAN_ASSIGN_OR_RETURN(indicator, ReadIndicator(indicators[i], where.Index(i), i + 1));
    read.push_back(std::move(indicator));
  }
  return read;
}

}  // namespace kplan::io::analysis_document
