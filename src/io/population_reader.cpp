#include "kplan/io/population_reader.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "cell_rules.hpp"
#include "import_text.hpp"
#include "kplan/io/personal_data.hpp"

namespace kplan::io {
namespace {

using detail::CellText;
using detail::Column;
using detail::Fold;
using detail::Quoted;

constexpr int kMaxAge = 130;
constexpr int kFirstYear = 1900;
constexpr int kLastYear = 2200;

bool IsTotal(std::string_view text) {
  static constexpr std::string_view kTotals[] = {
      "totalt", "total", "totaltalder", "samtliga", "allaaldrar", "summa", "badakonen",
      "totaltkon", "bagge", "allakon"};
  const std::string word = Fold(text);
  for (std::string_view t : kTotals) {
    if (word == t) return true;
  }
  return false;
}

std::optional<int> ParseSmallNumber(std::string_view text, std::size_t& i) {
  int value = 0;
  std::size_t digits = 0;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9' && digits < 4) {
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

std::optional<int> YearFromHeader(std::string_view header) {
  header = detail::Trim(header);
  std::string_view digits = header;
  if (auto space = header.rfind(' '); space != std::string_view::npos) {
    std::string_view head = header.substr(0, space);
    if (std::any_of(head.begin(), head.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      return std::nullopt;
    }
    digits = header.substr(space + 1);
  }
  if (digits.size() != 4 || !detail::AllDigits(digits)) return std::nullopt;
  int year = std::stoi(std::string(digits));
  if (year < kFirstYear || year > kLastYear) return std::nullopt;
  return year;
}

Error LayoutError(const Table& table, std::string sv, std::string en, std::string rule) {
  Error error(ErrorCode::kInvalidInput, std::move(sv), std::move(en));
  error.WithFile(table.file).WithRule(std::move(rule));
  if (!table.sheet.empty()) error.WithSheet(table.sheet);
  return error;
}

std::string QuotedList(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& h : items) out += (out.empty() ? "" : ", ") + Quoted(h);
  return out;
}

}  // namespace

std::optional<AgeBand> ParseAgeBand(std::string_view text) {
  text = detail::Trim(text);
  std::size_t i = 0;
  auto from = ParseSmallNumber(text, i);
  if (!from) return std::nullopt;
  SkipSpaces(text, i);
  AgeBand band{*from, *from};
  bool open = false;
  bool range = false;
  if (i < text.size() && text[i] == '+') {
    open = true;
    ++i;
  } else if (i < text.size() && (text[i] == '-' || text.substr(i, 3) == "\u2013")) {
    i += text[i] == '-' ? 1 : 3;
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
  const std::string rest = Fold(rest_raw);
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

Result<PopulationReadResult> ReadPopulation(const Table& table, DecimalMark decimal,
                                            const ColumnOverrides& overrides,
                                            std::size_t error_limit) {
  if (Status guard = CheckPersonalData(table, &PopulationColumns()); !guard) return guard.error();
  Result<ColumnMapping> mapping = MatchColumns(table, PopulationColumns(), overrides);
  if (!mapping) return mapping.error();

  PopulationReadResult result;
  result.columns = std::move(mapping).value();
  std::vector<std::pair<int, std::size_t>> year_columns;
  std::vector<std::pair<std::string, std::size_t>> wide_keys;
  for (std::size_t c : result.columns.unused) {
    if (auto year = YearFromHeader(table.header[c])) {
      year_columns.emplace_back(*year, c);
      wide_keys.emplace_back("year:" + std::to_string(*year), c);
    }
  }
  const bool has_long = result.columns.Has("year") || result.columns.Has("people");
  if (!year_columns.empty() && has_long) {
    return LayoutError(table,
                       "filen har både en kolumn per år och kolumner för år och antal; använd det "
                       "ena eller det andra",
                       "the file has both a column per year and columns for year and count; use "
                       "one or the other",
                       "layout");
  }
  if (year_columns.empty() && !(result.columns.Has("year") && result.columns.Has("people"))) {
    const FieldSpec& year = *PopulationColumns().Find("year");
    const FieldSpec& people = *PopulationColumns().Find("people");
    return LayoutError(table,
                       "kolumner saknas: antingen en kolumn per år (\"2025\", \"2026\" ...) eller "
                       "en kolumn för år (" + QuotedList(year.headers) + ") och en för antal (" +
                           QuotedList(people.headers) + "). Rubriker i filen: " +
                           QuotedList(table.header),
                       "missing columns: either one column per year (\"2025\", \"2026\" ...) or a "
                       "column for the year (" + QuotedList(year.headers) +
                           ") and one for the count (" + QuotedList(people.headers) +
                           "). Headers in the file: " + QuotedList(table.header),
                       "missing_column");
  }
  result.layout = year_columns.empty() ? TableLayout::kLong : TableLayout::kWide;
  if (result.layout == TableLayout::kWide) detail::AddWideColumns(result.columns, table, wide_keys);

  const auto area_col = Column(result.columns, "area");
  const auto age_col = Column(result.columns, "age");
  const auto sex_col = Column(result.columns, "sex");
  const auto year_col = Column(result.columns, "year");
  const auto people_col = Column(result.columns, "people");

  bool totals_by_sex = false;
  if (sex_col) {
    for (const TableRow& row : table.rows) {
      if (IsTotal(CellText(row, sex_col))) {
        totals_by_sex = true;
        break;
      }
    }
  }
  const bool sum_sexes = sex_col && !totals_by_sex;

  RowErrorCollector errors(table, error_limit);
  std::unordered_map<std::string, std::int64_t> first_line;  // uniqueness per file row
  std::unordered_map<std::string, std::size_t> aggregated;    // area, band, year → result row
  std::vector<const TableRow*> origin;                        // per result row

  for (const TableRow& row : table.rows) {
    const std::string area(CellText(row, area_col));
    if (!area.empty() && IsTotal(area)) {
      ++result.skipped_total_rows;
      continue;
    }
    std::string_view sex = CellText(row, sex_col);
    if (totals_by_sex && !IsTotal(sex)) {
      ++result.skipped_total_rows;
      continue;
    }
    std::string_view age_text = CellText(row, age_col);
    if (IsTotal(age_text)) {
      ++result.skipped_total_rows;
      continue;
    }
    const std::size_t before = errors.total();
    std::optional<AgeBand> band;
    if (age_text.empty()) {
      detail::AddMissing(errors, row, *age_col);
    } else if (!(band = ParseAgeBand(age_text))) {
      errors.AddCell(row, *age_col,
                     Quoted(age_text) +
                         " är ingen ålder eller åldersgrupp; skriv t.ex. \"5 år\", \"0-4 år\" "
                         "eller \"100+ år\"",
                     Quoted(age_text) +
                         " is not an age or age band; write e.g. \"5 år\", \"0-4 år\" or "
                         "\"100+ år\"",
                     "age");
    }
    std::vector<std::pair<int, double>> values;
    if (result.layout == TableLayout::kWide) {
      for (const auto& [year, column] : year_columns) {
        std::string_view text = CellText(row, column);
        double people = 0;
        if (text.empty()) {
          detail::AddMissing(errors, row, column);
        } else if (detail::ReadNonNegative(errors, row, column, text, decimal, "people", people)) {
          values.emplace_back(year, people);
        }
      }
    } else {
      std::string_view year_text = CellText(row, year_col);
      const std::int64_t year =
          detail::ParseWholeNumber(year_text, decimal).value_or(std::int64_t{0});
      const bool year_ok = year >= kFirstYear && year <= kLastYear;
      if (year_text.empty()) {
        detail::AddMissing(errors, row, *year_col);
      } else if (!year_ok) {
        errors.AddCell(row, *year_col,
                       Quoted(year_text) + " är inget årtal mellan 1900 och 2200",
                       Quoted(year_text) + " is not a year between 1900 and 2200", "year");
      }
      std::string_view people_text = CellText(row, people_col);
      double people = 0;
      if (people_text.empty()) {
        detail::AddMissing(errors, row, *people_col);
      } else if (detail::ReadNonNegative(errors, row, *people_col, people_text, decimal, "people",
                                         people) &&
                 year_ok) {
        values.emplace_back(static_cast<int>(year), people);
      }
    }
    if (!band || errors.total() != before) continue;

    const std::string band_key = std::to_string(band->from) + '-' +
                                 (band->to ? std::to_string(*band->to) : std::string("+"));
    std::string unique_key = area + '\x1f' + band_key + '\x1f' + std::string(sex);
    if (result.layout == TableLayout::kLong && !values.empty()) {
      unique_key += '\x1f' + std::to_string(values[0].first);
    }
    auto [seen, inserted] = first_line.try_emplace(unique_key, row.line);
    if (!inserted) {
      std::string sv = "åldern " + Quoted(age_text);
      std::string en = "the age " + Quoted(age_text);
      if (!area.empty()) {
        sv += " i " + Quoted(area);
        en += " in " + Quoted(area);
      }
      if (result.layout == TableLayout::kLong && !values.empty()) {
        sv += " för år " + std::to_string(values[0].first);
        en += " for the year " + std::to_string(values[0].first);
      }
      if (sex_col) {
        sv += " och kön " + Quoted(sex);
        en += " and sex " + Quoted(sex);
      }
      const std::string other = std::to_string(seen->second);
      errors.AddCell(row, *age_col, sv + " finns redan på rad " + other,
                     en + " already appears on row " + other, "unique");
      continue;
    }

    for (const auto& [year, people] : values) {
      const std::string key = area + '\x1f' + band_key + '\x1f' + std::to_string(year);
      auto it = aggregated.find(key);
      if (it != aggregated.end() && sum_sexes) {
        result.rows[it->second].people += people;
        continue;
      }
      aggregated.emplace(key, result.rows.size());
      result.rows.push_back(
          PopulationRow{row.line, area, year, band->from, band->to, people});
      origin.push_back(&row);
    }
  }

  // Overlapping bands within one region and year ("0-4 år" and "3 år").
  std::map<std::pair<std::string, int>, std::vector<std::size_t>> groups;
  for (std::size_t i = 0; i < result.rows.size(); ++i) {
    groups[{result.rows[i].area, result.rows[i].year}].push_back(i);
  }
  std::set<std::pair<std::int64_t, std::int64_t>> reported;
  for (auto& [group, indexes] : groups) {
    std::sort(indexes.begin(), indexes.end(), [&](std::size_t a, std::size_t b) {
      return result.rows[a].age_from < result.rows[b].age_from;
    });
    for (std::size_t k = 1; k < indexes.size(); ++k) {
      const PopulationRow& prev = result.rows[indexes[k - 1]];
      const PopulationRow& next = result.rows[indexes[k]];
      const bool overlaps = !prev.age_to || next.age_from <= *prev.age_to;
      if (!overlaps) continue;
      const TableRow* first = origin[indexes[k - 1]];
      const TableRow* second = origin[indexes[k]];
      if (first->line > second->line) std::swap(first, second);
      if (!reported.insert({first->line, second->line}).second) continue;
      const std::string other_age(CellText(*first, age_col));
      const std::string other = std::to_string(first->line);
      errors.AddCell(*second, *age_col,
                     "åldern " + Quoted(CellText(*second, age_col)) + " överlappar " +
                         Quoted(other_age) + " på rad " + other,
                     "the age " + Quoted(CellText(*second, age_col)) + " overlaps " +
                         Quoted(other_age) + " on row " + other,
                     "age_overlap");
    }
  }

  result.error_count = errors.total();
  result.errors = errors.Take();
  return result;
}

}  // namespace kplan::io
