#pragma once
// Aktivitetsplan: the status of an activity, one vocabulary for the store,
// the API, readers and reports.

#include <optional>
#include <string_view>

namespace kplan {

enum class ActivityStatus { kPlanned, kOngoing, kDone, kCancelled };

// Stable keys for storage and JSON: "planned", "ongoing", "done", "cancelled".
std::string_view ActivityStatusKey(ActivityStatus status);
std::optional<ActivityStatus> ParseActivityStatusKey(std::string_view key);
// Swedish: "planerad", "pågår", "klar", "inställd".
std::string_view ActivityStatusLabel(ActivityStatus status);

}  // namespace kplan
