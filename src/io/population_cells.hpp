#pragma once
// The cells of an SCB population table (private to src/io): what the
// population reader recognises in a header or a label, apart from the ages
// (ParseAgeBand, population_reader.hpp).
//
//   totals      "totalt", "total", "total, all ages", "samtliga", "TotSa",
//               "båda könen", "both sexes", "inrikes och utrikes födda" ...
//   year heads  "2025", "Folkmängd 2025", "år 2025", "000005RC 2025": a year
//               1900–2200 after at most one content (words, or one code);
//   regions     "0180 Stockholm", "0180 - Stockholm", "SE110 Stockholms län"
//               → the name ("Stockholm", "Stockholms län"); a code alone
//               ("2580") or a name alone stays as written;
//   symbols     SCB's "-" (noll) is 0; ".." (uppgift saknas), "." (kan inte
//               förekomma) and "…" are missing values;
//   contents    "Folkmängd", "Befolkning", "Population", "Antal personer" ...
//               name the number of people among a table's contents.

#include <optional>
#include <string>
#include <string_view>

namespace kplan::io::detail {

bool IsTotalLabel(std::string_view text);

struct YearHeader {
  std::string content;  // "" for a bare year
  int year = 0;
};
std::optional<YearHeader> ParseYearHeader(std::string_view header);

std::string RegionName(std::string_view text);

enum class ScbSymbol { kNone, kZero, kMissing };
ScbSymbol ScbSymbolOf(std::string_view text);

bool IsPopulationContent(std::string_view label);

}  // namespace kplan::io::detail
