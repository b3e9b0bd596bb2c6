#pragma once
// The nuläge key figures of an organisation unit as a report: computed by
// core (key_figures.hpp), optionally split per category or per unit, and
// compared with an earlier snapshot; written as JSON or Swedish text. The app
// layer builds it from the store (kplan/app/figures.hpp).

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "kplan/core/calendar_date.hpp"
#include "kplan/core/error.hpp"
#include "kplan/core/key_figures.hpp"

namespace kplan::report {

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

// The JSON document of `kplan figures --format json` and the API.
nlohmann::ordered_json FiguresReportJson(const FiguresReport& report);

// Readable Swedish text for `kplan figures --format text`.
std::string FiguresReportText(const FiguresReport& report);

}  // namespace kplan::report
