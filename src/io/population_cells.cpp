// The labels, year headers, regions, symbols and ages of SCB population
// tables (population_cells.hpp, ParseAgeBand in population_reader.hpp).

#include "population_cells.hpp"

#include <algorithm>

#include "import_text.hpp"
#include "kplan/io/population_reader.hpp"

namespace kplan::io {
namespace {

constexpr int kMaxAge = 130;
constexpr int kFirstYear = 1900;
constexpr int kLastYear = 2200;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

std::optional<int> ParseSmallNumber(std::string_view text, std::size_t& i) {
  int value = 0;
  std::size_t digits = 0;
  while (i < text.size() && IsDigit(text[i]) && digits < 4) {
    value = value * 10 + (text[i] - '0');
    ++i;
    ++digits;
  }
  if (digits == 0 || digits > 3) return std::nullopt;
  return value;
}

void SkipSpaces(std::string_view text, std::size_t& i) {
  while (i < text.size() && text[i] == ' ') ++i;
}

// A dash at text[i]: '-' or the en dash (U+2013); its length, else 0.
std::size_t DashAt(std::string_view text, std::size_t i) {
  if (i < text.size() && text[i] == '-') return 1;
  if (text.substr(i, 3) == "\u2013") return 3;
  return 0;
}

// A region code before a name: two to four digits (län, kommun) or a NUTS
// code ("SE", "SE1", "SE11", "SE110").
std::size_t RegionCodeLength(std::string_view text) {
  std::size_t n = 0;
  while (n < text.size() && IsDigit(text[n])) ++n;
  if (n >= 2 && n <= 4) return n;
  if (n != 0 || text.substr(0, 2) != "SE") return 0;
  n = 2;
  while (n < text.size() && n < 5 && (IsDigit(text[n]) || (text[n] >= 'A' && text[n] <= 'Z'))) ++n;
  return n;
}

}  // namespace

namespace detail {

bool IsTotalLabel(std::string_view text) {
  static constexpr std::string_view kTotals[] = {
      "totalt", "total", "tot", "totaltalder", "totalallages", "allages", "samtliga", "alla",
      "allaaldrar", "summa", "badakonen", "bothsexes", "totaltkon", "totsa", "bagge", "allakon",
      "inrikesochutrikesfodda", "inrikesochutrikesfodd", "borninswedenandabroad",
      "samtligacivilstand", "allamaritalstatuses"};
  const std::string word = Fold(text);
  if (word.rfind("totalt", 0) == 0) return true;
  return std::find(std::begin(kTotals), std::end(kTotals), word) != std::end(kTotals);
}

std::optional<YearHeader> ParseYearHeader(std::string_view header) {
  header = Trim(header);
  std::string_view head;
  std::string_view digits = header;
  if (auto space = header.rfind(' '); space != std::string_view::npos) {
    head = Trim(header.substr(0, space));
    digits = header.substr(space + 1);
  }
  if (digits.size() != 4 || !AllDigits(digits)) return std::nullopt;
  const int year = (digits[0] - '0') * 1000 + (digits[1] - '0') * 100 + (digits[2] - '0') * 10 +
                   (digits[3] - '0');
  if (year < kFirstYear || year > kLastYear) return std::nullopt;
  // Words ("Folkmängd"), or one code ("000005RC"); not "0-4 år 2025".
  const bool has_digit = std::any_of(head.begin(), head.end(), IsDigit);
  if (has_digit && head.find(' ') != std::string_view::npos) return std::nullopt;
  const std::string folded = Fold(head);
  if (folded == "ar" || folded == "year") head = {};
  return YearHeader{std::string(head), year};
}

std::string RegionName(std::string_view text) {
  text = Trim(text);
  const std::size_t code = RegionCodeLength(text);
  if (code == 0 || code >= text.size() || text[code] != ' ') return std::string(text);
  std::size_t i = code;
  SkipSpaces(text, i);
  if (std::size_t dash = DashAt(text, i)) {
    i += dash;
    SkipSpaces(text, i);
  }
  std::string_view name = Trim(text.substr(i));
  if (name.empty() || IsDigit(name.front())) return std::string(text);
  return std::string(name);
}

ScbSymbol ScbSymbolOf(std::string_view text) {
  text = Trim(text);
  if (text == "-" || text == "\u2013") return ScbSymbol::kZero;
  if (text == ".." || text == "." || text == "\u2026" || text == "...") return ScbSymbol::kMissing;
  return ScbSymbol::kNone;
}

bool IsPopulationContent(std::string_view label) {
  static constexpr std::string_view kPeople[] = {
      "befolkning", "population", "antal", "antalpersoner", "people", "numberofpersons",
      "numberofpeople", "befolkningsprognos", "populationprojection", "be0101n1", "000005rc"};
  const std::string word = Fold(label);
  if (word.rfind("folkmangd", 0) == 0 && word.rfind("folkmangds", 0) != 0) return true;
  return std::find(std::begin(kPeople), std::end(kPeople), word) != std::end(kPeople);
}

}  // namespace detail

std::optional<AgeBand> ParseAgeBand(std::string_view text) {
  text = detail::Trim(text);
  std::size_t i = 0;
  // "-14 years": SCB's band from birth up to 14.
  if (std::size_t dash = DashAt(text, 0)) {
    i = dash;
    SkipSpaces(text, i);
    auto to = ParseSmallNumber(text, i);
    if (!to) return std::nullopt;
    const std::string rest = detail::Fold(text.substr(i));
    if (rest != "" && rest != "ar" && rest != "year" && rest != "years") return std::nullopt;
    if (*to > kMaxAge) return std::nullopt;
    return AgeBand{0, *to};
  }
  auto from = ParseSmallNumber(text, i);
  if (!from) return std::nullopt;
  SkipSpaces(text, i);
  AgeBand band{*from, *from};
  bool open = false;
  bool range = false;
  if (i < text.size() && text[i] == '+') {
    open = true;
    ++i;
  } else if (std::size_t dash = DashAt(text, i)) {
    i += dash;
    SkipSpaces(text, i);
    auto to = ParseSmallNumber(text, i);
    if (!to) return std::nullopt;
    band.to = *to;
    range = true;
  }
  std::string_view rest_raw = text.substr(i);
  if (rest_raw.find('+') != std::string_view::npos) {
    if (open || range) return std::nullopt;
    open = true;
  }
  const std::string rest = detail::Fold(rest_raw);
  static constexpr std::string_view kPlain[] = {"", "ar", "year", "years"};
  static constexpr std::string_view kOlder[] = {
      "arelleraldre", "arochaldre", "arochover", "elleraldre", "ochaldre", "andover",
      "andolder", "orolder", "yearsandover", "yearsandolder", "yearsorolder"};
  bool plain = std::find(std::begin(kPlain), std::end(kPlain), rest) != std::end(kPlain);
  bool older = std::find(std::begin(kOlder), std::end(kOlder), rest) != std::end(kOlder);
  if (older && !open && !range) open = true;
  else if (!plain) return std::nullopt;
  if (open) band.to.reset();
  if (band.from > kMaxAge || (band.to && (*band.to < band.from || *band.to > kMaxAge))) {
    return std::nullopt;
  }
  return band;
}

}  // namespace kplan::io
