#pragma once
// Reading a population forecast (`kplan import population`) as SCB's
// Statistikdatabasen exports it.
//
// Two layouts, recognised from the header:
//   wide  region, ålder, then one column per year (the layout SCB exports):
//           region;ålder;2024;2025;2026
//           0580 Linköping;0 år;1 843;1 861;1 880
//           0580 Linköping;100+ år;95;99;104
//         a year column is headed by the year ("2025"), possibly after a word
//         without digits ("Folkmängd 2025", "år 2025").
//   long  region, år, ålder, antal:
//           region;år;ålder;antal
//           0580 Linköping;2025;0-4 år;9 120
// Columns (PopulationColumns()): ålder required; region optional (area "" when
// absent); kön optional: when present, rows for the same region, year and age
// are summed (män + kvinnor), or, when the file also has rows for both sexes
// together ("totalt", "båda könen"), only those are used.
// Ages: "0 år", "1 år", "100+ år", "100 år eller äldre", "0-4 år", "0–4 år",
// "5", "95+". Rows whose age (or region) is a total ("totalt", "totalt ålder",
// "samtliga") are skipped and counted, since they repeat the other rows.
// Value rules [rule key]: age as above, from ≤ to ≤ 130 [age]; year 1900–2200
// [year]; number of people ≥ 0, decimals allowed (forecasts have them)
// [people]; one row per region, year and age band [unique]; age bands of one
// region and year must not overlap [age_overlap].

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kplan/core/error.hpp"
#include "kplan/core/population.hpp"
#include "kplan/io/columns.hpp"
#include "kplan/io/csv.hpp"
#include "kplan/io/located.hpp"
#include "kplan/io/inventory_reader.hpp"  // TableLayout
#include "kplan/io/row_errors.hpp"
#include "kplan/io/table.hpp"

namespace kplan::io {

struct AgeBand {
  int from = 0;
  std::optional<int> to;  // inclusive; nullopt: "and older" (100+ år)

  bool operator==(const AgeBand&) const = default;
};

// "5 år" → {5, 5}; "0-4 år" → {0, 4}; "100+ år" → {100, nullopt}. nullopt for
// anything else, including totals.
std::optional<AgeBand> ParseAgeBand(std::string_view text);

// A forecast cell as read: the core entry and the (first) row it came from.
// An open band ("100+ år") is closed at kPopulationOldestAge, as stored.
using PopulationRow = Located<PopulationEntry>;

struct PopulationReadResult {
  std::vector<PopulationRow> rows;  // file order (wide: each row's years left to right)
  ColumnMapping columns;            // wide year columns have keys "year:<yyyy>"
  TableLayout layout = TableLayout::kWide;
  std::size_t skipped_total_rows = 0;  // rows for "totalt" ages, regions or sexes
  std::vector<Error> errors;
  std::size_t error_count = 0;

  bool ok() const { return error_count == 0; }
};

Result<PopulationReadResult> ReadPopulation(const Table& table, DecimalMark decimal,
                                            const ColumnOverrides& overrides,
                                            std::size_t error_limit = 100);

}  // namespace kplan::io
