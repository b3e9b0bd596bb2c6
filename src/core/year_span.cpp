#include "kplan/core/year_span.hpp"

#include <string>

#include "kplan/core/field_rules.hpp"
#include "kplan/core/plan_year.hpp"

namespace kplan {

int LastYear(const YearSpan& span) { return span.last.value_or(span.first); }

bool Covers(const YearSpan& span, int plan_year) {
  return span.first <= plan_year && plan_year <= LastYear(span);
}

bool ContinuesInto(const YearSpan& span, int plan_year) {
  return span.first < plan_year && Covers(span, plan_year);
}

Status Validate(const YearSpan& span) {
  if (Status s = CheckRange(span.first, kYearField, kPlanYearMin, kPlanYearMax); !s.ok()) return s;
  if (!span.last) return Ok();
  if (Status s = CheckRange(*span.last, kThroughYearField, kPlanYearMin, kPlanYearMax); !s.ok()) return s;
  if (*span.last < span.first) {
    return FieldRuleError(std::string(kThroughYearField), std::string(kYearOrderRule),
                          "sista planåret " + std::to_string(*span.last) + " ligger före det första, " +
                              std::to_string(span.first),
                          "the last plan year " + std::to_string(*span.last) + " is before the first, " +
                              std::to_string(span.first))
        .WithValue(std::to_string(*span.last));
  }
  return Ok();
}

}  // namespace kplan
