#pragma once
// The Personalprognos model of a unit (kplan/report/staffing_simulation.hpp),
// built from the stored register and population forecast with a document's
// changes, or from a complete document alone.
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
#include <string>

#include "kplan/core/calendar_date.hpp"
#include "kplan/core/error.hpp"
#include "kplan/io/simulation_document.hpp"
#include "kplan/report/staffing_simulation.hpp"
#include "kplan/store/store.hpp"

namespace kplan::app {

struct SimulationRequest {
  std::string org_code;                  // empty: the document's "org", else the whole organisation
  std::optional<CalendarDate> snapshot;  // empty: the newest
  std::optional<int> years;              // empty: the document's, else 10
  std::optional<int> runs;               // empty: the document's, else 1,000
  std::optional<std::uint64_t> seed;     // empty: the document's, else 1
  int threads = 0;                       // 0: every core
  io::SimulationDocument document;       // settings and scenarios (may be empty)
};

Result<report::PreparedSimulation> PrepareSimulation(store::Store& store, const SimulationRequest& request);

// A complete model from a document (`kplan project --input`).
Result<report::PreparedSimulation> PrepareSimulationFromDocument(const SimulationRequest& request);

}  // namespace kplan::app
