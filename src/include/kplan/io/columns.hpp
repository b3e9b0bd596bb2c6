#pragma once
// Finding the columns of an import file by their headers.
//
// Every kind of import (employees, inventory, population, indicators,
// activities) has a vocabulary: the fields it reads, each with a canonical key
// ("birth_year") and the headers accepted for it in Swedish and English
// ("Födelseår", "Födelse år", "birth_year"). Headers are matched after folding:
// case is ignored, and so are spaces, punctuation and the accents of å, ä, ö,
// é, so "Anst.form", "anst form" and "ANSTFORM" are one header, and "Fodelsear"
// written without Swedish letters matches "Födelseår".
//
// The user can name the column of a field with a map file (`--map FILE`), a
// small JSON object {"field_key": "Header in file", ...}; null instead of a
// header says the file has no column for that field. A mapped field uses only
// the named column, which also settles two columns matching the same field.

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kplan/core/error.hpp"
#include "kplan/io/table.hpp"

namespace kplan::io {

enum class FieldNeed {
  kOptional,
  kRequired,
  kAnyOf,  // at least one of the fields marked kAnyOf in a vocabulary must be present
};

struct FieldSpec {
  std::string key;                   // canonical, snake_case: "employee_id"
  std::string label_sv;              // what it is, in a Swedish sentence: "anställnings-id"
  std::string label_en;              // "employee id"
  std::vector<std::string> headers;  // accepted headers, Swedish first; the first is the main one
  FieldNeed need = FieldNeed::kOptional;
};

struct ColumnVocabulary {
  std::string kind;               // "employees", "inventory", ...
  std::vector<FieldSpec> fields;  // in the order columns are reported

  const FieldSpec* Find(std::string_view key) const;
};

// The vocabularies of the import kinds. The wide layouts (one column per
// competence level, one per year) are recognised by their readers.
const ColumnVocabulary& EmployeeColumns();
const ColumnVocabulary& InventoryColumns();
const ColumnVocabulary& PopulationColumns();
const ColumnVocabulary& IndicatorColumns();
const ColumnVocabulary& ActivityColumns();
// `kplan import org-units`: one unit a row (code, name, parent, kind), or one
// column a level named by core's kinds (Kommun, Nämnd, Förvaltning,
// Avdelning, Enhet; org_unit_reader.hpp).
const ColumnVocabulary& OrgUnitColumns();
const ColumnVocabulary& OrgUnitLevelColumns();

// A header folded for matching: lower case, å/ä→a, ö→o, é→e, ü→u, and no
// spaces, punctuation or symbols. "Syss.grad (%)" → "syssgrad".
std::string FoldHeader(std::string_view header);

// The --map overrides: field key → header in the file (nullopt: no column).
struct ColumnOverrides {
  std::string source;  // the map file as the user named it, for errors
  std::map<std::string, std::optional<std::string>, std::less<>> headers;

  bool empty() const { return headers.empty(); }
};

// Parses the JSON text of a map file. Errors (rule "column_map") name the file
// and, for a bad entry, the key.
Result<ColumnOverrides> ParseColumnOverrides(std::string_view json_text,
                                             std::string_view map_file);

struct ColumnMatch {
  std::string key;      // the field key, or for wide layouts "level:<name>" / "year:<yyyy>"
  std::size_t index = 0;  // 0-based column in Table::header
  std::string header;   // the header as written in the file
  bool from_map = false;  // chosen by --map
};

struct ColumnMapping {
  std::vector<ColumnMatch> matches;  // vocabulary order, then wide-layout columns
  std::vector<std::size_t> unused;   // columns no field reads, in file order

  std::optional<std::size_t> IndexOf(std::string_view key) const;
  bool Has(std::string_view key) const { return IndexOf(key).has_value(); }
};

// "employee_id ← Anst.nr, unit ← Enhet, ...", for the CLI's report of what was read.
std::string DescribeMapping(const ColumnMapping& mapping);

// Whether a register's unit cells are unit codes: the register has a unit
// name column (unit_name), or the unit column's header is a code header
// (Enhetskod, Enhets-id, Enhetsnummer, Kostnadsställe, unit_code). Otherwise
// ("Enhet", "Organisationsenhet", a --map column) a cell that is no stored
// code is read as a unit's name.
bool UnitColumnHoldsCodes(const ColumnMapping& mapping);

// Matches the table's header against a vocabulary, overrides first.
// Errors (Result), each naming the file (and sheet):
//   - "missing_column": a required field (or every field of the kAnyOf group)
//     has no column; the message lists the accepted headers and the headers
//     found, and the hint shows the --map way out;
//   - "duplicate_column": two columns match the same field;
//   - "column_map": the map names an unknown field, or a header not in the file
//     (the error names the map file and the key).
Result<ColumnMapping> MatchColumns(const Table& table, const ColumnVocabulary& vocabulary,
                                   const ColumnOverrides& overrides);

// The columns the vocabulary recognises, without the errors: a missing field
// has no match, and of two columns for one field the first is taken. What the
// web's column mapping (a --map document made by picking headers) starts from.
ColumnMapping GuessColumns(const Table& table, const ColumnVocabulary& vocabulary);

}  // namespace kplan::io
