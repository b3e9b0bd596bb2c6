#pragma once
// Reading a kartläggning (`kplan import inventory`): how many people in each
// occupational category (optionally per unit) hold each competence level, as
// in seed 001's tables.
//
// Two layouts, recognised from the header:
//   wide  one column per level of the scale, headed by the level's name
//         ("Viss", "God", "Hög", "Mycket hög"; also "Viss nivå"):
//           Enhet;Yrkeskategori;SSYK;Viss;God;Hög;Mycket hög
//           SOC1;Socialsekreterare;2661;4;12;20;3
//         every level needs its column; a blank cell is 0.
//   long  a level column and a count column:
//           Enhet;Yrkeskategori;Kompetensnivå;Antal
//           SOC1;Socialsekreterare;God;12
// Columns (InventoryColumns()): category required; unit and SSYK optional.
// Value rules [rule key]: category non-empty [required]; SSYK four digits
// [ssyk]; level a name of the scale or its position 1 … n [competence_level];
// count a number ≥ 0, decimals allowed (counts may be FTEs) [count]; one row per
// unit, category (and level) [unique].

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "kplan/core/error.hpp"
#include "kplan/core/inventory.hpp"
#include "kplan/io/columns.hpp"
#include "kplan/io/csv.hpp"
#include "kplan/io/located.hpp"
#include "kplan/io/row_errors.hpp"
#include "kplan/io/table.hpp"

namespace kplan::io {

enum class TableLayout {
  kWide,  // one column per level (inventory) or per year (population)
  kLong,  // one row per level or year, with a value column
};

// A kartläggning cell as read: the core entry (record.level the scale's name
// of the level, record.unit_code empty when the file has no unit column), the
// row it came from, and what the entry does not keep.
struct InventoryRow : Located<InventoryEntry> {
  std::string ssyk;                // empty when not given
  std::size_t level_position = 0;  // position on the scale, lowest 0
};

struct InventoryReadOptions {
  std::vector<std::string> level_names = {"Viss", "God", "Hög", "Mycket hög"};
  std::size_t error_limit = 100;
};

struct InventoryReadResult {
  std::vector<InventoryRow> rows;  // wide: one per level of each valid row, level order
  ColumnMapping columns;           // wide level columns have keys "level:<name>"
  TableLayout layout = TableLayout::kLong;
  std::vector<Error> errors;
  std::size_t error_count = 0;

  bool ok() const { return error_count == 0; }
};

Result<InventoryReadResult> ReadInventory(const Table& table, DecimalMark decimal,
                                          const ColumnOverrides& overrides,
                                          const InventoryReadOptions& options);

}  // namespace kplan::io
