#include "activity_dto.hpp"

#include "../common.hpp"

namespace kplan::server::handlers {

Json ActivityJson(const store::Activity& a, CalendarDate today) {
  auto date = [](const std::optional<CalendarDate>& d) { return d ? Json(FormatIsoDate(*d)) : Json(); };
  Json j{{"id", a.id},
              {"unit", a.unit_code},
              {"area", a.area},
              {"title", a.title},
              {"description", a.description},
              {"categories", a.categories},
              {"owner", a.owner},
              {"start", date(a.start)},
              {"end", date(a.end)},
              {"status", std::string(ActivityStatusKey(a.status))},
              {"status_label", std::string(ActivityStatusLabel(a.status))},
              {"overdue", IsOverdue(a.status, a.end, today)}};
  PutYearSpan(j, a.years);
  j["goal_ids"] = a.goal_ids;
  j["version"] = a.version;
  return j;
}

Result<store::Activity> ActivityFromJson(const Json& body) {
  Fields f(body);
  store::Activity a;
  auto unit = f.String("unit", kUnitCodeMaxChars);
  if (!unit.ok()) return unit.error();
  auto area = f.String("area", kActivityAreaMaxChars);
  if (!area.ok()) return area.error();
  auto title = f.String("title", kActivityTitleMaxChars);
  if (!title.ok()) return title.error();
  auto description = f.OptionalString("description", kActivityDescriptionMaxChars);
  if (!description.ok()) return description.error();
  auto categories = f.OptionalStrings("categories", kActivityCategoryMaxChars);
  if (!categories.ok()) return categories.error();
  auto owner = f.OptionalString("owner", kActivityOwnerMaxChars);
  if (!owner.ok()) return owner.error();
  auto start = f.OptionalDate("start");
  if (!start.ok()) return start.error();
  auto end = f.OptionalDate("end");
  if (!end.ok()) return end.error();
  auto years = YearSpanFields(f);
  if (!years.ok()) return years.error();
  auto goals = f.OptionalIds("goal_ids");
  if (!goals.ok()) return goals.error();
  auto status_text = f.OptionalString("status", 20);
  if (!status_text.ok()) return status_text.error();
  std::optional<ActivityStatus> status =
      status_text.value().empty() ? ActivityStatus::kPlanned : ParseActivityStatusKey(status_text.value());
  if (!status) return UnknownActivityStatus("status", status_text.value());
  a.unit_code = unit.value();
  a.area = area.value();
  a.title = title.value();
  a.description = description.value();
  a.categories = categories.value();
  a.owner = owner.value();
  a.start = start.value();
  a.end = end.value();
  a.status = *status;
  a.years = years.value();
  a.goal_ids = goals.value();
  // The record's own rules (end before start ...), as the store checks them.
  if (Status valid = Validate(a); !valid.ok()) return valid.error();
  return a;
}

}  // namespace kplan::server::handlers
