#pragma once
// Swedish personal identity numbers, which Kompetensplan never stores
// (design.md section 2): the readers refuse files that carry them, and the
// records refuse them where a pseudonymous employee id belongs.

#include <string_view>

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

}  // namespace kplan
