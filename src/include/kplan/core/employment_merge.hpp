#pragma once
// One person with several employments in one register extract (SKR's
// novemberstatistik has one row per employment): the rows become one
// employee, so that head counts, ages and leavers count people, not contracts.

#include <optional>
#include <span>
#include <string_view>

#include "kplan/core/employee.hpp"

namespace kplan {

// The rule key of a conflicting repeat ("unique": the same id, another person).
inline constexpr std::string_view kEmploymentMergeRule = "unique";

// The field in which a further employment row contradicts the first row of
// the same employee id: "birth_year" or "gender" (one person has one of each),
// or nullopt when the two rows may be one person's employments.
std::optional<std::string_view> EmploymentConflict(const EmployeeRecord& first,
                                                   const EmployeeRecord& other);

// One person's employments (at least one, in file order) as one employee:
//   - FTE % (sysselsättningsgrad) summed, at most 100;
//   - occupation (category and SSYK), unit, employment form, competence level
//     and formal qualification from the largest employment (the highest FTE;
//     of equal ones the first in the file);
//   - the earliest start; no end when any employment is open, else the latest end;
//   - manager when any employment is a manager's;
//   - sick hours and scheduled hours summed;
//   - id, birth year and gender from the first row.
EmployeeRecord MergeEmployments(std::span<const EmployeeRecord> employments);

}  // namespace kplan
