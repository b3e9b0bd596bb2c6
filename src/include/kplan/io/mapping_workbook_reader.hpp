#pragma once
// Reads a kartläggning workbook back (layout: core/mapping_workbook.hpp) that
// a chef filled in, against the workbook the unit would get now.
//
// Every cell is checked before anything is returned, and every bad one is
// reported with its sheet and cell ("flik \"Kartläggning\", cell D7: \"tio\"
// är inte ett tal"):
//   mapping_file    "Om filen" names another unit or year than the upload's
//   mapping_header  row 1 of the mapping sheet is not the expected one
//   mapping_row     a row names a unit and category the unit's file does not
//                   have, or the same one twice
//   mapping_count   a count that is not a number ≥ 0 (an empty cell is 0)
// plus ReadXlsx's errors for a file that is not a workbook.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "kplan/core/error.hpp"
#include "kplan/core/inventory.hpp"
#include "kplan/core/mapping_workbook.hpp"

namespace kplan::io {

struct MappingUpload {
  int version = 0;                     // "Om filen"'s Version: the grid as downloaded
  std::vector<InventoryEntry> entries; // one per row and level, this year's counts
  std::vector<Error> errors;           // the first `error_limit`; empty when the file is good
  std::size_t error_count = 0;
};

// A Result error only when the file cannot be read as a workbook at all; bad
// cells are in MappingUpload::errors.
Result<MappingUpload> ReadMappingWorkbook(std::string_view bytes, std::string_view file_name,
                                          const MappingWorkbook& expected, std::size_t error_limit = 50);

}  // namespace kplan::io
