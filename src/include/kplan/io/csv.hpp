#pragma once
// Reading CSV files as HR systems and Excel write them in Sweden.
//
// ReadCsv detects the dialect and says what it detected:
//   - encoding: UTF-8 with or without BOM, or Windows-1252 (text_encoding.hpp);
//   - separator: ';' (Swedish Excel), ',' or tab, chosen as the candidate that
//     splits the header and the first rows into the same number of fields;
//   - decimal mark: comma or point, from the numbers in the data (a ';' or tab
//     file defaults to comma, a ',' file must use point).
// With CsvOptions::is_header (downloads such as SCB's), the header is the
// first record it accepts: title lines and blank lines above it are skipped
// (kept in CsvFile::title), and notes after the data — from a record with a
// single field that follows the last record of the header's width ("Fotnoter:",
// "Källa: SCB") to the end — are no rows (counted in CsvFile::note_lines).
// Quoted fields follow RFC 4180 ("" inside quotes is a quote; quoted fields may
// span lines). Every record keeps the line it started on and its original text,
// so errors can point at it. The whole file is checked before anything is
// returned: a ragged row or an open quote is an error naming file, line and
// the line itself.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kplan/core/error.hpp"
#include "kplan/io/table.hpp"
#include "kplan/io/text_encoding.hpp"

namespace kplan::io {

enum class DecimalMark { kComma, kPoint };

struct CsvDialect {
  TextEncoding encoding = TextEncoding::kUtf8;
  char separator = ';';
  DecimalMark decimal = DecimalMark::kComma;
};

// "semikolon som avgränsare, decimalkomma, Windows-1252"
std::string DescribeDialect(const CsvDialect& dialect, Language lang = Language::kSwedish);

struct CsvFile {
  CsvDialect dialect;  // as detected (or forced)
  Table table;
  std::vector<std::string> title;  // is_header: the lines above the header (first field of each)
  std::size_t note_lines = 0;      // is_header: records after the data left out
};

struct CsvOptions {
  std::optional<char> separator;          // force instead of detecting
  std::optional<DecimalMark> decimal;     // force instead of detecting
  // Recognises the header among the first records (trimmed fields); unset:
  // the first record is the header.
  std::function<bool(const std::vector<std::string>&)> is_header;
};

Result<CsvFile> ReadCsv(std::string_view bytes, std::string_view file_name,
                         const CsvOptions& options = {});

// Parses a number as written in the given dialect: "1 234,5" and "1234,5" with
// decimal comma (spaces, no-break and thin spaces as thousands separators),
// "1234.5" with decimal point; a leading minus; surrounding spaces ignored.
// nullopt for anything else, including an empty field and a thousands
// separator of the other kind ("1.234,5" is refused rather than guessed).
std::optional<double> ParseDecimal(std::string_view text, DecimalMark decimal);

}  // namespace kplan::io
