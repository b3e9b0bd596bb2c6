#include "kplan/io/row_errors.hpp"

namespace kplan::io {

SourceLocation CellLocation(const Table& table, const TableRow& row,
                            std::optional<std::size_t> column) {
  SourceLocation loc;
  loc.file = table.file;
  loc.sheet = table.sheet;
  loc.row = row.line;
  loc.source_line = row.source;
  if (column) {
    if (*column < table.header.size()) loc.column = table.header[*column];
    if (!table.sheet.empty()) loc.cell = ColumnLetters(*column) + std::to_string(row.line);
    loc.value = *column < row.fields.size() ? row.fields[*column] : std::string();
  }
  return loc;
}

void RowErrorCollector::AddCell(const TableRow& row, std::size_t column, std::string message_sv,
                                std::string message_en, std::string_view rule, std::string hint) {
  Add(row, column, std::move(message_sv), std::move(message_en), rule, std::move(hint));
}

void RowErrorCollector::AddRow(const TableRow& row, std::string message_sv,
                               std::string message_en, std::string_view rule, std::string hint) {
  Add(row, std::nullopt, std::move(message_sv), std::move(message_en), rule, std::move(hint));
}

void RowErrorCollector::Add(const TableRow& row, std::optional<std::size_t> column,
                            std::string message_sv, std::string message_en,
                            std::string_view rule, std::string hint) {
  ++total_;
  if (errors_.size() >= limit_) return;
  Error error(ErrorCode::kInvalidInput, std::move(message_sv), std::move(message_en));
  error.WithLocation(CellLocation(table_, row, column)).WithRule(std::string(rule));
  if (!hint.empty()) error.WithHint(std::move(hint));
  errors_.push_back(std::move(error));
}

std::string DescribeOmittedErrors(std::size_t shown, std::size_t total, std::size_t limit,
                                  Language lang) {
  if (total <= shown) return {};
  const std::string more = std::to_string(total - shown);
  if (lang == Language::kEnglish) {
    return more + " more errors not shown (" + std::to_string(total) +
           " errors in all, the limit is " + std::to_string(limit) + ")";
  }
  return "ytterligare " + more + " fel visas inte (totalt " + std::to_string(total) +
         " fel, gränsen är " + std::to_string(limit) + ")";
}

}  // namespace kplan::io
