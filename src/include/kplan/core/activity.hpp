#pragma once
// Aktivitetsplan: the status of an activity, one vocabulary for the store,
// the API, readers and reports.

#include <optional>
#include <string_view>

#include "kplan/core/calendar_date.hpp"

namespace kplan {

enum class ActivityStatus { kPlanned, kOngoing, kDone, kCancelled };

// Stable keys for storage and JSON: "planned", "ongoing", "done", "cancelled".
std::string_view ActivityStatusKey(ActivityStatus status);
std::optional<ActivityStatus> ParseActivityStatusKey(std::string_view key);
// Swedish: "planerad", "pågår", "klar", "inställd".
std::string_view ActivityStatusLabel(ActivityStatus status);

// Försenad: the end date has passed and the activity is neither done nor
// cancelled. An activity without an end date is never overdue.
bool IsOverdue(ActivityStatus status, const std::optional<CalendarDate>& end, CalendarDate today);

}  // namespace kplan
