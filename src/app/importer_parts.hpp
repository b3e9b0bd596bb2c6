#pragma once
// Private pieces of the importer, shared by importer.cpp and the per-kind
// files (import_employees.cpp, import_planning.cpp).

#include <functional>
#include <set>
#include <string>

#include "kplan/io/columns.hpp"
#include "kplan/io/csv.hpp"
#include "kplan/io/table.hpp"
#include "kplan/app/importer.hpp"

namespace kplan::app::import_detail {

using store::Store;

struct SourceFile {
  io::Table table;
  io::DecimalMark decimal = io::DecimalMark::kComma;
  std::string format;
};

// The unit the import is for and the codes of every unit below it.
struct OrgScope {
  OrgUnit root;
  std::set<std::string, std::less<>> codes;
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

Result<ImportReport> ImportEmployees(const ImportContext& context, const Stage& stage);
Result<ImportReport> ImportInventory(const ImportContext& context, const Stage& stage);
Result<ImportReport> ImportPopulation(const ImportContext& context, const Stage& stage);
Result<ImportReport> ImportIndicators(const ImportContext& context, const Stage& stage);
Result<ImportReport> ImportActivities(const ImportContext& context, const Stage& stage);

}  // namespace kplan::app::import_detail
