#include "kplan/core/employment_merge.hpp"

#include <algorithm>

namespace kplan {

std::optional<std::string_view> EmploymentConflict(const EmployeeRecord& first,
                                                   const EmployeeRecord& other) {
  if (first.birth_year != other.birth_year) return "birth_year";
  if (first.gender != other.gender) return "gender";
  return std::nullopt;
}

EmployeeRecord MergeEmployments(std::span<const EmployeeRecord> employments) {
  if (employments.empty()) return EmployeeRecord{};
  const EmployeeRecord* largest = &employments.front();
  for (const EmployeeRecord& e : employments) {
    if (e.fte_percent > largest->fte_percent) largest = &e;
  }
  EmployeeRecord merged = *largest;
  merged.employee_id = employments.front().employee_id;
  merged.birth_year = employments.front().birth_year;
  merged.gender = employments.front().gender;
  merged.fte_percent = 0;
  merged.sick_hours = 0;
  merged.scheduled_hours = 0;
  merged.manager = false;
  merged.start = employments.front().start;
  bool open = false;
  for (const EmployeeRecord& e : employments) {
    merged.fte_percent += e.fte_percent;
    merged.sick_hours += e.sick_hours;
    merged.scheduled_hours += e.scheduled_hours;
    merged.manager = merged.manager || e.manager;
    if (e.start < merged.start) merged.start = e.start;
    if (!e.end) {
      open = true;
    } else if (!merged.end || *merged.end < *e.end) {
      merged.end = e.end;
    }
  }
  merged.fte_percent = std::min(merged.fte_percent, 100.0);
  if (open) merged.end.reset();
  return merged;
}

}  // namespace kplan
