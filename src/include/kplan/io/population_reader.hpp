#pragma once
// Reading a population forecast (`kplan import population`) as SCB's
// Statistikdatabasen (PxWeb, PxWeb 2) and its API write it. The file formats
// (CSV with title lines and notes, PX, JSON-stat2, XLSX) become a Table in
// population_source.hpp; this reader reads the Table.
//
// Two layouts, recognised from the header:
//   wide  region, ålder, then one column per year (the layout SCB exports):
//           region;ålder;2024;2025;2026
//           0580 Linköping;0 år;1 843;1 861;1 880
//           0580 Linköping;100+ år;95;99;104
//         a year column is headed by the year ("2025"), possibly after its
//         content ("Folkmängd 2025", "000005RC 2025"; population_cells.hpp).
//   long  region, år, ålder, antal:
//           region;år;ålder;antal
//           0580 Linköping;2025;0-4 år;9 120
// Columns (PopulationColumns()): ålder required; region optional (area "" when
// absent). Regions are stored by name: "0580 Linköping", "0580 - Linköping"
// → "Linköping"; a code alone stays a code.
// Dimensions the forecast does not use — kön, civilstånd, födelseregion
// (inrikes/utrikes född) — are summed over (män + kvinnor), or, when the
// dimension has a total ("totalt", "båda könen", "inrikes och utrikes födda"),
// only its total rows are used; `summed_dimensions` names those summed.
// Two contents (year columns "Folkmängd 2025" and "Folkökning 2025", or a
// tabellinnehåll column): the population is read ("Folkmängd", "Befolkning",
// "Population", "Antal personer"), the others left out; a single content is
// read whatever its name.
// Ages: "0 år", "1 år", "100+ år", "100 år eller äldre", "0-4 år", "0–4 år",
// "5", "95+", "0 years", "1 year", "100+ years", "-14 years" (0–14). Rows whose
// age, region or dimension is a total ("totalt", "totalt ålder", "total, all
// ages", "samtliga", "TotSa") are skipped and counted, since they repeat the
// other rows.
// Values: decimals allowed (forecasts have them); SCB's "-" is 0 and ".."
// (uppgift saknas) leaves that age and year out, counted in `missing_values`.
// Value rules [rule key]: age as above, from ≤ to ≤ 130 [age]; year 1900–2200
// [year]; number of people ≥ 0 [people]; one row per region, year, age band
// and dimension value [unique]; age bands of one region and year must not
// overlap [age_overlap]. Table rules: one layout [layout], the columns it
// needs [missing_column], one population content [contents].

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
  std::size_t skipped_total_rows = 0;  // rows for "totalt" ages, regions or dimensions
  std::vector<std::string> summed_dimensions;  // headers as written ("kön", "civilstånd")
  std::string contents;                        // the content read ("Folkmängd"), if named
  std::vector<std::string> other_contents;     // contents left out ("Folkökning")
  std::size_t skipped_content_rows = 0;        // rows of the other contents
  std::size_t missing_values = 0;              // ".." cells left out
  std::vector<Error> errors;
  std::size_t error_count = 0;

  bool ok() const { return error_count == 0; }
};

// True for a header row of a population table: it has an age column and a
// region or year column (or a column per year). The CSV reader skips title
// lines above it (csv.hpp, CsvOptions::is_header).
bool LooksLikePopulationHeader(const std::vector<std::string>& fields);

Result<PopulationReadResult> ReadPopulation(const Table& table, DecimalMark decimal,
                                            const ColumnOverrides& overrides,
                                            std::size_t error_limit = 100);

}  // namespace kplan::io
