#pragma once
// Reading an employee register extract (`kplan import employees`) from a Table
// (CSV or XLSX) into EmployeeRecords, validating every row before anything is
// stored.
//
// Columns are found by header (EmployeeColumns() in columns.hpp, overridable
// with --map). Required: employee id, unit, occupation or SSYK (at least one),
// employment form, birth year, gender, FTE %, employment start. Optional: end
// date, competence level, manager, formal qualification, sick hours and
// scheduled hours.
//
// Value rules (the rule key of each error in brackets):
//   employee id      non-empty [required]; a repeated id is the same person's
//                    further employment (SKR's novemberstatistik has one row per
//                    employment): the rows become one employee by core's rule
//                    (core/employment_merge.hpp: FTE summed, the largest
//                    employment's occupation and unit), unless a repeat has
//                    another birth year or gender than the first row [unique]
//   unit             non-empty [required]
//   occupation/SSYK  at least one per row [required]; SSYK four digits [ssyk]
//   employment form  tillsvidare, TV, tillsvidareanställd, tillsvidareanställning,
//                    permanent → permanent; visstid, visstidsanställd,
//                    visstidsanställning, tidsbegränsad, vikariat, vikarie, ALVA,
//                    temporary → temporary; timavlönad, timanställd, TIM, hourly
//                    → hourly; case ignored [employment_form]
//   birth year       a whole number 1900 … (extract year − 14); a birth date
//                    YYYY-MM-DD gives its year (only the year is kept) [birth_year]
//   gender           K, Kvinna, W, F, woman, female → woman; M, Man, male → man;
//                    X, annat, annan, other, or blank → other [gender]
//   FTE %            a number 0–100 [fte_percent]; a value above 0 and at most 1
//                    is refused as a fraction ("ange procent, t.ex. 75"); blank
//                    only for hourly-paid employees (read as 0)
//   dates            ISO 8601 YYYY-MM-DD, also with a time after it as Excel
//                    exports write it ("2020-10-31 00:00:00") [date]; end date
//                    not before the start [date_order, core kDateOrderRule]
//   competence level optional: a level name of the scale (case ignored) or its
//                    position 1 … n [competence_level]
//   manager,         ja/nej, j/n, 1/0, yes/no, y/n, true/false, sant/falskt,
//   qualified        x; blank is no for manager and unknown for qualified [yes_no]
//   hours            a number ≥ 0, blank is 0 [hours]
// Table-level problems (a missing column, personal data, a bad --map) make the
// whole Result an error; nothing is read.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "kplan/core/calendar_date.hpp"
#include "kplan/core/employee.hpp"
#include "kplan/core/error.hpp"
#include "kplan/io/columns.hpp"
#include "kplan/io/csv.hpp"
#include "kplan/io/row_errors.hpp"
#include "kplan/io/table.hpp"

namespace kplan::io {

struct EmployeeReadOptions {
  // The date of the extract (the snapshot): birth years up to its year − 14.
  CalendarDate extract_date;
  // The competence scale, lowest level first (seed 001's by default).
  std::vector<std::string> level_names = {"Viss", "God", "Hög", "Mycket hög"};
  // At most this many row errors are kept; all are counted.
  std::size_t error_limit = 100;
};

struct EmployeeReadResult {
  std::vector<EmployeeRecord> records;  // the valid rows, in file order
  std::vector<std::int64_t> lines;      // lines[i]: the row (line) records[i] came from
  ColumnMapping columns;                // which column each field was read from
  std::vector<Error> errors;            // the first error_limit row errors, in row order
  std::size_t error_count = 0;          // all row errors, also beyond the limit
  std::size_t merged_rows = 0;          // employment rows merged into an earlier row of the person

  // No row errors: the file may be imported. With errors nothing is imported.
  bool ok() const { return error_count == 0; }
};

// The largest birth year accepted for an extract of the given date.
int MaxBirthYear(const CalendarDate& extract_date);

Result<EmployeeReadResult> ReadEmployees(const Table& table, DecimalMark decimal,
                                         const ColumnOverrides& overrides,
                                         const EmployeeReadOptions& options);

}  // namespace kplan::io
