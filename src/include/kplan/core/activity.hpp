#pragma once
// Aktivitetsplan: an activity of a unit's plan, its status vocabulary and the
// rules a stored activity keeps, one home for the store, the API, readers and
// reports.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kplan/core/calendar_date.hpp"
#include "kplan/core/error.hpp"
#include "kplan/core/year_span.hpp"

namespace kplan {

enum class ActivityStatus { kPlanned, kOngoing, kDone, kCancelled };

// Stable keys for storage and JSON: "planned", "ongoing", "done", "cancelled".
std::string_view ActivityStatusKey(ActivityStatus status);
std::optional<ActivityStatus> ParseActivityStatusKey(std::string_view key);
// Swedish: "planerad", "pågår", "klar", "inställd".
std::string_view ActivityStatusLabel(ActivityStatus status);
// In the given language ("planned", "ongoing", "done", "cancelled" in English).
std::string_view ActivityStatusLabel(ActivityStatus status, Language language);
// Every status, in the order a plan lists them.
inline constexpr ActivityStatus kActivityStatuses[] = {
    ActivityStatus::kPlanned, ActivityStatus::kOngoing, ActivityStatus::kDone,
    ActivityStatus::kCancelled};

// Försenad: the end date has passed and the activity is neither done nor
// cancelled. An activity without an end date is never overdue.
bool IsOverdue(ActivityStatus status, const std::optional<CalendarDate>& end, CalendarDate today);

// Limits in characters (UTF-8 code points).
inline constexpr std::size_t kActivityTitleMaxChars = 300;
inline constexpr std::size_t kActivityAreaMaxChars = 100;
inline constexpr std::size_t kActivityOwnerMaxChars = 200;
inline constexpr std::size_t kActivityCategoryMaxChars = 200;
inline constexpr std::size_t kActivityDescriptionMaxChars = 20000;
inline constexpr std::size_t kUnitCodeMaxChars = 64;  // every record's unit_code

// One activity. Units and categories by code and name, as users write them.
struct Activity {
  std::int64_t id = 0;
  std::string unit_code;
  std::string area;  // a standard area's name (strategic_area.hpp) or the municipality's own
  std::string title;
  std::string description;
  // The target group: one yrkeskategori, several, or none listed for all of
  // them (seed 001: "Samtliga socialsekreterare" is the category; an
  // activity for every category lists none).
  std::vector<std::string> categories;
  std::string owner;     // a role or unit, not a person's name
  std::optional<CalendarDate> start;
  std::optional<CalendarDate> end;
  ActivityStatus status = ActivityStatus::kPlanned;
  YearSpan years;  // the plan years it is part of
  std::vector<std::int64_t> goal_ids;  // the goals (followup_goal.hpp) it works towards
  int version = 1;
};

// The first broken rule, naming the field:
//   title, area     required, at most the limits above ("required", "max_length")
//   owner, description   at most the limits ("max_length")
//   categories      each non-empty, at most kActivityCategoryMaxChars, once ("categories")
//   end             not before start ("date_order")
//   year, through_year   a plan year span (year_span.hpp)
//   goal_ids        each a goal's id, once ("goal_ids")
Status Validate(const Activity& activity);
// Every rule above but the plan years: what a file's row states itself (the
// importer gives the rows their plan year).
Status ValidateFields(const Activity& activity);

// Rule key of "ends before it starts", for every record with a period.
inline constexpr std::string_view kDateOrderRule = "date_order";
// Rule key of a status that is not one of kActivityStatuses.
inline constexpr std::string_view kActivityStatusRule = "activity_status";
// The error for a status text that is no key (API bodies).
Error UnknownActivityStatus(std::string_view field, std::string_view text);

}  // namespace kplan
