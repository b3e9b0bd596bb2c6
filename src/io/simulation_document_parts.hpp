#pragma once
// Private: the readers of the parts of a `kplan project` document. Each reads
// one part completely or returns the first error in it, naming the field.

#include <array>
#include <utility>
#include <vector>

#include "kplan/io/json_fields.hpp"
#include "kplan/io/simulation_document.hpp"

namespace kplan::io::simulation_document {

using json_fields::Json;
using json_fields::Where;

// A percentage 0–max read as a fraction.
Result<double> ReadPercent(const Json& json, const Where& where, double max = 100);
// {"61": 2, ..., "69": 100}: hazards in percent, every age between the first and the last.
Result<RetirementTable> ReadRetirement(const Json& json, const Where& where);
// A percentage for every age band, or {"-29": …, "30-39": …, "40-49": …, "50-59": …, "60-": …}.
Result<std::array<double, kTurnoverAgeBands>> ReadTurnover(const Json& json, const Where& where);
// [8, 5, 3]: a percentage per level.
Result<std::vector<double>> ReadPercentList(const Json& json, const Where& where);
// Rows [birth year, level or null, FTE percent, count], or objects with those keys.
Result<std::vector<StaffGroup>> ReadStaff(const Json& json, const Where& where);
// [from, to] of the population forecast.
Result<std::pair<int, int>> ReadAgeBand(const Json& json, const Where& where);

Result<SimulationCategoryDocument> ReadCategory(const Json& json, const Where& at, std::size_t number);
Result<Scenario> ReadScenario(const Json& json, const Where& at, std::size_t number);
Result<DriverSeries> ReadDriver(const Json& json, const Where& at, std::size_t number);

}  // namespace kplan::io::simulation_document
