#pragma once
// Today's date in UTC, for what depends on it (overdue activities).

#include <chrono>

#include "kplan/core/calendar_date.hpp"

namespace kplan::server {

inline CalendarDate Today() {
  const auto days = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  const std::chrono::year_month_day ymd{days};
  return CalendarDate{static_cast<int>(ymd.year()), static_cast<int>(unsigned(ymd.month())),
                      static_cast<int>(unsigned(ymd.day()))};
}

}  // namespace kplan::server
