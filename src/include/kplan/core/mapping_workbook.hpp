#pragma once
// The kartläggning workbook a chef downloads for their unit, fills in Excel
// and uploads back: what it contains and how its sheets are laid out — the
// one description that the writer (report/mapping_workbook.hpp) and the
// reader (io/mapping_workbook_reader.hpp) share.
//
//   Sheet "Kartläggning" (protected; only this year's count cells unlocked):
//     row 1   Enhet | Enhetens namn | Yrkeskategori | <level>… | <level> <year−1>…
//     row 2…  one row per unit and category: this year's counts (to fill in)
//             and last year's (for reference)
//   Sheet "Nivådefinitioner": Yrkeskategori | <level>…, what each level means
//   Sheet "Om filen": Uppgift | Värde — Enhet, Enhetens namn, Planår, Sista
//             dag, Version (the grid's inventory_version when downloaded)

#include <cstddef>
#include <optional>
#include <utility>
#include <string>
#include <vector>

#include "kplan/core/level_definition.hpp"

namespace kplan {

inline constexpr const char* kMappingSheet = "Kartläggning";
inline constexpr const char* kDefinitionSheet = "Nivådefinitioner";
inline constexpr const char* kAboutSheet = "Om filen";
inline constexpr std::size_t kMappingFirstLevelColumn = 3;  // 0-based: column D

struct MappingWorkbookRow {
  std::string unit_code;
  std::string unit_name;
  std::string category;
  std::vector<double> counts;                     // this year's, one per level
  std::vector<std::optional<double>> last_year;   // one per level; none: not mapped last year
};

struct MappingWorkbook {
  std::string unit_code;  // the unit the file is for (a chef's avdelning)
  std::string unit_name;
  int year = 0;
  std::string deadline;   // ISO date, "" when no round is open
  int version = 0;        // the grid's inventory_version when downloaded
  std::vector<std::string> levels;
  std::vector<MappingWorkbookRow> rows;
  // Per category (by name), the definitions of its levels.
  std::vector<std::pair<std::string, std::vector<LevelDefinition>>> definitions;
};

// Row 1 of the mapping sheet for the levels and year.
std::vector<std::string> MappingHeader(const std::vector<std::string>& levels, int year);

}  // namespace kplan
