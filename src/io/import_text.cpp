#include "import_text.hpp"

#include <algorithm>
#include <cmath>

namespace kplan::io::detail {

std::string_view Trim(std::string_view text) {
  auto is_space_at_front = [&](std::size_t& skip) {
    if (text.empty()) return false;
    unsigned char c = static_cast<unsigned char>(text.front());
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f') {
      skip = 1;
      return true;
    }
    if (c == 0xC2 && text.size() >= 2 && static_cast<unsigned char>(text[1]) == 0xA0) {
      skip = 2;
      return true;
    }
    return false;
  };
  auto is_space_at_back = [&](std::size_t& skip) {
    if (text.empty()) return false;
    unsigned char c = static_cast<unsigned char>(text.back());
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f') {
      skip = 1;
      return true;
    }
    if (c == 0xA0 && text.size() >= 2 &&
        static_cast<unsigned char>(text[text.size() - 2]) == 0xC2) {
      skip = 2;
      return true;
    }
    return false;
  };
  std::size_t skip = 0;
  while (is_space_at_front(skip)) text.remove_prefix(skip);
  while (is_space_at_back(skip)) text.remove_suffix(skip);
  return text;
}

std::string_view Field(const TableRow& row, std::size_t column) {
  if (column >= row.fields.size()) return {};
  return row.fields[column];
}

namespace {

// Length of a UTF-8 sequence from its lead byte (1 for stray bytes).
std::size_t SequenceLength(unsigned char lead) {
  if (lead >= 0xF0 && lead < 0xF8) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;
}

// Latin-1 letters (second byte after 0xC3, upper or lower case) folded to ASCII.
const char* FoldLatin1(unsigned char second) {
  switch (second | 0x20) {
    case 0xA0: case 0xA1: case 0xA2: case 0xA3: case 0xA4: case 0xA5: return "a";  // à á â ã ä å
    case 0xA6: return "ae";                                                         // æ
    case 0xA7: return "c";                                                          // ç
    case 0xA8: case 0xA9: case 0xAA: case 0xAB: return "e";                          // è é ê ë
    case 0xAC: case 0xAD: case 0xAE: case 0xAF: return "i";                          // ì í î ï
    case 0xB1: return "n";                                                          // ñ
    case 0xB2: case 0xB3: case 0xB4: case 0xB5: case 0xB6: case 0xB8: return "o";    // ò ó ô õ ö ø
    case 0xB9: case 0xBA: case 0xBB: case 0xBC: return "u";                          // ù ú û ü
    case 0xBD: return "y";                                                          // ý
    default: return nullptr;
  }
}

}  // namespace

std::string Fold(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
      else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += static_cast<char>(c);
      ++i;
      continue;
    }
    std::size_t len = SequenceLength(c);
    if (i + len > text.size()) break;
    if (c == 0xC3 && len == 2) {
      unsigned char second = static_cast<unsigned char>(text[i + 1]);
      if (second != 0x97 && second != 0xB7) {  // not × or ÷
        if (const char* folded = FoldLatin1(second)) {
          out += folded;
        } else {
          out.append(text.substr(i, len));
        }
      }
    } else if (c == 0xC2 || c == 0xE2) {
      // Latin-1 symbols (no-break space, §, °) and general punctuation,
      // dashes, spaces and mathematical signs: dropped like ASCII punctuation.
    } else {
      out.append(text.substr(i, len));
    }
    i += len;
  }
  return out;
}

std::string Quoted(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  out += '"';
  out += text;
  out += '"';
  return out;
}

std::string JoinList(const std::vector<std::string>& items, std::string_view last_word) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) {
      if (i + 1 == items.size()) {
        out += ' ';
        out += last_word;
        out += ' ';
      } else {
        out += ", ";
      }
    }
    out += items[i];
  }
  return out;
}

std::optional<CalendarDate> ParseDateCell(std::string_view text) {
  text = Trim(text);
  if (text.size() > 10) {
    // "2020-10-31 00:00:00" or "2020-10-31T00:00:00(.000)": keep the date part
    // when the rest is a time of day.
    char sep = text[10];
    if (sep != ' ' && sep != 'T') return std::nullopt;
    std::string_view time = text.substr(11);
    if (time.size() < 5) return std::nullopt;
    for (std::size_t k = 0; k < time.size(); ++k) {
      char ch = time[k];
      bool ok = (ch >= '0' && ch <= '9') || ch == ':' || ch == '.' || ch == 'Z';
      if (!ok) return std::nullopt;
    }
    if (time[2] != ':') return std::nullopt;
    text = text.substr(0, 10);
  }
  return ParseIsoDate(text);
}

std::optional<std::int64_t> ParseWholeNumber(std::string_view text, DecimalMark decimal) {
  std::optional<double> value = ParseDecimal(Trim(text), decimal);
  if (!value || std::floor(*value) != *value || std::fabs(*value) > 9.0e15) return std::nullopt;
  return static_cast<std::int64_t>(*value);
}

std::string NormalizeSign(std::string_view text) {
  text = Trim(text);
  bool negative = false;
  if (text.size() >= 3 && text.substr(0, 3) == "\u2212") {
    negative = true;
    text.remove_prefix(3);
  } else if (!text.empty() && text.front() == '+') {
    text.remove_prefix(1);
  }
  text = Trim(text);
  std::string out(text.size() + (negative ? 1 : 0), '-');
  std::copy(text.begin(), text.end(), out.begin() + (negative ? 1 : 0));
  return out;
}

bool AllDigits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0)) return 29;
  return kDays[month - 1];
}

}  // namespace kplan::io::detail
