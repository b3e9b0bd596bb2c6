#pragma once
// Small text and value helpers shared by the import readers (private to src/io).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kplan/core/calendar_date.hpp"
#include "kplan/io/csv.hpp"
#include "kplan/io/table.hpp"

namespace kplan::io::detail {

// Without surrounding ASCII white space and no-break spaces (U+00A0).
std::string_view Trim(std::string_view text);

// The field of a row at a column, "" when the row is short (XLSX rows may
// omit trailing empty cells).
std::string_view Field(const TableRow& row, std::size_t column);

// Folds a header or a word for matching (see FoldHeader in columns.hpp).
std::string Fold(std::string_view text);

// "\"" + text + "\"".
std::string Quoted(std::string_view text);

// "a, b och c" / "a, b and c"; items are used as given.
std::string JoinList(const std::vector<std::string>& items, std::string_view last_word);

// ISO 8601 "YYYY-MM-DD", also with a time after it as Excel exports write it
// ("2020-10-31 00:00:00", "2020-10-31T00:00:00").
std::optional<CalendarDate> ParseDateCell(std::string_view text);

// A whole number: "1968", "1968,0" with decimal comma, "1968.0" with point.
std::optional<std::int64_t> ParseWholeNumber(std::string_view text, DecimalMark decimal);

// Replaces the real minus sign (U+2212) with '-' and drops a leading '+'.
std::string NormalizeSign(std::string_view text);

bool AllDigits(std::string_view text);

// The last day of a month (leap years included).
int DaysInMonth(int year, int month);

}  // namespace kplan::io::detail
