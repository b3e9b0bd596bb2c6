#pragma once
// Swedish personal identity numbers, which Kompetensplan never stores
// (design.md section 2): the readers refuse files that carry them, and the
// records refuse them where a pseudonymous employee id belongs.

#include <optional>
#include <string>
#include <string_view>

#include "kplan/core/calendar_date.hpp"
#include "kplan/core/employee.hpp"

namespace kplan {

enum class PersonnummerForm {
  kNone,           // not a personnummer
  kBareTenDigits,  // YYMMDDNNNN: ordinary ten-digit ids resemble it by chance (≈ 1 in 300)
  kWrittenOut,     // YYMMDD-NNNN, YYMMDD+NNNN, YYYYMMDD-NNNN or YYYYMMDDNNNN
};

// The form of a personnummer or samordningsnummer in `value` (surrounding
// blanks ignored): a real month and day (day + 60 for a samordningsnummer), a
// century 18–20 when written, and a correct Luhn check digit.
PersonnummerForm MatchPersonnummer(std::string_view value);

// MatchPersonnummer(value) != kNone.
bool LooksLikePersonnummer(std::string_view value);

// What a register import with --pseudonymise takes from a personnummer before
// it is replaced by a keyed hash (io/pseudonymise.hpp); the number itself is
// kept nowhere.
struct PersonnummerFacts {
  // YYMMDDNNNC: the same person in every written form (19680512-1234,
  // 680512-1234, 6805121234), so the hash links extracts whatever form the HR
  // system writes. The century is left out on purpose: it is inferred for the
  // ten-digit forms and could be inferred differently in another year.
  std::string ten_digits;
  int birth_year = 0;
  Gender gender = Gender::kOther;  // legal gender: the ninth digit, odd a man, even a woman
  bool coordination = false;      // samordningsnummer (day + 60)
};

// The facts of a personnummer or samordningsnummer (MatchPersonnummer's forms)
// in an extract dated `extract_date`, or nullopt when it is none. The century
// of a ten-digit form: with '+' the person is 100 or older on that date (the
// latest such year), otherwise (with '-' or bare digits) the latest year not
// after the extract's.
std::optional<PersonnummerFacts> ReadPersonnummer(std::string_view value,
                                                  const CalendarDate& extract_date);

}  // namespace kplan
