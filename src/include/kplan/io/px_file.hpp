#pragma once
// Reading PX files (PC-Axis), as SCB's Statistikdatabasen saves them.
//
// A PX file is a list of statements `KEYWORD[lang]("var","value")=value;`:
//   CHARSET="ANSI"; CODEPAGE="iso-8859-1";   the text is Windows-1252/ISO-8859-1
//                                            unless it is valid UTF-8 (text_encoding.hpp)
//   STUB="region","ålder"; HEADING="år";    the variables, down and across
//   VALUES("region")="0180 Stockholm",...;  each variable's values, in order
//   CODES("region")="0180",...;             their codes (kept, not needed)
//   TIMEVAL("år")=TLIST(A1),"2024",...;     marks the time variable
//   DATA= 1843 1861 ".." "-" ...;           the cells, stub-major: the STUB
//                                            variables vary slowest, the last
//                                            HEADING variable fastest
// A value is one or more quoted strings separated by commas; quoted strings
// that follow each other without a comma are one string (long texts wrap so).
// Statements with a language ([sv], [en]) are the file's translations: only
// the main language is read. Other keywords are kept as text.
//
// Errors (kInvalidInput, file and line): an unclosed quote or statement
// [px_syntax], no STUB or HEADING, or a variable without VALUES [px_values],
// a DATA count that differs from the product of the variables' sizes
// [px_data_count].

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "kplan/core/error.hpp"
#include "kplan/io/table.hpp"
#include "kplan/io/text_encoding.hpp"

namespace kplan::io {

struct PxFile {
  TextEncoding encoding = TextEncoding::kUtf8;
  // Every main-language statement but DATA: "TITLE", "VALUES(\"region\")" →
  // its strings.
  std::map<std::string, std::vector<std::string>, std::less<>> keywords;
  std::vector<std::string> stub;
  std::vector<std::string> heading;
  std::string time_variable;          // from TIMEVAL or VARIABLE-TYPE "T"; may be empty
  std::vector<std::string> data;      // cells as written, quotes removed
  std::vector<std::int64_t> data_lines;  // the line of each cell

  // VALUES("variable"), empty when absent.
  const std::vector<std::string>& Values(std::string_view variable) const;
  // The first string of a keyword ("TITLE", "CONTENTS"), empty when absent.
  std::string Text(std::string_view keyword) const;
};

Result<PxFile> ParsePx(std::string_view bytes, std::string_view file_name);

// The PX file as the wide table the population reader reads (one column per
// variable but time, then one per time value; data_cube.hpp); numbers are
// written with a decimal point. `encoding`, when given, is set to the file's.
Result<Table> ReadPxTable(std::string_view bytes, std::string_view file_name,
                          TextEncoding* encoding = nullptr);

}  // namespace kplan::io
