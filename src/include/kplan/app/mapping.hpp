#pragma once
// The kartläggning as an assignment, for the API: the plan year a chef's unit
// maps into (never created here), and the unit's XLSX workbook down and back
// up (core/mapping_workbook.hpp).

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kplan/app/plan_scope.hpp"
#include "kplan/core/error.hpp"
#include "kplan/core/mapping_workbook.hpp"
#include "kplan/store/store.hpp"

namespace kplan::app {

// The plan year of the scope's plan unit, std::nullopt when none exists.
Result<std::optional<store::PlanYear>> PlanYearOfScope(store::Store& store, const PlanScope& plan);

// The workbook of the scope's unit: one row per unit of its subtree and
// category that has cells this year or last year (else every unit without
// units below it × every category), last year's figures, the categories'
// level definitions, the round's last day and the grid's version.
// kNotFound when the plan year does not exist.
Result<MappingWorkbook> BuildMappingWorkbook(store::Store& store, const PlanScope& plan);
// BuildMappingWorkbook rendered as XLSX, with its file name
// ("Kartläggning 2027 VOF-HT.xlsx").
struct WorkbookFile {
  std::string file_name;
  std::string bytes;
};
Result<WorkbookFile> RenderUnitWorkbook(store::Store& store, const PlanScope& plan);

// Reads a filled workbook and, when every cell is good, replaces the grid of
// its rows in one transaction (quoting the version the file was downloaded
// at: kPreconditionFailed when the grid changed since). Bad cells: one
// kInvalidInput error, the first bad cell's, whose hint lists the others
// ("mapping_count" etc., io/mapping_workbook_reader.hpp); nothing is written.
struct WorkbookUploaded {
  int version = 0;        // the grid's inventory_version after
  std::size_t cells = 0;  // cells written
};
Result<WorkbookUploaded> UploadUnitWorkbook(store::Store& store, const PlanScope& plan, std::string_view bytes,
                                            std::string_view file_name, std::string_view actor);

}  // namespace kplan::app
