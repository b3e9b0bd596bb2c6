#pragma once
// `kplan import employees --pseudonymise` (and the web import's "Pseudonymisera
// personnummer och ta bort namn"): an HR system's extract as it is exported,
// with personnummer and names, made into a register Kompetensplan may store.
//
//   - The person's personnummer column (the first whose header names
//     personnummer, io/personal_data.hpp) becomes the employee id column
//     "Pseudonym": each value is replaced by a keyed hash of its ten digits
//     (core ReadPersonnummer: 19680512-1230, 680512-1230 and 6805121230 are one
//     person), so the same person has the same id in every extract hashed with
//     the same key. The key is the database's (store/pseudonym_store.hpp).
//   - Name columns, and any further personnummer column, are dropped.
//   - Birth year and legal gender are taken from the personnummer when the
//     file has no column for them (and --map names none): columns "Födelseår"
//     and "Kön" are added.
//   - The rows' source text (the record as written in the file) is released,
//     so no later error can quote a personnummer or a name.
// A bad personnummer (missing, a wrong date or check digit) is a row error
// naming the row and the column, never the value; its row is left out of the
// table so that it is reported once.
//
// The hash is libsodium's crypto_generichash (BLAKE2b, keyed with 32 random
// bytes, 16-byte output shown as 32 hex digits): a keyed BLAKE2b is a PRF
// made for exactly this, one call without HMAC's double pass, and already the
// library the server uses for passwords. Without the key the ids cannot be
// recomputed from a personnummer (guessing the ~10^7 numbers of a birth year
// needs the key), and a leaked register cannot be joined with another
// municipality's, whose key differs.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "kplan/core/calendar_date.hpp"
#include "kplan/core/error.hpp"
#include "kplan/io/columns.hpp"
#include "kplan/io/table.hpp"

namespace kplan::io {

// The header the hashed column gets (an employee id header of columns.cpp).
inline constexpr std::string_view kPseudonymHeader = "Pseudonym";

// A new key: 32 random bytes (libsodium randombytes_buf) as 64 hex digits.
std::string NewPseudonymKey();

// Whether `key_hex` is a key NewPseudonymKey could have made.
bool IsPseudonymKey(std::string_view key_hex);

// The pseudonymous id of the person with these ten digits (YYMMDDNNNC) under
// the key (64 hex digits): 32 lower-case hex digits.
std::string PseudonymFor(std::string_view ten_digits, std::string_view key_hex);

struct PseudonymiseResult {
  std::vector<Error> errors;         // the first error_limit row errors, in row order
  std::size_t error_count = 0;       // all of them
  std::vector<std::string> dropped;  // the headers of the columns dropped
  bool birth_year_derived = false;   // "Födelseår" added from the personnummer
  bool gender_derived = false;       // "Kön" added from the personnummer
};

// Rewrites `table` (and the map: employee_id → "Pseudonym", and the derived
// columns) as described above. A table without a personnummer column is an
// error (rule "personnummer_column").
Result<PseudonymiseResult> PseudonymiseRegister(Table& table, ColumnOverrides& overrides,
                                                std::string_view key_hex,
                                                const CalendarDate& extract_date,
                                                std::size_t error_limit);

}  // namespace kplan::io
