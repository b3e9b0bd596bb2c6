#include "kplan/core/indicator_record.hpp"

#include <cctype>
#include <cmath>

#include "kplan/core/field_rules.hpp"
#include "kplan/core/indicator_binding.hpp"
#include "kplan/core/kolada.hpp"

namespace kplan {

Status Validate(const IndicatorRecord& i) {
  if (Status s = CheckText(i.name, "name", kIndicatorNameMaxChars, true); !s.ok()) return s;
  if (Status s = CheckText(i.unit, "unit", kIndicatorUnitMaxChars); !s.ok()) return s;
  if (Status s = ValidateKeyFigureKey(i.key_figure); !s.ok()) return s;
  if (!i.kolada_kpi.empty() && !FindKoladaKpi(i.kolada_kpi)) {
    return FieldRuleError("kolada_kpi", "kolada_kpi",
                          "\"" + i.kolada_kpi + "\" är inget av personalnyckeltalen i Kolada",
                          "\"" + i.kolada_kpi + "\" is not one of Kolada's personnel KPIs")
        .WithValue(i.kolada_kpi);
  }
  Result<std::string> comparison = NormalizeComparisons(i.comparison);
  if (!comparison.ok()) return comparison.error();
  return Ok();
}

Status Validate(const TargetRule& rule) {
  if (!std::isfinite(rule.lower) || !std::isfinite(rule.upper)) {
    return FieldRuleError("target", "target_rule", "målvärdet är inte ett tal",
                          "the target is not a number");
  }
  if (rule.type == TargetRuleType::kBetween && rule.lower > rule.upper) {
    return FieldRuleError("target", "target_rule", "den undre gränsen ligger över den övre",
                          "the lower bound is above the upper");
  }
  return Ok();
}

bool IsValidPeriod(std::string_view period) {
  if (period.size() < 4 || period.size() > 10) return false;
  for (std::size_t i = 0; i < 4; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(period[i]))) return false;
  }
  if (period.size() == 4) return true;
  if (period[4] != '-' || period.size() == 5) return false;
  for (std::size_t i = 5; i < period.size(); ++i) {
    if (!std::isalnum(static_cast<unsigned char>(period[i]))) return false;
  }
  return true;
}

int PeriodYear(std::string_view period) {
  if (period.size() < 4) return 0;
  int year = 0;
  for (std::size_t i = 0; i < 4; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(period[i]))) return 0;
    year = year * 10 + (period[i] - '0');
  }
  return year;
}

Status Validate(const OutcomeRecord& o) {
  if (!IsValidPeriod(o.period)) {
    return FieldRuleError("period", "period",
                          "perioden \"" + o.period +
                              "\" ska vara ett år, t.ex. 2024, 2024-T2 eller 2024-12",
                          "the period \"" + o.period + "\" must be a year, e.g. 2024, 2024-T2 or 2024-12")
        .WithValue(o.period);
  }
  if (o.value && !std::isfinite(*o.value)) {
    return FieldRuleError("value", "number", "utfallet är inte ett tal", "the outcome is not a number");
  }
  if (Status s = ValidateManualAssessment(o.manual_assessment, o.comment, "manual_assessment", "comment"); !s.ok()) {
    return s;
  }
  return CheckText(o.comment, "comment", kOutcomeCommentMaxChars);
}

Status ValidateManualAssessment(std::string_view key, std::string_view comment, std::string_view key_field,
                                std::string_view comment_field) {
  if (!key.empty() && key != "green" && key != "red") {
    return FieldRuleError(std::string(key_field), "assessment", "bedömningen ska vara green eller red",
                          "the assessment must be green or red")
        .WithValue(std::string(key));
  }
  const bool blank_comment = comment.find_first_not_of(" \t\r\n") == std::string_view::npos;
  if (!key.empty() && blank_comment) {
    return FieldRuleError(std::string(comment_field), "assessment_comment",
                          "en manuell bedömning behöver en kommentar som säger varför",
                          "a manual assessment needs a comment saying why");
  }
  return Ok();
}

}  // namespace kplan
