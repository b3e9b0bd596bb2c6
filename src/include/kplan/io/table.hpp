#pragma once
// A table read from a file (CSV or an XLSX sheet): a header and rows of text
// fields, each row remembering where it came from so that every later error
// can name the file, sheet, row and column.

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace kplan::io {

struct TableRow {
  std::int64_t line = 0;            // CSV: 1-based line where the record starts; XLSX: sheet row
  std::vector<std::string> fields;  // UTF-8 text, one per header column
  std::string_view source;          // CSV: the record as written (in Table::text); XLSX: empty
};

struct Table {
  std::string file;                 // as the user named it
  std::string sheet;                // XLSX sheet name; empty for CSV
  std::vector<std::string> header;  // trimmed
  std::vector<TableRow> rows;       // empty rows skipped
  // CSV: the decoded file, which the rows' `source` views (one buffer instead
  // of a string per row). Shared, so that a copied or moved Table stays valid.
  std::shared_ptr<const std::string> text;
};

// Spreadsheet column letters for a 0-based column index: 0 → "A", 26 → "AA".
std::string ColumnLetters(std::size_t index);

}  // namespace kplan::io
