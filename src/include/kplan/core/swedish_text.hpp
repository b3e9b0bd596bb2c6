#pragma once
// Numbers and word lists the way Swedish readers expect them.
//
// Numbers: decimal comma, a thin space (U+2009) between groups of thousands,
// the real minus sign (U+2212) and a space before the percent sign:
//   FormatDecimal(12345.678, 2)  == "12 345,68"   (thin space)
//   FormatDecimal(-2.60, 2)      == "−2,6"
//   FormatPercent(8.46)          == "8,46 %"
// Lists: "viss", "viss och god", "viss, god och hög".

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kplan {

inline constexpr std::string_view kThinSpace = "\u2009";
inline constexpr std::string_view kMinusSign = "\u2212";

// At most `max_decimals` decimals (0–6), trailing zeros dropped: 2.60 → "2,6",
// 7.0 → "7". Rounds half away from zero. Zero is never shown as "−0".
std::string FormatDecimal(double value, int max_decimals);

// Exactly `decimals` decimals (0–6): FormatFixed(2.6, 2) == "2,60".
std::string FormatFixed(double value, int decimals);

std::string FormatInteger(std::int64_t value);

// A percentage given in percent (8.46, not 0.0846): "8,46 %".
std::string FormatPercent(double percent, int max_decimals = 2);

// Money as written in plan documents: "771 120 kr" below a million,
// "37,8 mnkr" from a million (one decimal).
std::string FormatKronor(double kronor);

// "1 person", "3 personer".
std::string FormatPersons(std::int64_t count);

// Joins with ", " and a final " och ": {"a","b","c"} → "a, b och c".
std::string JoinWithOch(const std::vector<std::string>& items);
// The same with " eller ", for choices: "a, b eller c".
std::string JoinWithEller(const std::vector<std::string>& items);

// Lower case for ASCII letters and the Latin-1 letters of Swedish names
// (Å Ä Ö É Ü ...); other bytes are kept, so the result stays valid UTF-8.
std::string ToLowerSwedish(std::string_view text);

// A name as it stands inside a sentence: the first letter in lower case unless
// the name starts with an abbreviation ("Sektionschef" → "sektionschef",
// "IT-tekniker" stays).
std::string InSentence(std::string_view name);

// The competence levels as seed 001 writes them in a sentence, every level but
// the last with a hyphen: {"Hög"} → "hög nivå", {"Viss","God"} → "viss- och
// god nivå", {"God","Hög","Mycket hög"} → "god-, hög- och mycket hög nivå".
std::string LevelPhrase(const std::vector<std::string>& level_names);

// The number of Unicode code points in UTF-8 text: the width of the text in a
// terminal for the Latin letters used here.
std::size_t DisplayWidth(std::string_view utf8);

}  // namespace kplan
