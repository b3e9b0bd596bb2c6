#pragma once
// A calendar date (no time zone: HR extracts are dates, not instants).

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace kplan {

struct CalendarDate {
  int year = 1970;
  int month = 1;
  int day = 1;

  auto operator<=>(const CalendarDate&) const = default;
};

// Parses ISO 8601 "YYYY-MM-DD" and checks the day exists (leap years included).
std::optional<CalendarDate> ParseIsoDate(std::string_view text);
std::string FormatIsoDate(const CalendarDate& date);
bool IsValidDate(const CalendarDate& date);

}  // namespace kplan
