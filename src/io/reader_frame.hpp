#pragma once
// The frame every table reader shares (private to src/io): the steps that
// are the same for employees, inventory, population, indicators and
// activities, so that a reader holds only its columns table (columns.cpp)
// and its row function.
//
//   1. OpenTable: refuse personal data (CheckPersonalData, the vocabulary's own
//      headers allowed), then match the columns (MatchColumns: Swedish and
//      English headers, --map first). An error refuses the whole table before
//      any row is read.
//   2. The reader sets up from the matched columns (the parser's constructor)
//      and may still refuse the table (Layout: wide or long, missing level or
//      year columns).
//   3. Every row is read by the row function with one RowErrorCollector
//      (the first `error_limit` errors kept with their location, all counted);
//      what a row function returns is kept only when the row added no error.
//   4. Checks across rows (Finish), then the errors go into the result.
//
// ReadTable does all four on this thread. The register reader, which reads
// its rows on several threads, uses OpenTable, ForEachShare and
// MergeRowErrors, the same steps spread over shares.

#include <concepts>
#include <cstddef>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "kplan/core/error.hpp"
#include "kplan/io/columns.hpp"
#include "kplan/io/row_errors.hpp"
#include "kplan/io/table.hpp"

namespace kplan::io::detail {

// Step 1: nothing personal in the table, and its columns found.
Result<ColumnMapping> OpenTable(const Table& table, const ColumnVocabulary& vocabulary,
                                const ColumnOverrides& overrides);

// An error about the table as a whole (rule e.g. "layout", "missing_column"),
// naming the file and sheet.
Error TableError(const Table& table, std::string sv, std::string en, std::string rule);

// "\"a\", \"b\", \"c\"": headers or names for a message.
std::string QuotedList(const std::vector<std::string>& items);

// What a parser (the reader's part) offers the frame. `ReadResult` is the public
// read result (rows, columns, errors, error_count); the parser is built from
// the table, the result (whose `columns` are matched), the error collector
// and the reader's own options.
template <typename Parser>
concept RowParser = requires(Parser& parser, const TableRow& row) {
  typename Parser::ReadResult;
  { Parser::Vocabulary() } -> std::same_as<const ColumnVocabulary&>;
  parser.Row(row);  // the row function
};

// Steps 1–4 for one table. Parser::Row(row) returns the row as read; the frame
// hands it to Parser::Keep(read, row) when the parser has one (to expand or
// merge rows), otherwise appends it to result.rows. Optional members:
//   Status Layout()  table-level checks after the columns are matched;
//   void Finish()    checks across rows, after the last row.
template <RowParser Parser, typename... Options>
Result<typename Parser::ReadResult> ReadTable(const Table& table, const ColumnOverrides& overrides,
                                          std::size_t error_limit, Options&&... options) {
  Result<ColumnMapping> mapping = OpenTable(table, Parser::Vocabulary(), overrides);
  if (!mapping) return mapping.error();
  typename Parser::ReadResult result;
  result.columns = std::move(mapping).value();
  RowErrorCollector errors(table, error_limit);
  Parser parser(table, result, errors, std::forward<Options>(options)...);
  if constexpr (requires { parser.Layout(); }) {
    if (Status layout = parser.Layout(); !layout) return layout.error();
  }
  for (const TableRow& row : table.rows) {
    const std::size_t before = errors.total();
    auto read = parser.Row(row);
    if (errors.total() != before) continue;
    if constexpr (requires { parser.Keep(std::move(read), row); }) {
      parser.Keep(std::move(read), row);
    } else {
      result.rows.push_back(std::move(read));
    }
  }
  if constexpr (requires { parser.Finish(); }) parser.Finish();
  result.error_count = errors.total();
  result.errors = errors.Take();
  return result;
}

// Calls fn(share, begin, end) for `shares` consecutive ranges of [0, n), the
// first on this thread and the others on their own threads; returns when all
// are done.
template <typename Fn>
void ForEachShare(std::size_t n, std::size_t shares, const Fn& fn) {
  std::vector<std::thread> workers;
  for (std::size_t s = 1; s < shares; ++s) {
    workers.emplace_back([&fn, n, shares, s] { fn(s, n * s / shares, n * (s + 1) / shares); });
  }
  fn(0, 0, n / shares);
  for (std::thread& w : workers) w.join();
}

// Step 4 for rows read in consecutive shares, each with its own collector:
// the shares' errors taken in share order are the file's errors in row
// order; the first `error_limit` are kept, all are counted.
template <typename ReadResult>
void MergeRowErrors(std::vector<RowErrorCollector>& collectors, std::size_t error_limit,
                    ReadResult& result) {
  for (RowErrorCollector& errors : collectors) {
    result.error_count += errors.total();
    for (Error& error : errors.Take()) {
      if (result.errors.size() < error_limit) result.errors.push_back(std::move(error));
    }
  }
}

}  // namespace kplan::io::detail
