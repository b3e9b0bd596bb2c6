#include "kplan/core/plan_year.hpp"

#include <set>

#include <algorithm>

#include "kplan/core/field_rules.hpp"
#include "kplan/core/plan_section.hpp"

namespace kplan {
namespace {

Status ValidatePeriod(const PlanYear& p) {
  if (p.period_from == 0 && p.period_to == 0) return Ok();
  if (p.period_from == 0 || p.period_to == 0) {
    return FieldRuleError(p.period_from == 0 ? "period_from" : "period_to", "period",
                          "en period har ett första och ett sista år", "a period has a first and a last year");
  }
  if (Status s = CheckRange(p.period_from, "period_from", kPlanYearMin, kPlanYearMax); !s.ok()) return s;
  if (Status s = CheckRange(p.period_to, "period_to", kPlanYearMin, kPlanYearMax); !s.ok()) return s;
  if (p.period_to < p.period_from || p.year < p.period_from || p.year > p.period_to) {
    return FieldRuleError("period_to", "period",
                          "perioden " + std::to_string(p.period_from) + "–" + std::to_string(p.period_to) +
                              " innehåller inte planåret " + std::to_string(p.year),
                          "the period " + std::to_string(p.period_from) + "–" + std::to_string(p.period_to) +
                              " does not contain the plan year " + std::to_string(p.year))
        .WithValue(std::to_string(p.period_to));
  }
  return Ok();
}

Status ValidateSections(const PlanYear& p) {
  std::set<std::string> seen;
  for (std::size_t i = 0; i < p.sections.size(); ++i) {
    const std::string field = "sections[" + std::to_string(i) + "]";
    if (!FindPlanSection(p.sections[i])) {
      return FieldRuleError(field, "plan_section", "\"" + p.sections[i] + "\" är inte ett avsnitt i planen",
                            "\"" + p.sections[i] + "\" is not a section of the plan")
          .WithValue(p.sections[i])
          .WithHint(PlanSectionKeys());
    }
    if (!seen.insert(p.sections[i]).second) {
      return FieldRuleError(field, "plan_section", "avsnittet \"" + p.sections[i] + "\" står två gånger",
                            "the section \"" + p.sections[i] + "\" appears twice")
          .WithValue(p.sections[i]);
    }
  }
  return Ok();
}

}  // namespace

bool ContainsSection(const PlanYear& plan_year, std::string_view section_key) {
  return plan_year.sections.empty() ||
         std::find(plan_year.sections.begin(), plan_year.sections.end(), section_key) != plan_year.sections.end();
}

Status Validate(const PlanYear& p) {
  if (Status s = CheckRange(p.year, "year", kPlanYearMin, kPlanYearMax); !s.ok()) return s;
  if (Status s = CheckText(p.scale, "scale", kScaleNameMaxChars); !s.ok()) return s;
  if (p.horizons.empty()) {
    return FieldRuleError("horizons", "horizons", "planåret behöver minst en horisont",
                          "the plan year needs at least one horizon");
  }
  for (std::size_t i = 0; i < p.horizons.size(); ++i) {
    const std::string field = "horizons[" + std::to_string(i) + "]";
    const int h = p.horizons[i];
    if (Status s = CheckRange(h, field, kHorizonMinYears, kHorizonMaxYears); !s.ok()) return s;
    if (i > 0 && h <= p.horizons[i - 1]) {
      return FieldRuleError(field, "horizons", "horisonterna ska stå i stigande ordning utan dubbletter",
                            "the horizons must be ascending without duplicates")
          .WithValue(std::to_string(h));
    }
  }
  if (Status s = ValidatePeriod(p); !s.ok()) return s;
  return ValidateSections(p);
}

Status Validate(const CompetenceScaleRecord& scale) {
  if (Status s = CheckText(scale.name, "name", kScaleNameMaxChars, true); !s.ok()) return s;
  if (scale.levels.size() < 2) {
    return FieldRuleError("levels", "scale_levels", "en skala behöver minst två nivåer",
                          "a scale needs at least two levels");
  }
  std::set<std::string> seen;
  for (std::size_t i = 0; i < scale.levels.size(); ++i) {
    const std::string field = "levels[" + std::to_string(i) + "]";
    if (Status s = CheckText(scale.levels[i], field, kScaleLevelMaxChars, true); !s.ok()) return s;
    if (!seen.insert(scale.levels[i]).second) {
      return FieldRuleError(field, "scale_levels",
                            "nivån \"" + scale.levels[i] + "\" förekommer två gånger",
                            "the level \"" + scale.levels[i] + "\" appears twice")
          .WithValue(scale.levels[i]);
    }
  }
  return Ok();
}

}  // namespace kplan
