#include "kplan/io/pseudonymise.hpp"

#include <sodium.h>

#include <algorithm>
#include <array>

#include "kplan/core/personnummer.hpp"
#include "kplan/io/personal_data.hpp"
#include "kplan/io/row_errors.hpp"
#include "import_text.hpp"
#include "reader_frame.hpp"

namespace kplan::io {
namespace {

constexpr std::size_t kKeyBytes = 32;
constexpr std::size_t kIdBytes = 16;
static_assert(kKeyBytes >= crypto_generichash_KEYBYTES_MIN && kKeyBytes <= crypto_generichash_KEYBYTES_MAX);
static_assert(kIdBytes >= crypto_generichash_BYTES_MIN);

void InitSodium() {
  // Idempotent and thread-safe; fails only when the system has no randomness.
  if (sodium_init() < 0) std::abort();
}

std::string Hex(const unsigned char* bytes, std::size_t n) {
  std::string hex(2 * n + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), bytes, n);
  hex.pop_back();
  return hex;
}

// Whether the table has a column for `key` by header, or the map names one
// (a map entry of null: no column).
bool HasColumn(const Table& table, const ColumnOverrides& overrides, std::string_view key) {
  if (auto it = overrides.headers.find(key); it != overrides.headers.end()) {
    return it->second.has_value();
  }
  const FieldSpec* field = EmployeeColumns().Find(key);
  for (const std::string& header : table.header) {
    const std::string folded = FoldHeader(header);
    for (const std::string& accepted : field->headers) {
      if (!folded.empty() && folded == FoldHeader(accepted)) return true;
    }
  }
  return false;
}

Error RowError(const Table& table, const TableRow& row, std::size_t column, std::string sv,
               std::string en, std::string rule) {
  SourceLocation at = CellLocation(table, row, column);
  at.value.reset();  // never the number itself
  at.source_line.clear();
  Error error(ErrorCode::kInvalidInput, std::move(sv), std::move(en));
  error.WithLocation(std::move(at)).WithRule(std::move(rule));
  return error;
}

}  // namespace

std::string NewPseudonymKey() {
  InitSodium();
  std::array<unsigned char, kKeyBytes> key{};
  randombytes_buf(key.data(), key.size());
  std::string hex = Hex(key.data(), key.size());
  sodium_memzero(key.data(), key.size());
  return hex;
}

bool IsPseudonymKey(std::string_view key_hex) {
  return key_hex.size() == 2 * kKeyBytes &&
         std::all_of(key_hex.begin(), key_hex.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
         });
}

std::string PseudonymFor(std::string_view ten_digits, std::string_view key_hex) {
  InitSodium();
  std::array<unsigned char, kKeyBytes> key{};
  std::size_t key_len = 0;
  sodium_hex2bin(key.data(), key.size(), key_hex.data(), key_hex.size(), nullptr, &key_len,
                 nullptr);
  std::array<unsigned char, kIdBytes> id{};
  crypto_generichash(id.data(), id.size(), reinterpret_cast<const unsigned char*>(ten_digits.data()),
                     ten_digits.size(), key.data(), key_len);
  sodium_memzero(key.data(), key.size());
  return Hex(id.data(), id.size());
}

Result<PseudonymiseResult> PseudonymiseRegister(Table& table, ColumnOverrides& overrides,
                                                std::string_view key_hex,
                                                const CalendarDate& extract_date,
                                                std::size_t error_limit) {
  if (!IsPseudonymKey(key_hex)) {
    return Error(ErrorCode::kInternal, "pseudonymnyckeln är ogiltig", "the pseudonym key is invalid");
  }
  const PersonalColumns personal = FindPersonalColumns(table, &EmployeeColumns());
  if (personal.personnummer.empty()) {
    Error error(ErrorCode::kInvalidInput,
                "--pseudonymise: filen har ingen kolumn med personnummer; rubriker i filen: " +
                    detail::QuotedList(table.header),
                "--pseudonymise: the file has no personnummer column; headers in the file: " +
                    detail::QuotedList(table.header));
    error.WithFile(table.file).WithRule("personnummer_column");
    error.WithHint("Döp kolumnen med personnumren till Personnummer.");
    return error;
  }
  PseudonymiseResult result;
  const std::size_t pnr = personal.personnummer.front();
  const std::string pnr_header = table.header[pnr];
  const bool derive_year = !HasColumn(table, overrides, "birth_year");
  const bool derive_gender = !HasColumn(table, overrides, "gender");

  // Every row: the personnummer read, hashed and its facts added; a bad one
  // is reported (row and column, no value) and its row left out.
  std::size_t kept = 0;
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    TableRow& row = table.rows[r];
    row.source = {};
    row.fields.resize(table.header.size());  // the derived cells go right after the header's
    std::string& cell = row.fields[pnr];
    std::optional<PersonnummerFacts> facts;
    if (!detail::Trim(cell).empty()) facts = ReadPersonnummer(cell, extract_date);
    if (!facts) {
      const bool empty = detail::Trim(cell).empty();
      sodium_memzero(cell.data(), cell.size());
      ++result.error_count;
      if (result.errors.size() < error_limit) {
        result.errors.push_back(
            empty ? RowError(table, row, pnr, "personnummer saknas", "personnummer is missing",
                             "required")
                  : RowError(table, row, pnr,
                             "värdet är inget giltigt personnummer eller samordningsnummer "
                             "(datum eller kontrollsiffra stämmer inte)",
                             "the value is not a valid personnummer or samordningsnummer (the "
                             "date or the check digit is wrong)",
                             "personnummer"));
      }
      continue;
    }
    sodium_memzero(cell.data(), cell.size());
    cell = PseudonymFor(facts->ten_digits, key_hex);
    if (derive_year) row.fields.push_back(std::to_string(facts->birth_year));
    if (derive_gender) row.fields.push_back(facts->gender == Gender::kMan ? "M" : "K");
    sodium_memzero(facts->ten_digits.data(), facts->ten_digits.size());
    if (kept != r) table.rows[kept] = std::move(row);
    ++kept;
  }
  table.rows.resize(kept);
  table.text.reset();  // the file as written: personnummer and names

  table.header[pnr] = std::string(kPseudonymHeader);
  if (derive_year) table.header.emplace_back("Födelseår");
  if (derive_gender) table.header.emplace_back("Kön");
  result.birth_year_derived = derive_year;
  result.gender_derived = derive_gender;

  // The names and the further personnummer columns go, highest index first.
  std::vector<std::size_t> drop = personal.names;
  drop.insert(drop.end(), personal.personnummer.begin() + 1, personal.personnummer.end());
  std::sort(drop.begin(), drop.end());
  for (std::size_t c : drop) result.dropped.push_back(table.header[c]);
  for (auto it = drop.rbegin(); it != drop.rend(); ++it) {
    const auto at = static_cast<std::ptrdiff_t>(*it);
    table.header.erase(table.header.begin() + at);
    for (TableRow& row : table.rows) {
      if (*it < row.fields.size()) {
        sodium_memzero(row.fields[*it].data(), row.fields[*it].size());
        row.fields.erase(row.fields.begin() + at);
      }
    }
  }

  // The map: the id is the hashed column (unless the user chose another), and
  // the derived columns are the fields'.
  auto id = overrides.headers.find("employee_id");
  if (id == overrides.headers.end() || !id->second ||
      FoldHeader(*id->second) == FoldHeader(pnr_header)) {
    overrides.headers["employee_id"] = std::string(kPseudonymHeader);
  }
  if (derive_year) overrides.headers["birth_year"] = "Födelseår";
  if (derive_gender) overrides.headers["gender"] = "Kön";
  if (overrides.source.empty()) overrides.source = "--pseudonymise";
  return result;
}

}  // namespace kplan::io
