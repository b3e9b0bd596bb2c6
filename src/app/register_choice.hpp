#pragma once
// Private to the app layer: which stored register extracts describe a unit,
// and which of them a request means. Key figures, the plan's nuläge and the
// staffing simulation choose the same way.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "kplan/core/calendar_date.hpp"
#include "kplan/core/error.hpp"
#include "kplan/core/org_tree.hpp"
#include "kplan/store/store.hpp"

namespace kplan::app::detail {

// The same day a year earlier (28 February for 29 February): the start of the
// period when there is no earlier extract.
CalendarDate YearBefore(const CalendarDate& date);

// The extracts taken for the unit or a unit above it (an extract covers its
// unit's whole subtree), oldest first.
Result<std::vector<store::EmployeeSnapshot>> CoveringSnapshots(store::Store& store, const OrgTree& tree,
                                                               const OrgUnit& unit);

// The unit asked for (by code; the root when empty) and the extracts that
// cover it, oldest first, with the one chosen: the newest, or the one dated
// `snapshot`. kNotFound when the unit, any extract, or the dated one is missing.
struct RegisterChoice {
  OrgUnit unit;
  std::vector<store::EmployeeSnapshot> snapshots;
  std::size_t chosen = 0;

  const store::EmployeeSnapshot& Chosen() const { return snapshots[chosen]; }
  // The period of hires, leavers and turnover: from the extract before the
  // chosen one, or a year back.
  CalendarDate PeriodStart() const {
    return chosen > 0 ? snapshots[chosen - 1].extract_date : YearBefore(Chosen().extract_date);
  }
};
Result<RegisterChoice> ChooseRegister(store::Store& store, const OrgTree& tree, const std::string& org_code,
                                      const std::optional<CalendarDate>& snapshot);

}  // namespace kplan::app::detail
