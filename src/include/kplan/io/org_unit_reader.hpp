#pragma once
// Reading an organisation file (`kplan import org-units`): the units of the
// tree, in one of two layouts.
//
// (i) One unit a row (OrgUnitColumns()):
//   Enhetskod;Enhetsnamn;Överordnad enhet;Typ
//   LK;Linköpings kommun;;Kommun
//   SOF;Social- och omsorgsförvaltningen;LK;Förvaltning
//   ;Hemtjänst Nord;SOF;Enhet
// The name is required; the code may be blank (then derived, org_unit_code.hpp);
// the parent is a unit's code or name (blank: the root, or the --org unit);
// Typ is kommun, nämnd, förvaltning, avdelning or enhet (core's kinds, by
// label or key, case ignored) [unit_kind], blank as core's OrgUnitEntry says.
//
// (ii) One column a level (OrgUnitLevelColumns()), each row a path:
//   Förvaltning;Avdelning;Enhet
//   Social- och omsorgsförvaltningen;Äldreomsorg;Hemtjänst Nord
//   Social- och omsorgsförvaltningen;Äldreomsorg;Hemtjänst Syd
// The headers are core's kind labels, from the top down, left to right
// [layout]; a row's units are each level's cell, a blank cell skips the
// level; the same path on several rows is one unit. Every unit is given only
// by name, so its code is derived from its parent's code and its name: the
// same name under different parents is different units. A file with a
// parent column (Överordnad enhet) is read as layout (i).
//
// Rules of the tree (unknown parent, cycles, duplicate codes, two roots, kind
// order, lengths) are core's (org_unit_changes.hpp), checked against the
// stored units by the importer; LocateEntryError gives such an error the
// file, row, column and value of the entry it names.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "kplan/core/error.hpp"
#include "kplan/core/org_unit_changes.hpp"
#include "kplan/io/columns.hpp"
#include "kplan/io/row_errors.hpp"
#include "kplan/io/table.hpp"

namespace kplan::io {

// Where an entry was read: its (first) row and the columns of its fields.
struct OrgUnitOrigin {
  std::size_t row_index = 0;  // in Table::rows
  std::optional<std::size_t> code_column, name_column, parent_column, kind_column;
};

struct OrgUnitReadResult {
  std::vector<OrgUnitEntry> entries;  // in file order, a parent before the units of its path
  std::vector<OrgUnitOrigin> origins;  // origins[i]: where entries[i] was read
  bool level_layout = false;           // layout (ii)
  ColumnMapping columns;
  std::vector<Error> errors;
  std::size_t error_count = 0;

  bool ok() const { return error_count == 0; }
};

Result<OrgUnitReadResult> ReadOrgUnits(const Table& table, const ColumnOverrides& overrides,
                                       std::size_t error_limit = 100);

// A core error about entries[row − 1] (PlanOrgUnitChanges), located at the
// entry's row and the column of its field, with its value and rule.
Error LocateEntryError(const Table& table, const OrgUnitReadResult& read, const Error& error);

}  // namespace kplan::io
