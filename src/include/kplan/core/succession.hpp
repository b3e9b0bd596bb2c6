#pragma once
// Successionsplanering: a key position, who holds it (a pseudonymous employee
// id, never a name or personnummer), when they retire, the successor and how
// ready the successor is.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "kplan/core/error.hpp"
#include "kplan/core/year_span.hpp"

namespace kplan {

inline constexpr std::size_t kSuccessionPositionMaxChars = 200;
inline constexpr std::size_t kEmployeeRefMaxChars = 64;
inline constexpr int kRetirementYearMin = 2000;
inline constexpr int kRetirementYearMax = 2100;

// How ready the successor is. The keys are stored and sent as they are;
// "" means not yet judged.
struct ReadinessLevel {
  std::string_view key;       // "ready_now", "1_2_years", "3_5_years", "none"
  std::string_view label_sv;  // "Redo nu", ...
  std::string_view label_en;  // "Ready now", ...
};
// The four levels, readiest first (without the unjudged "").
std::span<const ReadinessLevel> ReadinessLevels();
// The label of a key in a language; "Ej bedömd" / "Not assessed" for "",
// empty for an unknown key.
std::string_view ReadinessLabel(std::string_view key, Language language = Language::kSwedish);
// "", or one of ReadinessLevels().
bool IsReadinessKey(std::string_view key);

struct SuccessionEntry {
  std::int64_t id = 0;
  std::string unit_code;
  std::string position_title;
  std::string incumbent_ref;
  std::optional<int> retirement_year;
  std::string successor_ref;
  std::string readiness;  // a ReadinessLevel key or ""
  YearSpan years;         // the plan years it is part of
  int version = 1;
};

// position_title required, at most kSuccessionPositionMaxChars ("required",
// "max_length"); incumbent_ref and successor_ref at most kEmployeeRefMaxChars
// and no personnummer ("no_personnummer", the value not echoed: it is
// personal data); retirement_year in its range ("range"); readiness a key
// ("readiness"); year, through_year a plan year span (year_span.hpp).
Status Validate(const SuccessionEntry& entry);

}  // namespace kplan
