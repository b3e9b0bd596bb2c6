#include "kplan/core/swedish_text.hpp"

#include <algorithm>
#include <cmath>

#include "kplan/core/rounding.hpp"

namespace kplan {
namespace {

constexpr std::int64_t kPowersOfTen[] = {1, 10, 100, 1000, 10000, 100000, 1000000};

// "1234567" → "1 234 567" with thin spaces.
std::string GroupThousands(std::uint64_t whole) {
  std::string digits = std::to_string(whole);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += kThinSpace;
    out += digits[i];
  }
  return out;
}

std::string FormatScaled(double value, int decimals, bool drop_trailing_zeros) {
  decimals = std::clamp(decimals, 0, 6);
  const std::int64_t scale = kPowersOfTen[decimals];
  const std::int64_t scaled = RoundHalfAwayFromZero(value * static_cast<double>(scale));
  const bool negative = scaled < 0;
  const std::uint64_t magnitude =
      negative ? 0 - static_cast<std::uint64_t>(scaled) : static_cast<std::uint64_t>(scaled);
  const auto unsigned_scale = static_cast<std::uint64_t>(scale);

  // The remainder has at most `decimals` digits; pad it with leading zeros.
  std::string fraction;
  if (decimals > 0) {
    fraction = std::to_string(magnitude % unsigned_scale);
    fraction.insert(0, static_cast<std::size_t>(decimals) - fraction.size(), '0');
  }
  if (drop_trailing_zeros) {
    while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
  }
  std::string out = negative ? std::string(kMinusSign) : std::string();
  out += GroupThousands(magnitude / unsigned_scale);
  if (!fraction.empty()) out += "," + fraction;
  return out;
}

std::string JoinWords(const std::vector<std::string>& items, std::string_view last_separator) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? last_separator : ", ";
    out += items[i];
  }
  return out;
}

bool IsContinuationByte(unsigned char c) { return (c & 0xC0) == 0x80; }

// Upper-case letters of Latin-1 in UTF-8 are 0xC3 0x80–0x9E, except 0x97 (×).
bool IsLatin1UpperSecondByte(unsigned char c) { return c >= 0x80 && c <= 0x9E && c != 0x97; }

bool StartsWithUpperCase(std::string_view text) {
  if (text.empty()) return false;
  const auto c = static_cast<unsigned char>(text[0]);
  if (c >= 'A' && c <= 'Z') return true;
  return c == 0xC3 && text.size() > 1 && IsLatin1UpperSecondByte(static_cast<unsigned char>(text[1]));
}

std::size_t FirstCodePointLength(std::string_view text) {
  std::size_t n = text.empty() ? 0 : 1;
  while (n < text.size() && IsContinuationByte(static_cast<unsigned char>(text[n]))) ++n;
  return n;
}

}  // namespace

std::string FormatDecimal(double value, int max_decimals) {
  return FormatScaled(value, max_decimals, true);
}

std::string FormatFixed(double value, int decimals) { return FormatScaled(value, decimals, false); }

std::string FormatInteger(std::int64_t value) {
  const std::uint64_t magnitude =
      value < 0 ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
  return (value < 0 ? std::string(kMinusSign) : std::string()) + GroupThousands(magnitude);
}

std::string FormatPercent(double percent, int max_decimals) {
  return FormatDecimal(percent, max_decimals) + " %";
}

std::string FormatKronor(double kronor) {
  constexpr double kMillion = 1e6;
  if (std::fabs(kronor) >= kMillion) return FormatFixed(kronor / kMillion, 1) + " mnkr";
  return FormatInteger(RoundHalfAwayFromZero(kronor)) + " kr";
}

std::string FormatPersons(std::int64_t count) {
  return FormatInteger(count) + (count == 1 ? " person" : " personer");
}

std::string JoinWithOch(const std::vector<std::string>& items) { return JoinWords(items, " och "); }

std::string JoinWithEller(const std::vector<std::string>& items) { return JoinWords(items, " eller "); }

std::string ToLowerSwedish(std::string_view text) {
  std::string out(text);
  for (std::size_t i = 0; i < out.size(); ++i) {
    const auto c = static_cast<unsigned char>(out[i]);
    if (c >= 'A' && c <= 'Z') {
      out[i] = static_cast<char>(c + ('a' - 'A'));
    } else if (c == 0xC3 && i + 1 < out.size() &&
               IsLatin1UpperSecondByte(static_cast<unsigned char>(out[i + 1]))) {
      out[i + 1] = static_cast<char>(static_cast<unsigned char>(out[i + 1]) + 0x20);
      ++i;
    }
  }
  return out;
}

std::string InSentence(std::string_view name) {
  const std::size_t first = FirstCodePointLength(name);
  if (!StartsWithUpperCase(name) || StartsWithUpperCase(name.substr(first))) {
    return std::string(name);
  }
  return ToLowerSwedish(name.substr(0, first)) + std::string(name.substr(first));
}

std::string LevelPhrase(const std::vector<std::string>& level_names) {
  std::vector<std::string> words;
  for (std::size_t i = 0; i < level_names.size(); ++i) {
    words.push_back(ToLowerSwedish(level_names[i]) + (i + 1 < level_names.size() ? "-" : ""));
  }
  return JoinWithOch(words) + " nivå";
}

std::size_t DisplayWidth(std::string_view utf8) {
  return static_cast<std::size_t>(std::count_if(utf8.begin(), utf8.end(), [](char c) {
    return !IsContinuationByte(static_cast<unsigned char>(c));
  }));
}

}  // namespace kplan
