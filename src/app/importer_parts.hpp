#pragma once
// Private pieces of the importer, shared by importer.cpp and the per-kind
// files (import_employees.cpp, import_planning.cpp).

#include <functional>
#include <set>
#include <string>

#include "kplan/io/columns.hpp"
#include "kplan/io/register_reader.hpp"
#include "kplan/io/csv.hpp"
#include "kplan/io/population_reader.hpp"
#include "kplan/io/table.hpp"
#include "kplan/app/importer.hpp"

namespace kplan::app::import_detail {

using store::Store;

struct SourceFile {
  io::Table table;
  io::DecimalMark decimal = io::DecimalMark::kComma;
  std::string format;
  std::vector<std::string> title;  // population CSV: the lines above the header
  std::size_t note_lines = 0;      // population CSV: the lines of notes after the data
};

// The unit the import is for and the codes of every unit below it.
struct OrgScope {
  OrgUnit root;  // id 0 when new_root, or when an org-units import starts an empty organisation
  std::set<std::string, std::less<>> codes;  // the root's subtree (empty when the root is new)
  std::vector<OrgUnit> units;                // the same units
  std::vector<OrgUnit> all_units;            // the whole organisation, as stored
  bool new_root = false;  // the organisation is empty: root is to be created (from --org)
};

struct ImportContext {
  Store& store;
  const ImportRequest& request;
  SourceFile& source;  // the employees import releases its rows once read
  const io::ColumnOverrides& overrides;
  const OrgScope& scope;
};

using Stage = std::function<void(std::string_view, std::string_view)>;

Error UnitOutsideScope(const io::Table& table, std::int64_t line, std::optional<std::size_t> column,
                       const std::string& code, const OrgScope& scope);
void AddRowError(ImportReport& report, Error error, std::size_t limit);

// The report's common part from a reader's result.
template <typename ReadResult>
ImportReport StartReport(const SourceFile& source, const ReadResult& read, std::size_t records) {
  ImportReport report;
  report.format = source.format;
  report.columns = io::DescribeMapping(read.columns);
  report.rows = source.table.rows.size();
  report.records = records;
  report.errors = read.errors;
  report.error_count = read.error_count;
  return report;
}

// The notes of a population import (import_population_notes.cpp).
std::vector<ImportNote> PopulationNotes(const SourceFile& source, const io::PopulationReadResult& read);

Result<ImportReport> ImportEmployees(const ImportContext& context, const Stage& stage);
Result<ImportReport> ImportInventory(const ImportContext& context, const Stage& stage);
Result<ImportReport> ImportPopulation(const ImportContext& context, const Stage& stage);
Result<ImportReport> ImportIndicators(const ImportContext& context, const Stage& stage);
Result<ImportReport> ImportActivities(const ImportContext& context, const Stage& stage);
Result<ImportReport> ImportOrgUnits(const ImportContext& context, const Stage& stage);
// A Kolada answer belongs to no unit and is no table (import_kolada.cpp).
Result<ImportReport> ImportKolada(Store& store, const ImportRequest& request, const Stage& stage);

// The register's unit cells resolved to unit codes (the records rewritten),
// and the units --create-units creates, parents first (a new root first);
// errors go into the report (import_register_units.cpp states the rules).
std::vector<NewOrgUnit> ResolveRegisterUnits(const ImportContext& c, io::EmployeeReadResult& employees,
                                             ImportReport& report);

// An error at a cell of the file: line and column (0-based, may be absent) and the value.
Error AtCell(const io::Table& table, std::int64_t line, std::optional<std::size_t> column,
             const std::string& value, Error error);
// Hands the unit changes to request.on_unit_changes and keeps them in the report.
void AnnounceUnitChanges(const ImportContext& c, std::vector<OrgUnitChange> changes, ImportReport& report);

}  // namespace kplan::app::import_detail
