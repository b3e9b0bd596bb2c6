#include "kplan/core/activity.hpp"

#include <algorithm>
#include <string>

#include "kplan/core/field_rules.hpp"

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


std::string_view ActivityStatusLabel(ActivityStatus status, Language language) {
  // The English labels are the keys themselves ("planned", "ongoing" ...).
  return language == Language::kSwedish ? ActivityStatusLabel(status) : ActivityStatusKey(status);
}

Status Validate(const Activity& a) {
  if (Status s = ValidateFields(a); !s.ok()) return s;
  for (std::size_t i = 0; i < a.goal_ids.size(); ++i) {
    const bool twice = std::find(a.goal_ids.begin(), a.goal_ids.begin() + static_cast<std::ptrdiff_t>(i),
                                 a.goal_ids[i]) != a.goal_ids.begin() + static_cast<std::ptrdiff_t>(i);
    if (a.goal_ids[i] <= 0 || twice) {
      return FieldRuleError("goal_ids", "goal_ids", "varje mål ska vara ett måls id, en gång",
                            "each goal must be a goal's id, once")
          .WithValue(std::to_string(a.goal_ids[i]));
    }
  }
  return Validate(a.years);
}

Status ValidateFields(const Activity& a) {
  if (Status s = CheckText(a.title, "title", kActivityTitleMaxChars, true); !s.ok()) return s;
  if (Status s = CheckText(a.area, "area", kActivityAreaMaxChars, true); !s.ok()) return s;
  if (a.start && a.end && *a.end < *a.start) {
    return FieldRuleError("end", std::string(kDateOrderRule),
                          "slutdatum " + FormatIsoDate(*a.end) + " ligger före startdatum " +
                              FormatIsoDate(*a.start),
                          "the end " + FormatIsoDate(*a.end) + " is before the start " +
                              FormatIsoDate(*a.start));
  }
  if (Status s = CheckText(a.owner, "owner", kActivityOwnerMaxChars); !s.ok()) return s;
  for (std::size_t i = 0; i < a.categories.size(); ++i) {
    const std::string& c = a.categories[i];
    if (Status s = CheckText(c, "categories", kActivityCategoryMaxChars, true); !s.ok()) return s;
    if (std::find(a.categories.begin(), a.categories.begin() + static_cast<std::ptrdiff_t>(i), c) !=
        a.categories.begin() + static_cast<std::ptrdiff_t>(i)) {
      return FieldRuleError("categories", "categories", "yrkeskategorin " + c + " står två gånger",
                            "the category " + c + " is listed twice")
          .WithValue(c);
    }
  }
  return CheckText(a.description, "description", kActivityDescriptionMaxChars);
}

Error UnknownActivityStatus(std::string_view field, std::string_view text) {
  return FieldRuleError(std::string(field), std::string(kActivityStatusRule),
                        "statusen ska vara planned, ongoing, done eller cancelled",
                        "the status must be planned, ongoing, done or cancelled")
      .WithValue(std::string(text));
}

}  // namespace kplan
