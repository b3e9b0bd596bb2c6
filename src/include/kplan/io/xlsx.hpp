#pragma once
// Reading one sheet of an Excel workbook (.xlsx, Office Open XML) into a Table.
//
// The sheet:
//   - is chosen by name (exact match first, then ignoring ASCII case), or, when
//     no name is given, the first sheet the user can see (the first one not
//     marked hidden) in the workbook's order; it is found through
//     xl/workbook.xml and its relationships, never by assuming sheet1.xml;
//   - gives a header from its first non-empty row (trimmed) and records from the
//     following non-empty rows; TableRow.line is the sheet's own row number
//     (Excel's "12" in "H12") and TableRow.source is empty;
//   - may be sparse: a missing cell is an empty field; every record has exactly
//     the header's width. Cells to the right of the header, or under an empty
//     header cell, must be empty, else the error names the cell ("H12").
//     A cell of only whitespace is read as empty, and a row counts as empty
//     when all its cells are.
//
// Cell values become text the way a Swedish HR file means them:
//   - text (shared strings, rich text runs, inline strings, formula strings):
//     as written, UTF-8; phonetic runs (<rPh>) are left out;
//   - numbers: with a decimal POINT and without exponent, at most 15
//     significant digits as Excel shows them: 1968 → "1968" (no ".0"),
//     75.5 → "75.5", 0.1+0.2 → "0.3", 1E-5 → "0.00001". The importer parses
//     XLSX numbers with ParseDecimal(..., DecimalMark::kPoint);
//   - numbers formatted as percent (built-in formats 9 and 10, or a format
//     code with an unquoted %) are given as the percent shown, without the
//     sign: 0.755 shown as "75,5 %" → "75.5", since "Sysselsättningsgrad
//     75 %" means 75 in an HR file;
//   - dates: numbers with a date format (built-in 14–17 and 22, or a custom
//     code with a day, month or year part) → ISO "YYYY-MM-DD", from the 1900
//     date system (with Excel's 1900-02-29 leap-year bug: serial 61 is
//     1900-03-01, serial 60 is refused) or the 1904 system when the workbook
//     says date1904. A date-and-time format whose value has a time of day gives
//     "YYYY-MM-DDTHH:MM:SS"; time-only formats (built-in 18–21, 45–47, or
//     codes with only h, m, s) give "HH:MM:SS" (hours not wrapped at 24, as
//     in [h]:mm:ss). Cells of type "d" (ISO dates in the file) keep their
//     text, cut to "YYYY-MM-DD" when the time is midnight;
//   - booleans: "1" or "0" (not SANT/FALSKT: locale-free, like numbers);
//   - formulas: the cached value Excel saved (<v>); a formula never
//     calculated is empty;
//   - error cells keep Excel's code: "#N/A", "#DIV/0!" ...
//
// Errors (kplan::Error, with file, sheet, row and cell where known, a rule and
// a Swedish hint) — the whole sheet is checked before a Table is returned:
//   xlsx_not_zip        not a zip at all, an old .xls or an encrypted file
//   xlsx_not_workbook   a zip, but no workbook in it (e.g. .docx, .ods)
//   xlsx_zip            a damaged or missing entry (bad CRC, unknown compression)
//   xlsx_xml            a part that is not well-formed XML, or has a DTD
//   xlsx_no_sheets      a workbook without sheets
//   xlsx_sheet_not_found  no sheet by that name (the message lists them)
//   xlsx_not_worksheet  the sheet is a chart sheet or similar
//   xlsx_empty          the sheet has no non-empty row
//   xlsx_no_header      a value in a column without a header
//   xlsx_cell_ref       a cell or row reference outside A1:XFD1048576
//   xlsx_shared_string  a shared-string index that does not exist
//   xlsx_number, xlsx_bool, xlsx_cell_type, xlsx_date   a value that cannot be
//                       what its cell type or format says
//   xlsx_too_large      (ErrorCode::kTooLarge) a part that unpacks to more
//                       than XlsxOptions::max_bytes, or strings and table
//                       that would need more memory than that: zip bombs are
//                       refused while unpacking, whatever the headers claim
//   xlsx_damaged        anything else that stops the reading (never an
//                       exception to the caller)
// All errors but xlsx_too_large are ErrorCode::kInvalidInput.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "kplan/core/error.hpp"
#include "kplan/io/table.hpp"

namespace kplan::io {

struct XlsxOptions {
  std::string sheet;  // empty: the first visible sheet
  // Largest uncompressed size of one XML part, and largest memory for the
  // shared strings and for the table each. 512 MiB holds a sheet far beyond
  // Stockholm's 50,000 employees.
  std::size_t max_bytes = std::size_t{512} * 1024 * 1024;
};

Result<Table> ReadXlsx(std::string_view bytes, std::string_view file_name,
                       const XlsxOptions& options = {});

// The names of all sheets, in the workbook's order (hidden ones included), so
// that a user can be offered a choice. Errors as for ReadXlsx.
Result<std::vector<std::string>> XlsxSheetNames(std::string_view bytes,
                                                std::string_view file_name,
                                                const XlsxOptions& options = {});

}  // namespace kplan::io
