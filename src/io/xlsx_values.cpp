// Cell references, number formats, and numbers and dates as text (xlsx.hpp
// states what the reader promises; this file is how).

#include <charconv>
#include <cmath>
#include <system_error>

#include "kplan/core/utf8.hpp"
#include "xlsx_internal.hpp"

namespace kplan::io::xlsx {

Error InvalidInput(const Context& ctx, std::string sv, std::string en) {
  Error error(ErrorCode::kInvalidInput, std::move(sv), std::move(en));
  error.WithFile(ctx.file);
  if (!ctx.sheet.empty()) error.WithSheet(ctx.sheet);
  return error;
}

void Fail(Error error) { throw Failure{std::move(error)}; }

namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (Lower(s[i]) != prefix[i]) return false;
  }
  return true;
}

// Parses a run of decimal digits (no sign, no spaces) up to max; nullopt if
// empty, not all digits, or above max.
std::optional<std::int64_t> ParseDigits(std::string_view s, std::int64_t max) {
  if (s.empty() || s.size() > 18) return std::nullopt;
  std::int64_t value = 0;
  for (char c : s) {
    if (!IsDigit(c)) return std::nullopt;
    value = value * 10 + (c - '0');
  }
  if (value > max) return std::nullopt;
  return value;
}

// Days since 1970-01-01 → civil date (proleptic Gregorian), H. Hinnant's
// algorithm, exact for the whole range used here.
void CivilFromDays(std::int64_t z, std::int64_t& y, unsigned& m, unsigned& d) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  y = static_cast<std::int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  d = doy - (153 * mp + 2) / 5 + 1;
  m = mp < 10 ? mp + 3 : mp - 9;
  if (m <= 2) ++y;
}

constexpr std::int64_t kSecondsPerDay = 86400;
// Days from 1970-01-01 back to the day before each system's day 1 (1900) or to
// its day 0 (1904). 1899-12-30 is the 1900 system's day 0 for serials after
// the phantom 1900-02-29; before it, day 0 is 1899-12-31.
constexpr std::int64_t kUnixDaysOf18991230 = -25569;
constexpr std::int64_t kUnixDaysOf18991231 = -25568;
constexpr std::int64_t kUnixDaysOf19040101 = -24107;
constexpr double kMaxSerial = 2958466.0;  // past 9999-12-31 in either system

// Appends v with at least `width` digits, zero-padded (v >= 0).
void AppendPadded(std::string& out, std::int64_t v, int width) {
  char digits[24];
  int n = 0;
  do {
    digits[n++] = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v > 0);
  for (int i = n; i < width; ++i) out += '0';
  while (n > 0) out += digits[--n];
}

void AppendTime(std::string& out, std::int64_t seconds) {  // hours not wrapped at 24
  AppendPadded(out, seconds / 3600, 2);
  out += ':';
  AppendPadded(out, seconds / 60 % 60, 2);
  out += ':';
  AppendPadded(out, seconds % 60, 2);
}

}  // namespace

std::string Trim(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && IsSpace(s[b])) ++b;
  while (e > b && IsSpace(s[e - 1])) --e;
  return std::string(s.substr(b, e - b));
}

namespace {

// The code unit of "_xHHHH_" at s[i], or -1.
long EscapeAt(std::string_view s, std::size_t i) {
  if (i + 7 > s.size() || s[i] != '_' || s[i + 1] != 'x' || s[i + 6] != '_') return -1;
  long unit = 0;
  for (std::size_t k = i + 2; k < i + 6; ++k) {
    char c = Lower(s[k]);
    int digit = IsDigit(c) ? c - '0' : (c >= 'a' && c <= 'f') ? c - 'a' + 10 : -1;
    if (digit < 0) return -1;
    unit = unit * 16 + digit;
  }
  return unit;
}

}  // namespace

std::string DecodeEscapes(std::string_view s) {
  if (s.find("_x") == std::string_view::npos) return std::string(s);
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    long unit = EscapeAt(s, i);
    if (unit < 0) {
      out += s[i++];
      continue;
    }
    i += 7;
    unsigned long cp = static_cast<unsigned long>(unit);
    if (unit >= 0xD800 && unit <= 0xDBFF) {  // a UTF-16 pair spelled as two escapes
      const long low = EscapeAt(s, i);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + static_cast<unsigned long>(low - 0xDC00);
        i += 7;
      } else {
        cp = 0xFFFD;
      }
    } else if ((unit >= 0xDC00 && unit <= 0xDFFF) || unit == 0) {
      cp = 0xFFFD;
    }
    AppendUtf8(out, cp);
  }
  return out;
}

bool EqualIgnoringAsciiCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (Lower(a[i]) != Lower(b[i])) return false;
  }
  return true;
}

bool IsBlank(std::string_view s) {
  for (char c : s) {
    if (!IsSpace(c)) return false;
  }
  return true;
}

std::optional<CellRef> ParseCellRef(std::string_view ref) {
  std::size_t i = 0;
  std::size_t column = 0;
  while (i < ref.size() && i < 4) {
    const char c = Lower(ref[i]);
    if (c < 'a' || c > 'z') break;
    column = column * 26 + static_cast<std::size_t>(c - 'a' + 1);
    ++i;
  }
  if (i == 0 || column > kMaxColumns) return std::nullopt;
  CellRef out;
  out.column = column - 1;
  if (i < ref.size()) {
    auto row = ParseRowNumber(ref.substr(i));
    if (!row) return std::nullopt;
    out.row = *row;
  }
  return out;
}

std::optional<std::int64_t> ParseRowNumber(std::string_view text) {
  auto row = ParseDigits(text, kMaxRows);
  if (!row || *row < 1) return std::nullopt;
  return row;
}

std::optional<std::uint32_t> ParseIndex(std::string_view text) {
  auto index = ParseDigits(Trim(text), 0x7FFFFFFF);
  if (!index) return std::nullopt;
  return static_cast<std::uint32_t>(*index);
}

NumberKind ClassifyNumberFormat(int id, std::string_view code) {
  if (code.empty()) {
    if (id == 9 || id == 10) return NumberKind::kPercent;
    if (id >= 14 && id <= 17) return NumberKind::kDate;
    if (id == 22) return NumberKind::kDateTime;
    if ((id >= 18 && id <= 21) || (id >= 45 && id <= 47)) return NumberKind::kTime;
    return NumberKind::kPlain;
  }
  bool year_or_day = false, m = false, hour = false, second = false, percent = false;
  for (std::size_t i = 0; i < code.size(); ++i) {
    const char c = Lower(code[i]);
    if (c == '"') {  // literal text
      const std::size_t close = code.find('"', i + 1);
      if (close == std::string_view::npos) break;
      i = close;
    } else if (c == '\\' || c == '_' || c == '*') {  // escaped char, space of its width, fill
      ++i;
    } else if (c == '[') {  // colour, condition, locale; or elapsed time [h] [mm] [ss]
      const std::size_t close = code.find(']', i + 1);
      if (close == std::string_view::npos) break;
      const std::string_view inside = code.substr(i + 1, close - i - 1);
      if (!inside.empty() && inside.find_first_not_of(inside[0]) == std::string_view::npos) {
        const char e = Lower(inside[0]);
        if (e == 'h') hour = true;
        if (e == 'm') m = hour = true;  // elapsed minutes are minutes
        if (e == 's') second = true;
      }
      i = close;
    } else if (StartsWithNoCase(code.substr(i), "am/pm")) {
      hour = true;
      i += 4;
    } else if (StartsWithNoCase(code.substr(i), "a/p")) {
      hour = true;
      i += 2;
    } else if (c == 'y' || c == 'd') {
      year_or_day = true;
    } else if (c == 'm') {
      m = true;
    } else if (c == 'h') {
      hour = true;
    } else if (c == 's') {
      second = true;
    } else if (c == '%') {
      percent = true;
    }
  }
  // An m next to hours or seconds is minutes; alone, or beside y or d, a month.
  const bool date = year_or_day || (m && !hour && !second);
  const bool time = hour || second;
  if (date && time) return NumberKind::kDateTime;
  if (date) return NumberKind::kDate;
  if (time) return NumberKind::kTime;
  if (percent) return NumberKind::kPercent;
  return NumberKind::kPlain;
}

std::optional<double> ParseNumber(std::string_view text) {
  std::string_view s = text;
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  if (!s.empty() && s[0] == '+') s.remove_prefix(1);
  if (s.empty() || !(IsDigit(s[0]) || s[0] == '-' || s[0] == '.')) return std::nullopt;
  double value = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc() || end != s.data() + s.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

std::string FormatNumber(double value) {
  if (value == 0 || !std::isfinite(value)) return "0";
  // Whole numbers within 15 digits (years, counts, ids) are exact as integers.
  if (std::fabs(value) < 1e15 && value == std::trunc(value)) {
    char buf[24];
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, static_cast<long long>(value));
    return std::string(buf, static_cast<std::size_t>(end - buf));
  }
  // d.dddddddddddddde±x: 15 significant digits, as Excel keeps them.
  char buf[64];
  const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific, 14);
  if (ec != std::errc()) return "0";
  std::string_view sci(buf, static_cast<std::size_t>(end - buf));
  std::string out;
  if (sci[0] == '-') {
    out += '-';
    sci.remove_prefix(1);
  }
  const std::size_t e = sci.find('e');
  std::string digits;
  for (char c : sci.substr(0, e)) {
    if (IsDigit(c)) digits += c;
  }
  int exponent = 0;
  std::string_view exp_text = sci.substr(e + 1);
  if (!exp_text.empty() && exp_text[0] == '+') exp_text.remove_prefix(1);
  std::from_chars(exp_text.data(), exp_text.data() + exp_text.size(), exponent);
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  const long point = static_cast<long>(exponent) + 1;  // digits before the decimal point
  const long n = static_cast<long>(digits.size());
  if (point <= 0) {
    out += "0.";
    out.append(static_cast<std::size_t>(-point), '0');
    out += digits;
  } else if (point >= n) {
    out += digits;
    out.append(static_cast<std::size_t>(point - n), '0');
  } else {
    out += digits.substr(0, static_cast<std::size_t>(point));
    out += '.';
    out += digits.substr(static_cast<std::size_t>(point));
  }
  return out;
}

std::optional<std::string> FormatSerial(double serial, NumberKind kind, bool date1904) {
  if (!std::isfinite(serial) || serial < 0 || serial > kMaxSerial) return std::nullopt;
  const auto seconds = static_cast<std::int64_t>(std::llround(serial * kSecondsPerDay));
  std::string out;
  if (kind == NumberKind::kTime) {
    AppendTime(out, seconds);
    return out;
  }
  const std::int64_t day = seconds / kSecondsPerDay;
  const std::int64_t time_of_day = seconds % kSecondsPerDay;
  std::int64_t unix_days = 0;
  if (date1904) {
    unix_days = kUnixDaysOf19040101 + day;
  } else {
    // Excel counts 1900 as a leap year: serial 60 is the 29th of February that
    // never was, so serials before it are one day later than after it.
    if (day < 1 || day == 60) return std::nullopt;
    unix_days = (day < 60 ? kUnixDaysOf18991231 : kUnixDaysOf18991230) + day;
  }
  std::int64_t y = 0;
  unsigned m = 0, d = 0;
  CivilFromDays(unix_days, y, m, d);
  if (y > 9999) return std::nullopt;
  AppendPadded(out, y, 4);
  out += '-';
  AppendPadded(out, m, 2);
  out += '-';
  AppendPadded(out, d, 2);
  if (kind == NumberKind::kDateTime && time_of_day != 0) {
    out += 'T';
    AppendTime(out, time_of_day);
  }
  return out;
}

}  // namespace kplan::io::xlsx
