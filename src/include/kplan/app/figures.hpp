#pragma once
// The key figures report (kplan/report/figures.hpp) of a unit from the stored
// register: `kplan figures` and GET /api/v1/register/figures.
//
// Snapshot choice: the snapshots whose extract covers the unit (taken for the
// unit itself or one above it); the newest unless a date is given. The period
// for hires, leavers and turnover runs from the previous snapshot's date, or
// twelve months back when there is none.

#include <optional>
#include <string>

#include "kplan/core/calendar_date.hpp"
#include "kplan/core/error.hpp"
#include "kplan/report/figures.hpp"
#include "kplan/store/store.hpp"

namespace kplan::app {

enum class FiguresGrouping { kNone, kCategory, kUnit };

struct FiguresRequest {
  std::string org_code;                   // empty: the whole organisation
  std::optional<CalendarDate> snapshot;   // empty: the newest
  FiguresGrouping by = FiguresGrouping::kNone;  // kUnit: per unit directly below the org
  int pension_age = 67;
};

Result<report::FiguresReport> BuildFiguresReport(store::Store& store, const FiguresRequest& request);

}  // namespace kplan::app
