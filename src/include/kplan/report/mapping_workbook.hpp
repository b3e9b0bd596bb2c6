#pragma once
// Writes the kartläggning workbook of a unit (core/mapping_workbook.hpp) as
// XLSX: the mapping sheet protected with only this year's count cells
// unlocked (no password: protection guards the structure against slips, not
// against a determined user — the reader checks everything anyway), the
// level definitions and the file's unit, year and version.

#include <string>

#include "kplan/core/error.hpp"
#include "kplan/core/mapping_workbook.hpp"

namespace kplan::report {

Result<std::string> RenderMappingWorkbook(const MappingWorkbook& workbook);

}  // namespace kplan::report
