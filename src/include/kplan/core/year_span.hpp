#pragma once
// The plan years a goal, an activity or a succession entry belongs to: the
// year it was written for and, when it goes on, the last year it is part of.
// A record carried on is one record, not a copy per year, so its history and
// follow-up stay together; the plan of a later year says where it began
// ("fortsätter från 2024").

#include <optional>
#include <string_view>

#include "kplan/core/error.hpp"

namespace kplan {

struct YearSpan {
  int first = 0;              // the plan year it was written for
  std::optional<int> last;    // the last plan year it belongs to; absent: `first` only
};

// The last plan year of the span.
int LastYear(const YearSpan& span);
// The plan of `plan_year` contains the record.
bool Covers(const YearSpan& span, int plan_year);
// The record began in an earlier plan year and goes on in `plan_year`.
bool ContinuesInto(const YearSpan& span, int plan_year);

// The fields a span is read from and reported under, in every layer.
inline constexpr std::string_view kYearField = "year";
inline constexpr std::string_view kThroughYearField = "through_year";
// Rule key of a last year before the first.
inline constexpr std::string_view kYearOrderRule = "year_order";

// year and through_year in kPlanYearMin–kPlanYearMax ("range"); through_year
// not before year ("year_order").
Status Validate(const YearSpan& span);

}  // namespace kplan
