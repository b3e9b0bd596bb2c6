#include "kplan/core/activity.hpp"

namespace kplan {
namespace {

constexpr ActivityStatus kAll[] = {ActivityStatus::kPlanned, ActivityStatus::kOngoing,
                                   ActivityStatus::kDone, ActivityStatus::kCancelled};

}  // namespace

std::string_view ActivityStatusKey(ActivityStatus status) {
  switch (status) {
    case ActivityStatus::kPlanned: return "planned";
    case ActivityStatus::kOngoing: return "ongoing";
    case ActivityStatus::kDone: return "done";
    case ActivityStatus::kCancelled: return "cancelled";
  }
  return "planned";
}

std::optional<ActivityStatus> ParseActivityStatusKey(std::string_view key) {
  for (ActivityStatus s : kAll) {
    if (ActivityStatusKey(s) == key) return s;
  }
  return std::nullopt;
}

std::string_view ActivityStatusLabel(ActivityStatus status) {
  switch (status) {
    case ActivityStatus::kPlanned: return "planerad";
    case ActivityStatus::kOngoing: return "pågår";
    case ActivityStatus::kDone: return "klar";
    case ActivityStatus::kCancelled: return "inställd";
  }
  return "planerad";
}

bool IsOverdue(ActivityStatus status, const std::optional<CalendarDate>& end, CalendarDate today) {
  if (!end) return false;
  if (status == ActivityStatus::kDone || status == ActivityStatus::kCancelled) return false;
  return *end < today;
}

}  // namespace kplan
