#pragma once
// The nuläge key figures of an organisation unit as a report: chosen from the
// stored register snapshots, computed by core (key_figures.hpp), optionally
// split per category or per unit, and compared with an earlier snapshot.
//
// Snapshot choice: the snapshots whose extract covers the unit (taken for the
// unit itself or one above it); the newest unless a date is given. The period
// for hires, leavers and turnover runs from the previous snapshot's date, or
// twelve months back when there is none.

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "kplan/core/calendar_date.hpp"
#include "kplan/core/error.hpp"
#include "kplan/core/key_figures.hpp"
#include "kplan/store/store.hpp"

namespace kplan::report {

enum class FiguresGrouping { kNone, kCategory, kUnit };

struct FiguresRequest {
  std::string org_code;                   // empty: the whole organisation
  std::optional<CalendarDate> snapshot;   // empty: the newest
  FiguresGrouping by = FiguresGrouping::kNone;
  int pension_age = 67;
};

struct FiguresGroup {
  std::string key;    // category name, or unit code
  std::string label;  // category name, or unit name
  KeyFigures figures;
};

struct FiguresReport {
  std::string org_code;
  std::string org_name;
  CalendarDate snapshot;
  CalendarDate period_start;
  int pension_age = 67;
  KeyFigures figures;
  std::optional<CalendarDate> previous_snapshot;
  std::optional<KeyFigures> previous;  // the same unit in the previous snapshot
  std::vector<FiguresGroup> groups;
};

Result<FiguresReport> BuildFiguresReport(store::Store& store, const FiguresRequest& request);

// The JSON document of `kplan figures --format json` and the API.
nlohmann::ordered_json FiguresReportJson(const FiguresReport& report);

// Readable Swedish text for `kplan figures --format text`.
std::string FiguresReportText(const FiguresReport& report);

}  // namespace kplan::report
