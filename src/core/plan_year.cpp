#include "kplan/core/plan_year.hpp"

#include <set>

#include "kplan/core/field_rules.hpp"

namespace kplan {

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
  return Ok();
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
