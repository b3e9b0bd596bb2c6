#pragma once
// A plan year of a unit (usually a förvaltning): the competence scale its
// inventory uses and the horizons (years ahead) its need is planned for; and
// the competence scales themselves as stored.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "kplan/core/error.hpp"

namespace kplan {

// The plan years every layer accepts: a record's year, ?year=, the import's
// and the report's --year.
inline constexpr int kPlanYearMin = 2000;
inline constexpr int kPlanYearMax = 2100;

inline constexpr std::size_t kScaleNameMaxChars = 100;
inline constexpr std::size_t kScaleLevelMaxChars = 100;
inline constexpr int kHorizonMinYears = 1;
inline constexpr int kHorizonMaxYears = 30;

// A competence scale: named, ordered levels, lowest first.
struct CompetenceScaleRecord {
  std::int64_t id = 0;
  std::string name;
  std::vector<std::string> levels;
};

// `inventory_version` counts the changes of the plan year's inventory grid,
// so that two people editing the grid are told of each other (it is not part
// of `version`, which covers the plan year's own fields).
struct PlanYear {
  std::int64_t id = 0;
  std::string unit_code;
  int year = 0;
  std::string scale;                // scale name
  std::vector<std::string> levels;  // the scale's levels, read only
  std::vector<int> horizons{2, 5};
  int version = 1;
  int inventory_version = 1;
};

// year in kPlanYearMin–kPlanYearMax ("range"); scale at most
// kScaleNameMaxChars; at least one horizon, each 1–30 years ("range") and
// ascending without duplicates ("horizons"; fields horizons[i]).
Status Validate(const PlanYear& plan_year);

// name required, at most kScaleNameMaxChars; at least two levels
// ("scale_levels"), each named, at most kScaleLevelMaxChars and unique
// ("scale_levels"; fields levels[i]).
Status Validate(const CompetenceScaleRecord& scale);

}  // namespace kplan
