#pragma once
// A plan year of a unit (usually a förvaltning): the competence scale its
// inventory uses and the horizons (years ahead) its need is planned for; and
// the competence scales themselves as stored.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kplan/core/error.hpp"
#include "kplan/core/plan_status.hpp"

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
  // The strategy period it belongs to (seed 003: 2021–2024); 0 and 0 when
  // none is set.
  int period_from = 0;
  int period_to = 0;
  // The plan sections (plan_section.hpp keys) its document contains, in
  // reading order; empty: all of them.
  std::vector<std::string> sections;
  PlanStatus status = PlanStatus::kDraft;  // changed only through the cycle (plan_status.hpp)
  int version = 1;
  int inventory_version = 1;
};

// The plan year's document contains the section (sections empty: all).
bool ContainsSection(const PlanYear& plan_year, std::string_view section_key);

// year in kPlanYearMin–kPlanYearMax ("range"); scale at most
// kScaleNameMaxChars; at least one horizon, each 1–30 years ("range") and
// ascending without duplicates ("horizons"; fields horizons[i]); a period
// both years or neither, each a plan year, from ≤ to, containing the year
// ("period"; fields period_from, period_to); sections each a plan section's
// key, once ("plan_section"; fields sections[i]).
Status Validate(const PlanYear& plan_year);

// name required, at most kScaleNameMaxChars; at least two levels
// ("scale_levels"), each named, at most kScaleLevelMaxChars and unique
// ("scale_levels"; fields levels[i]).
Status Validate(const CompetenceScaleRecord& scale);

}  // namespace kplan
