#pragma once
// Value rules shared by the import readers (private to src/io). Each Read*
// function parses one trimmed cell; on a bad value it records the error (with
// the Swedish and English message and the rule key) and returns false.

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kplan/core/calendar_date.hpp"
#include "kplan/io/columns.hpp"
#include "kplan/io/csv.hpp"
#include "kplan/io/row_errors.hpp"
#include "kplan/io/table.hpp"

namespace kplan::io::detail {

// The column of a field in a mapping, if the file has one.
std::optional<std::size_t> Column(const ColumnMapping& mapping, std::string_view key);

// The trimmed text of a row's cell, "" when the column is absent.
std::string_view CellText(const TableRow& row, std::optional<std::size_t> column);

// Removes the columns of a wide layout from mapping.unused and records them as
// matches (key "level:<name>", "year:<yyyy>").
void AddWideColumns(ColumnMapping& mapping, const Table& table,
                    const std::vector<std::pair<std::string, std::size_t>>& key_and_column);

// "värde saknas" [required].
void AddMissing(RowErrorCollector& errors, const TableRow& row, std::size_t column);

// A record core's Validate refused (`checked` not ok): the error in the cell
// of the column whose key is the error's field (the record's field names are
// the vocabulary's keys), or about the whole row when the file has no such
// column. `renamed` maps a core field to its vocabulary key where the two
// differ ({"name", "indicator"}). Core's message and rule key are kept.
// Returns checked.ok().
using FieldKeys = std::initializer_list<std::pair<std::string_view, std::string_view>>;
bool AddRecordError(RowErrorCollector& errors, const TableRow& row, const ColumnMapping& columns,
                    const Status& checked, FieldKeys renamed = {});

// ISO date, or ISO date with a time [date].
bool ReadDate(RowErrorCollector& errors, const TableRow& row, std::size_t column,
              std::string_view text, CalendarDate& out);

// A number ≥ 0, with the given rule key [hours, count, people ...].
bool ReadNonNegative(RowErrorCollector& errors, const TableRow& row, std::size_t column,
                     std::string_view text, DecimalMark decimal, std::string_view rule,
                     double& out);

// ja/nej ... [yes_no]; blank leaves `out` empty.
bool ReadYesNo(RowErrorCollector& errors, const TableRow& row, std::size_t column,
               std::string_view text, std::optional<bool>& out);

// Four digits [ssyk].
bool CheckSsyk(RowErrorCollector& errors, const TableRow& row, std::size_t column,
               std::string_view text);

// The competence scale: level names (case and accents ignored) or positions 1 … n.
class LevelNames {
 public:
  explicit LevelNames(std::vector<std::string> names);

  std::optional<std::size_t> Find(std::string_view text) const;
  // [competence_level]
  bool Read(RowErrorCollector& errors, const TableRow& row, std::size_t column,
            std::string_view text, std::size_t& out) const;

  const std::vector<std::string>& names() const { return names_; }
  const std::vector<std::string>& folded() const { return folded_; }

 private:
  std::vector<std::string> names_;
  std::vector<std::string> folded_;
};

}  // namespace kplan::io::detail
