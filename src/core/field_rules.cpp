#include "kplan/core/field_rules.hpp"

#include "kplan/core/activity.hpp"
#include "kplan/core/followup_goal.hpp"
#include "kplan/core/indicator_record.hpp"
#include "kplan/core/occupational_category.hpp"
#include "kplan/core/org_unit.hpp"
#include "kplan/core/plan_chapter.hpp"
#include "kplan/core/plan_year.hpp"
#include "kplan/core/risk.hpp"
#include "kplan/core/succession.hpp"
#include "kplan/core/swedish_text.hpp"

namespace kplan {
namespace {

constexpr FieldLimit kLimits[] = {
    {"activity.title", kActivityTitleMaxChars},
    {"activity.area", kActivityAreaMaxChars},
    {"activity.owner", kActivityOwnerMaxChars},
    {"activity.category", kActivityCategoryMaxChars},
    {"activity.description", kActivityDescriptionMaxChars},
    {"risk.category", kRiskCategoryMaxChars},
    {"risk.description", kRiskDescriptionMaxChars},
    {"goal.title", kGoalTitleMaxChars},
    {"chapter.title", kChapterTitleMaxChars},
    {"chapter.text", kPlanTextMaxChars},
    {"goal.description", kGoalDescriptionMaxChars},
    {"goal.area", kGoalAreaMaxChars},
    {"goal.assessment_comment", kGoalCommentMaxChars},
    {"indicator.name", kIndicatorNameMaxChars},
    {"indicator.measure", kIndicatorUnitMaxChars},
    {"outcome.comment", kOutcomeCommentMaxChars},
    {"succession.position_title", kSuccessionPositionMaxChars},
    {"succession.incumbent_ref", kEmployeeRefMaxChars},
    {"succession.successor_ref", kEmployeeRefMaxChars},
    {"category.name", kCategoryNameMaxChars},
    {"category.ssyk", kSsykCodeDigits},
    {"plan_text.text", kPlanTextMaxChars},
    {"plan_year.scale", kScaleNameMaxChars},
    {"scale.name", kScaleNameMaxChars},
    {"scale.level", kScaleLevelMaxChars},
    {"org_unit.code", kOrgUnitCodeMaxChars},
    {"org_unit.name", kOrgUnitNameMaxChars},
    {"unit_code", kUnitCodeMaxChars},
};

}  // namespace

bool FitsCharacters(std::string_view utf8, std::size_t max) { return CharacterCount(utf8) <= max; }

Error FieldRuleError(std::string field, std::string rule, std::string message_sv,
                     std::string message_en) {
  return Error(ErrorCode::kInvalidInput, std::move(message_sv), std::move(message_en))
      .WithField(std::move(field))
      .WithRule(std::move(rule));
}

Status CheckText(std::string_view text, std::string_view field, std::size_t max, bool required) {
  if (required && text.empty()) {
    return FieldRuleError(std::string(field), "required", "fältet saknas eller är tomt",
                          "the field is missing or empty");
  }
  if (!FitsCharacters(text, max)) {
    return FieldRuleError(std::string(field), "max_length",
                          "får vara högst " + FormatInteger(static_cast<std::int64_t>(max)) + " tecken (är " +
                              FormatInteger(static_cast<std::int64_t>(CharacterCount(text))) + ")",
                          "may be at most " + std::to_string(max) + " characters (is " +
                              std::to_string(CharacterCount(text)) + ")");
  }
  return Ok();
}

Status CheckRange(long long value, std::string_view field, long long min, long long max) {
  if (value >= min && value <= max) return Ok();
  return FieldRuleError(std::string(field), "range",
                        "värdet " + std::to_string(value) + " ligger inte mellan " +
                            std::to_string(min) + " och " + std::to_string(max),
                        "the value " + std::to_string(value) + " is not between " +
                            std::to_string(min) + " and " + std::to_string(max))
      .WithValue(std::to_string(value));
}

std::span<const FieldLimit> FieldLimits() { return kLimits; }

}  // namespace kplan
