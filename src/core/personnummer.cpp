#include "kplan/core/personnummer.hpp"

#include <algorithm>
#include <array>

#include "kplan/core/calendar_date.hpp"

namespace kplan {
namespace {

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string_view Trim(std::string_view s) {
  const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && blank(s.back())) s.remove_suffix(1);
  return s;
}

int TwoDigits(std::string_view s, std::size_t at) { return (s[at] - '0') * 10 + (s[at + 1] - '0'); }

int DaysIn(int year, int month) {
  for (int day = 31; day > 28; --day) {
    if (IsValidDate(CalendarDate{year, month, day})) return day;
  }
  return 28;
}

// Checks date and Luhn digit of the ten digits YYMMDDNNNC; `century` is the
// first two digits of a twelve-digit form, or -1 when unknown.
bool ValidTenDigits(std::string_view ten, int century) {
  const int month = TwoDigits(ten, 2);
  int day = TwoDigits(ten, 4);
  if (day > 60) day -= 60;  // samordningsnummer
  if (month < 1 || month > 12 || day < 1) return false;
  // Without a century, allow 29 February (some century had it as a leap day).
  const int year = century >= 0 ? century * 100 + TwoDigits(ten, 0) : 2000;
  if (day > DaysIn(year, month)) return false;
  int sum = 0;
  for (std::size_t i = 0; i < 9; ++i) {
    int d = (ten[i] - '0') * (i % 2 == 0 ? 2 : 1);
    sum += d > 9 ? d - 9 : d;
  }
  return (10 - sum % 10) % 10 == ten[9] - '0';
}

}  // namespace

PersonnummerForm MatchPersonnummer(std::string_view v) {
  v = Trim(v);
  const std::size_t n = v.size();
  if (n < 10 || n > 13) return PersonnummerForm::kNone;
  auto is_sep = [](char c) { return c == '-' || c == '+'; };
  std::array<char, 10> ten{};
  int century = -1;
  PersonnummerForm form = PersonnummerForm::kWrittenOut;
  if (n == 10 && AllDigits(v)) {
    std::copy(v.begin(), v.end(), ten.begin());
    form = PersonnummerForm::kBareTenDigits;
  } else if (n == 11 && AllDigits(v.substr(0, 6)) && is_sep(v[6]) && AllDigits(v.substr(7))) {
    std::copy(v.begin(), v.begin() + 6, ten.begin());
    std::copy(v.begin() + 7, v.end(), ten.begin() + 6);
  } else if (n == 12 && AllDigits(v)) {
    century = TwoDigits(v, 0);
    std::copy(v.begin() + 2, v.end(), ten.begin());
  } else if (n == 13 && AllDigits(v.substr(0, 8)) && is_sep(v[8]) && AllDigits(v.substr(9))) {
    century = TwoDigits(v, 0);
    std::copy(v.begin() + 2, v.begin() + 8, ten.begin());
    std::copy(v.begin() + 9, v.end(), ten.begin() + 6);
  } else {
    return PersonnummerForm::kNone;
  }
  if (century >= 0 && (century < 18 || century > 20)) return PersonnummerForm::kNone;
  if (!ValidTenDigits(std::string_view(ten.data(), ten.size()), century)) return PersonnummerForm::kNone;
  return form;
}

bool LooksLikePersonnummer(std::string_view value) {
  return MatchPersonnummer(value) != PersonnummerForm::kNone;
}

std::optional<PersonnummerFacts> ReadPersonnummer(std::string_view value,
                                                  const CalendarDate& extract_date) {
  value = Trim(value);
  if (MatchPersonnummer(value) == PersonnummerForm::kNone) return std::nullopt;
  std::string digits;
  bool hundred = false;
  for (char c : value) {
    if (c >= '0' && c <= '9') digits.push_back(c);
    if (c == '+') hundred = true;
  }
  PersonnummerFacts facts;
  facts.ten_digits = digits.substr(digits.size() - 10);
  const int yy = TwoDigits(facts.ten_digits, 0);
  if (digits.size() == 12) {
    facts.birth_year = TwoDigits(digits, 0) * 100 + yy;
  } else {
    int year = extract_date.year - ((extract_date.year - yy) % 100 + 100) % 100;
    if (hundred) year -= 100;
    facts.birth_year = year;
  }
  facts.coordination = TwoDigits(facts.ten_digits, 4) > 60;
  facts.gender = (facts.ten_digits[8] - '0') % 2 == 1 ? Gender::kMan : Gender::kWoman;
  return facts;
}

}  // namespace kplan
