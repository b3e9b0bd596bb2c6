#include "cell_rules.hpp"

#include <algorithm>

#include "import_text.hpp"

namespace kplan::io::detail {

std::optional<std::size_t> Column(const ColumnMapping& mapping, std::string_view key) {
  return mapping.IndexOf(key);
}

std::string_view CellText(const TableRow& row, std::optional<std::size_t> column) {
  if (!column) return {};
  return Trim(Field(row, *column));
}

void AddWideColumns(ColumnMapping& mapping, const Table& table,
                    const std::vector<std::pair<std::string, std::size_t>>& key_and_column) {
  for (const auto& [key, column] : key_and_column) {
    mapping.matches.push_back(ColumnMatch{key, column, table.header[column], false});
    mapping.unused.erase(std::remove(mapping.unused.begin(), mapping.unused.end(), column),
                         mapping.unused.end());
  }
}

void AddMissing(RowErrorCollector& errors, const TableRow& row, std::size_t column) {
  errors.AddCell(row, column, "värde saknas", "value is missing", "required");
}

bool AddRecordError(RowErrorCollector& errors, const TableRow& row, const ColumnMapping& columns,
                    const Status& checked, FieldKeys renamed) {
  if (checked.ok()) return true;
  const Error& e = checked.error();
  std::string_view key = e.location().field;
  for (const auto& [field, vocabulary_key] : renamed) {
    if (key == field) key = vocabulary_key;
  }
  std::optional<std::size_t> column = columns.IndexOf(key);
  if (column) {
    errors.AddCell(row, *column, e.message(Language::kSwedish), e.message(Language::kEnglish),
                   e.rule(), e.hint());
  } else {
    errors.AddRow(row, e.message(Language::kSwedish), e.message(Language::kEnglish), e.rule(),
                  e.hint());
  }
  return false;
}

bool ReadDate(RowErrorCollector& errors, const TableRow& row, std::size_t column,
              std::string_view text, CalendarDate& out) {
  if (auto date = ParseDateCell(text)) {
    out = *date;
    return true;
  }
  errors.AddCell(row, column, Quoted(text) + " är inget datum på formen ÅÅÅÅ-MM-DD",
                 Quoted(text) + " is not a date in the form YYYY-MM-DD", "date");
  return false;
}

bool ReadNonNegative(RowErrorCollector& errors, const TableRow& row, std::size_t column,
                     std::string_view text, DecimalMark decimal, std::string_view rule,
                     double& out) {
  std::optional<double> value = ParseDecimal(text, decimal);
  if (value && *value >= 0) {
    out = *value;
    return true;
  }
  errors.AddCell(row, column, Quoted(text) + " är inte ett tal som är 0 eller större",
                 Quoted(text) + " is not a number of 0 or more", rule);
  return false;
}

bool ReadYesNo(RowErrorCollector& errors, const TableRow& row, std::size_t column,
               std::string_view text, std::optional<bool>& out) {
  out.reset();
  if (text.empty()) return true;
  const std::string word = Fold(text);
  static constexpr std::string_view kYes[] = {"ja", "j", "1", "yes", "y", "true", "sant", "x"};
  static constexpr std::string_view kNo[] = {"nej", "n", "0", "no", "false", "falskt"};
  for (std::string_view y : kYes) {
    if (word == y) {
      out = true;
      return true;
    }
  }
  for (std::string_view n : kNo) {
    if (word == n) {
      out = false;
      return true;
    }
  }
  errors.AddCell(row, column,
                 Quoted(text) + " är varken ja eller nej; använd ja/nej, 1/0, x eller tomt",
                 Quoted(text) + " is neither yes nor no; use yes/no, 1/0, x or blank", "yes_no");
  return false;
}

bool CheckSsyk(RowErrorCollector& errors, const TableRow& row, std::size_t column,
               std::string_view text) {
  if (text.size() == 4 && AllDigits(text)) return true;
  errors.AddCell(row, column, Quoted(text) + " är ingen SSYK-kod (fyra siffror, t.ex. 5321)",
                 Quoted(text) + " is not an SSYK code (four digits, e.g. 5321)", "ssyk");
  return false;
}

LevelNames::LevelNames(std::vector<std::string> names) : names_(std::move(names)) {
  for (const std::string& n : names_) folded_.push_back(Fold(n));
}

std::optional<std::size_t> LevelNames::Find(std::string_view text) const {
  const std::string word = Fold(text);
  if (word.empty()) return std::nullopt;
  for (std::size_t i = 0; i < folded_.size(); ++i) {
    if (folded_[i] == word) return i;
  }
  if (AllDigits(text) && text.size() <= 3) {
    int position = 0;
    for (char c : text) position = position * 10 + (c - '0');
    if (position >= 1 && static_cast<std::size_t>(position) <= names_.size()) {
      return static_cast<std::size_t>(position - 1);
    }
  }
  return std::nullopt;
}

bool LevelNames::Read(RowErrorCollector& errors, const TableRow& row, std::size_t column,
                      std::string_view text, std::size_t& out) const {
  if (auto level = Find(text)) {
    out = *level;
    return true;
  }
  const std::string range = "1–" + std::to_string(names_.size());
  errors.AddCell(row, column,
                 Quoted(text) + " är ingen nivå på kompetensskalan; använd " +
                     JoinList(names_, "eller") + ", eller nivåns nummer " + range,
                 Quoted(text) + " is not a level of the competence scale; use " +
                     JoinList(names_, "or") + ", or the level's number " + range,
                 "competence_level");
  return false;
}

}  // namespace kplan::io::detail
