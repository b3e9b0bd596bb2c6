#pragma once
// The personal data guard of every import: Kompetensplan stores no
// personnummer and no names (design.md section 2), so a table that carries
// them is refused as a whole, before anything else is read, with a message
// that says why and what to do instead.

#include <cstddef>
#include <string_view>
#include <vector>

#include "kplan/core/error.hpp"
#include "kplan/core/personnummer.hpp"
#include "kplan/io/columns.hpp"
#include "kplan/io/table.hpp"

namespace kplan::io {

// Whether a cell value is a Swedish personnummer or samordningsnummer: the
// rule lives in core (core/personnummer.hpp), which the records use too.
using ::kplan::LooksLikePersonnummer;

// Refuses (rule "personal_data") a table with
//   - a column whose header names personnummer ("Personnummer", "Pnr",
//     "personal_identity_number", "ssn", "Födelsenummer", ...) or a person's
//     name ("Namn", "Förnamn", "Efternamn", "name", "first_name", ...), unless
//     the header is one the vocabulary accepts for a field of this kind (an
//     indicator file may well have a "Namn" column: the indicator's name);
//   - a column, whatever its header, whose values look like personnummer in
//     more than a few rows. "A few" is three, or every non-empty value when
//     the column has fewer than three. Values in a written-out form (with '-'
//     or '+', or twelve digits) count alone; bare ten-digit numbers, which
//     ordinary ids can resemble by chance (about 1 in 300 passes the date and
//     Luhn checks), count only when the matching values are also more than
//     half of the column's non-empty values.
// The error names the file and the column, never the value. For a register
// (the employees vocabulary) it also names the way out, --pseudonymise.
Status CheckPersonalData(const Table& table, const ColumnVocabulary* vocabulary = nullptr);

// The columns whose headers CheckPersonalData refuses, by kind, in file order:
// what `--pseudonymise` (io/pseudonymise.hpp) hashes and drops.
struct PersonalColumns {
  std::vector<std::size_t> personnummer;
  std::vector<std::size_t> names;
};
PersonalColumns FindPersonalColumns(const Table& table, const ColumnVocabulary* vocabulary);

}  // namespace kplan::io
