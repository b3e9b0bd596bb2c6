#pragma once
// The document of `kplan project` (the stochastic Personalprognos): the
// settings, the categories and the scenarios, as JSON. Described in
// docs/projection-format.md.
//
// Two uses:
//  - a complete model (`kplan project --input FILE`, the benchmark): the start
//    year, the driver series and, per category, the staff as
//    [birth year, level, FTE percent, count] rows;
//  - settings and scenarios for a projection of the stored register
//    (`kplan project --org UNIT --scenario FILE`, the API): the staff, the
//    turnover and the population come from the store, and a category entry
//    only changes what it names.
// Every error names the field as a path (`categories[2].turnover_percent.60-`)
// and the category or scenario by name, in Swedish and English.

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kplan/core/error.hpp"
#include "kplan/core/microsimulation.hpp"
#include "kplan/core/retirement_table.hpp"

namespace kplan::io {

inline constexpr std::size_t kMaxSimulationDocumentBytes = 64u << 20;

// One category as the document gives it; absent fields keep what the model
// (or the store) has.
struct SimulationCategoryDocument {
  std::string name;
  std::optional<std::array<double, kTurnoverAgeBands>> turnover;  // fractions
  std::optional<std::vector<double>> promotion;                  // fractions per level
  std::optional<std::vector<double>> recruit_levels;             // fractions per level
  std::optional<std::string> driver;                             // a series of "drivers"
  std::optional<std::pair<int, int>> driver_ages;                // an age band of the population
  std::optional<double> elasticity;
  std::optional<double> monthly_salary;
  std::optional<double> overhead;                                // fraction
  std::optional<std::vector<StaffGroup>> staff;
};

struct SimulationDocument {
  std::optional<int> start_year;
  std::optional<int> years;
  std::optional<int> runs;
  std::optional<std::uint64_t> seed;
  std::optional<std::string> org;   // unit code (the API)
  std::optional<std::string> area;  // population forecast area
  std::vector<std::string> levels;  // level names, lowest first; empty: not given
  std::optional<int> recruit_age;
  std::optional<RetirementTable> retirement;
  std::optional<double> promotion;  // default for every category, fraction
  std::vector<DriverSeries> drivers;
  std::vector<SimulationCategoryDocument> categories;
  std::vector<Scenario> scenarios;  // empty: one scenario "Bas"
};

// Reads the bytes (UTF-8 with or without BOM, or Windows-1252) and checks
// every field's type and range. Whether the staff must be present is the
// caller's business (ModelFromDocument requires it).
Result<SimulationDocument> ParseSimulationDocument(std::string_view bytes);

// The complete model of a document that gives the staff of every category
// (`--input`): requires start_year, drivers and per category staff and
// turnover. Years default to 10.
Result<SimulationModel> ModelFromDocument(const SimulationDocument& document);

// The scenarios of the document, or one scenario "Bas" with no changes.
std::vector<Scenario> ScenariosOf(const SimulationDocument& document);

}  // namespace kplan::io
