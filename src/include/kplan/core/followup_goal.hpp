#pragma once
// Kompetensmål / Uppföljning: a goal (mål) of a unit's plan, followed up by
// indicators (indicator_record.hpp). Not the Kompetensmål calculation, which
// is goals.hpp.

#include <cstddef>
#include <cstdint>
#include <string>

#include "kplan/core/error.hpp"
#include "kplan/core/year_span.hpp"

namespace kplan {

inline constexpr std::size_t kGoalTitleMaxChars = 300;
inline constexpr std::size_t kGoalDescriptionMaxChars = 20000;

struct Goal {
  std::int64_t id = 0;
  std::string unit_code;
  std::string title;
  std::string description;
  YearSpan years;  // the plan years it is a goal of
  int version = 1;
};

// title required and at most kGoalTitleMaxChars ("required", "max_length");
// description at most kGoalDescriptionMaxChars; year, through_year a plan
// year span (year_span.hpp).
Status Validate(const Goal& goal);

}  // namespace kplan
