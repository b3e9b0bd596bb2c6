#pragma once
// The stochastic Personalprognos of an organisation unit: the model built
// from the stored register and population forecast (or from a complete
// document), run by core (microsimulation.hpp), and written as JSON or
// Swedish text. `kplan project` and the API share it.
//
// From the store, for the unit and everything below it:
//   staff      the newest register extract that covers the unit (or the one
//              given): monthly-paid employees employed on its date, by
//              category, birth year, competence level and FTE; the start
//              year is the extract's year;
//   turnover   permanent leavers younger than the first age of the
//              retirement table (older leavers count as retirements) over
//              the mean of permanent staff at the period's start and end,
//              the period running from the previous extract (or a year back);
//              per category and age band as category rate × age band rate /
//              overall rate, each rate shrunk towards the overall rate by
//              20 persons' weight (rate = (leavers + 20·overall) / (staff +
//              20)) so that small groups do not get extreme rates; 8 % a
//              year when the register holds no leavers at all;
//   need       the population forecast of the area (the only one stored, or
//              the one named): the age band of the category's SSYK code
//              (need_driver.hpp) or the one the document gives;
//   levels     the competence scale of the plan year (Viss … Mycket hög).
// The document (`--scenario FILE`) may change any category's rates, driver,
// elasticity, salary and overhead, the retirement table, the recruit age,
// and gives the scenarios. Every assumption made is listed in the result.

#include <cstdint>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "kplan/core/calendar_date.hpp"
#include "kplan/core/error.hpp"
#include "kplan/core/microsimulation.hpp"
#include "kplan/io/simulation_document.hpp"
#include "kplan/store/store.hpp"

namespace kplan::report {

struct SimulationRequest {
  std::string org_code;                  // empty: the document's "org", else the whole organisation
  std::optional<CalendarDate> snapshot;  // empty: the newest
  std::optional<int> years;              // empty: the document's, else 10
  std::optional<int> runs;               // empty: the document's, else 1,000
  std::optional<std::uint64_t> seed;     // empty: the document's, else 1
  int threads = 0;                       // 0: every core
  io::SimulationDocument document;       // settings and scenarios (may be empty)
};

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

Result<PreparedSimulation> PrepareSimulation(store::Store& store, const SimulationRequest& request);

// A complete model from a document (`kplan project --input`).
Result<PreparedSimulation> PrepareSimulationFromDocument(const SimulationRequest& request);

// The JSON of `kplan project --format json` and the API (docs/projection-format.md).
nlohmann::ordered_json SimulationReportJson(const PreparedSimulation& prepared, const SimulationResult& result);

// Swedish tables for `kplan project --format text`: per scenario, the total
// year by year (headcount, retirements, leavers and recruitment as P10–P90
// with the median, and the split of recruitment), then the categories.
std::string SimulationReportText(const PreparedSimulation& prepared, const SimulationResult& result);

}  // namespace kplan::report
