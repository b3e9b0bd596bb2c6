#include "kplan/io/mapping_workbook_reader.hpp"

#include <cmath>
#include <map>
#include <set>

#include "kplan/io/csv.hpp"
#include "kplan/io/row_errors.hpp"
#include "kplan/io/xlsx.hpp"

namespace kplan::io {
namespace {

std::optional<double> ParseCount(const std::string& text) {
  if (text.empty()) return 0.0;
  if (auto v = ParseDecimal(text, DecimalMark::kPoint)) return v;
  return ParseDecimal(text, DecimalMark::kComma);  // typed as text in a Swedish Excel: "10,5"
}

// "Om filen": the unit and year must be the upload's; returns the version.
int CheckAbout(const Table& about, const MappingWorkbook& expected, RowErrorCollector& errors) {
  int version = 0;
  for (const TableRow& row : about.rows) {
    if (row.fields.size() < 2) continue;
    const std::string& name = row.fields[0];
    const std::string& value = row.fields[1];
    if (name == "Enhet" && value != expected.unit_code) {
      errors.AddCell(row, 1,
                     "filen gäller enheten \"" + value + "\", inte " + expected.unit_code + " (" +
                         expected.unit_name + ")",
                     "the file is for the unit \"" + value + "\", not " + expected.unit_code, "mapping_file",
                     "Ladda ned filen för din enhet och fyll i den.");
    } else if (name == "Planår" && value != std::to_string(expected.year)) {
      errors.AddCell(row, 1, "filen gäller planåret " + value + ", inte " + std::to_string(expected.year),
                     "the file is for the plan year " + value + ", not " + std::to_string(expected.year),
                     "mapping_file");
    } else if (name == "Version") {
      if (auto v = ParseDecimal(value, DecimalMark::kPoint); v && *v >= 0 && *v < 1e9) version = static_cast<int>(*v);
    }
  }
  return version;
}

}  // namespace

Result<MappingUpload> ReadMappingWorkbook(std::string_view bytes, std::string_view file_name,
                                          const MappingWorkbook& expected, std::size_t error_limit) {
  Result<Table> sheet = ReadXlsx(bytes, file_name, {.sheet = kMappingSheet});
  if (!sheet.ok()) return sheet.error();
  Result<Table> about = ReadXlsx(bytes, file_name, {.sheet = kAboutSheet});
  if (!about.ok()) return about.error();
  const Table& table = sheet.value();
  RowErrorCollector errors(table, error_limit);
  RowErrorCollector about_errors(about.value(), error_limit);
  MappingUpload out;
  out.version = CheckAbout(about.value(), expected, about_errors);

  const std::vector<std::string> header = MappingHeader(expected.levels, expected.year);
  const std::size_t levels = expected.levels.size();
  bool header_ok = table.header.size() == header.size();
  for (std::size_t c = 0; header_ok && c < header.size(); ++c) header_ok = table.header[c] == header[c];
  if (!header_ok) {
    TableRow first;
    first.line = 1;
    first.fields = table.header;
    errors.AddRow(first, "rubrikraden på fliken " + std::string(kMappingSheet) + " är ändrad (väntade \"" +
                             header.front() + " … " + header.back() + "\")",
                  "the header row of the sheet was changed", "mapping_header",
                  "Ladda ned en ny fil och för över siffrorna.");
  } else {
    std::set<std::pair<std::string, std::string>> allowed, seen;
    for (const MappingWorkbookRow& r : expected.rows) allowed.insert({r.unit_code, r.category});
    for (const TableRow& row : table.rows) {
      const std::string& unit = row.fields[0];
      const std::string& category = row.fields[2];
      if (!allowed.count({unit, category})) {
        errors.AddCell(row, 2,
                       "raden " + unit + ", " + category + " hör inte till filen för " + expected.unit_code,
                       "the row " + unit + ", " + category + " is not part of the file for " + expected.unit_code,
                       "mapping_row");
        continue;
      }
      if (!seen.insert({unit, category}).second) {
        errors.AddCell(row, 2, unit + ", " + category + " förekommer två gånger",
                       unit + ", " + category + " appears twice", "mapping_row");
        continue;
      }
      for (std::size_t l = 0; l < levels; ++l) {
        const std::size_t column = kMappingFirstLevelColumn + l;
        const std::string& text = row.fields[column];
        std::optional<double> count = ParseCount(text);
        if (!count || !std::isfinite(*count)) {
          errors.AddCell(row, column, "\"" + text + "\" är inte ett tal", "\"" + text + "\" is not a number",
                         "mapping_count", "Skriv antalet med siffror, t.ex. 10.");
        } else if (*count < 0) {
          errors.AddCell(row, column, "\"" + text + "\" är mindre än 0", "\"" + text + "\" is less than 0",
                         "mapping_count");
        } else {
          out.entries.push_back({unit, category, expected.levels[l], *count});
        }
      }
    }
  }
  out.errors = about_errors.Take();
  for (Error& e : errors.Take()) {
    if (out.errors.size() < error_limit) out.errors.push_back(std::move(e));
  }
  out.error_count = about_errors.total() + errors.total();
  if (out.error_count > 0) out.entries.clear();
  return out;
}

}  // namespace kplan::io
