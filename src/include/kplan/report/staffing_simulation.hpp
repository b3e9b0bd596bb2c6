#pragma once
// The stochastic Personalprognos of an organisation unit: the prepared model
// with every assumption made, run by core (microsimulation.hpp), written as
// JSON or Swedish text. `kplan project` and the API share it.
//
// How the model is built from the store or a document: kplan/app/simulation.hpp.

#include <array>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "kplan/core/calendar_date.hpp"
#include "kplan/core/error.hpp"
#include "kplan/core/microsimulation.hpp"

namespace kplan::report {

// What the projection assumed for one category, for the reader.
struct CategoryAssumptions {
  std::string name;
  std::string ssyk;
  int headcount = 0;
  double fte = 0;
  std::array<double, kTurnoverAgeBands> turnover{};  // fractions per age band
  std::string turnover_source;  // "register", "document", "default"
  std::string driver;           // "80–120 år", "hela befolkningen", or a series name
  double elasticity = 1;
};

struct PreparedSimulation {
  std::string org_code;
  std::string org_name;
  std::optional<CalendarDate> snapshot;      // the register extract used (store only)
  std::optional<CalendarDate> period_start;  // of the turnover estimate (store only)
  std::string area;                          // the population forecast used, if any
  std::vector<std::string> level_names;
  SimulationModel model;
  std::vector<Scenario> scenarios;
  SimulationOptions options;
  std::vector<CategoryAssumptions> categories;
  std::vector<std::string> notes;  // assumptions in Swedish sentences
};

// The JSON of `kplan project --format json` and the API (docs/projection-format.md).
nlohmann::ordered_json SimulationReportJson(const PreparedSimulation& prepared, const SimulationResult& result);

// Swedish tables for `kplan project --format text`: per scenario, the total
// year by year (headcount, retirements, leavers and recruitment as P10–P90
// with the median, and the split of recruitment), then the categories.
std::string SimulationReportText(const PreparedSimulation& prepared, const SimulationResult& result);

}  // namespace kplan::report
