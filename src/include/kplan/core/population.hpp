#pragma once
// Befolkningsprognos: one cell of a population forecast (SCB layout), the
// driver of the staffing need. Read by io (population reader), saved and
// loaded by the store, used by the staffing simulation.

#include <string>

namespace kplan {

// The age an open band ("100+ år", "80 år och äldre") is closed at when
// stored: no forecast counts anyone older.
inline constexpr int kPopulationOldestAge = 120;

// People of ages age_from..age_to (inclusive) in `area` in `year`.
struct PopulationEntry {
  std::string area;  // region by name, e.g. "Linköping" (io/population_reader.hpp)
  int year = 0;
  int age_from = 0;
  int age_to = 0;  // kPopulationOldestAge for an open band
  double people = 0;
};

}  // namespace kplan
