#pragma once
// Collecting the row-level errors of an import: every bad row is found (the
// whole file is validated before anything is stored), the first `limit` errors
// are kept with their full location, and all of them are counted.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kplan/core/error.hpp"
#include "kplan/io/table.hpp"

namespace kplan::io {

// The location of a cell: file, sheet, row, column header, value, the CSV
// record as written, and for XLSX (Table::sheet set) the cell reference ("C14").
SourceLocation CellLocation(const Table& table, const TableRow& row,
                            std::optional<std::size_t> column);

class RowErrorCollector {
 public:
  RowErrorCollector(const Table& table, std::size_t limit) : table_(table), limit_(limit) {}

  // An error in one cell. `value` is the cell as written; messages are complete
  // sentences without the location ("\"150\" är inte ett tal mellan 0 och 100").
  void AddCell(const TableRow& row, std::size_t column, std::string message_sv,
               std::string message_en, std::string_view rule, std::string hint = {});
  // An error about a whole row (no single column).
  void AddRow(const TableRow& row, std::string message_sv, std::string message_en,
              std::string_view rule, std::string hint = {});

  std::size_t total() const { return total_; }
  std::vector<Error> Take() { return std::move(errors_); }

 private:
  void Add(const TableRow& row, std::optional<std::size_t> column, std::string message_sv,
           std::string message_en, std::string_view rule, std::string hint);

  const Table& table_;
  std::size_t limit_;
  std::size_t total_ = 0;
  std::vector<Error> errors_;
};

// The line a report ends with when errors were left out, e.g.
// "ytterligare 37 fel visas inte (totalt 137 fel, gränsen är 100)"; empty when
// nothing was left out.
std::string DescribeOmittedErrors(std::size_t shown, std::size_t total, std::size_t limit,
                                  Language lang = Language::kSwedish);

}  // namespace kplan::io
