#include "kplan/io/population_reader.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "cell_rules.hpp"
#include "import_text.hpp"
#include "reader_frame.hpp"

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

// The row function of the population reader (the frame is reader_frame.hpp):
// rows of totals are skipped, a wide row gives one row per year, and rows
// that differ only by sex are summed.
class PopulationParser {
 public:
  using ReadResult = PopulationReadResult;
  static const ColumnVocabulary& Vocabulary() { return PopulationColumns(); }

  // A row as read; its views point into the table.
  struct Read {
    bool total = false;  // a row of totals, skipped
    std::string area;
    std::string_view sex;
    std::string_view age_text;
    AgeBand band;
    std::vector<std::pair<int, double>> values;  // year → people
  };

  PopulationParser(const Table& table, PopulationReadResult& result, RowErrorCollector& errors,
                   DecimalMark decimal)
      : table_(table), result_(result), errors_(errors), decimal_(decimal),
        area_col(Column(result.columns, "area")),
        age_col(Column(result.columns, "age")),
        sex_col(Column(result.columns, "sex")),
        year_col(Column(result.columns, "year")),
        people_col(Column(result.columns, "people")) {}

  Status Layout() {
    std::vector<std::pair<std::string, std::size_t>> wide_keys;
    for (std::size_t c : result_.columns.unused) {
      if (auto year = YearFromHeader(table_.header[c])) {
        year_columns_.emplace_back(*year, c);
        wide_keys.emplace_back("year:" + std::to_string(*year), c);
      }
    }
    if (Status layout = CheckLayout(); !layout) return layout;
    result_.layout = year_columns_.empty() ? TableLayout::kLong : TableLayout::kWide;
    if (result_.layout == TableLayout::kWide) {
      detail::AddWideColumns(result_.columns, table_, wide_keys);
    }
    if (sex_col) {
      totals_by_sex_ = std::any_of(table_.rows.begin(), table_.rows.end(), [&](const TableRow& row) {
        return IsTotal(CellText(row, sex_col));
      });
    }
    return Ok();
  }

  Read Row(const TableRow& row) {
    Read read;
    read.area = std::string(CellText(row, area_col));
    read.sex = CellText(row, sex_col);
    read.age_text = CellText(row, age_col);
    if ((!read.area.empty() && IsTotal(read.area)) || (totals_by_sex_ && !IsTotal(read.sex)) ||
        IsTotal(read.age_text)) {
      ++result_.skipped_total_rows;
      read.total = true;
      return read;
    }
    ReadAge(row, read);
    if (result_.layout == TableLayout::kWide) {
      ReadYearColumns(row, read);
    } else {
      ReadYearAndPeople(row, read);
    }
    return read;
  }

  void Keep(Read read, const TableRow& row) {
    if (read.total || !IsFirst(read, row)) return;
    const bool sum_sexes = sex_col && !totals_by_sex_;
    const std::string band_key = BandKey(read.band);
    for (const auto& [year, people] : read.values) {
      const std::string key = read.area + '\x1f' + band_key + '\x1f' + std::to_string(year);
      auto it = aggregated_.find(key);
      if (it != aggregated_.end() && sum_sexes) {
        result_.rows[it->second].record.people += people;
        continue;
      }
      aggregated_.emplace(key, result_.rows.size());
      result_.rows.push_back(
          PopulationRow{row.line, {read.area, year, read.band.from,
                                 read.band.to.value_or(kPopulationOldestAge), people}});
      origin_.push_back(&row);
    }
  }

  // Overlapping bands within one region and year ("0-4 år" and "3 år").
  void Finish() {
    std::map<std::pair<std::string, int>, std::vector<std::size_t>> groups;
    for (std::size_t i = 0; i < result_.rows.size(); ++i) {
      groups[{result_.rows[i].record.area, result_.rows[i].record.year}].push_back(i);
    }
    std::set<std::pair<std::int64_t, std::int64_t>> reported;
    for (auto& [group, indexes] : groups) {
      std::sort(indexes.begin(), indexes.end(), [&](std::size_t a, std::size_t b) {
        return result_.rows[a].record.age_from < result_.rows[b].record.age_from;
      });
      for (std::size_t k = 1; k < indexes.size(); ++k) {
        const PopulationEntry& prev = result_.rows[indexes[k - 1]].record;
        const PopulationEntry& next = result_.rows[indexes[k]].record;
        const bool overlaps = next.age_from <= prev.age_to;
        if (!overlaps) continue;
        const TableRow* first = origin_[indexes[k - 1]];
        const TableRow* second = origin_[indexes[k]];
        if (first->line > second->line) std::swap(first, second);
        if (!reported.insert({first->line, second->line}).second) continue;
        AddOverlap(*first, *second);
      }
    }
  }

 private:
  // One layout, complete: a column per year, or a year and a people column.
  Status CheckLayout() const {
    const bool has_long = result_.columns.Has("year") || result_.columns.Has("people");
    if (!year_columns_.empty() && has_long) {
      return detail::TableError(
          table_,
          "filen har både en kolumn per år och kolumner för år och antal; använd det ena eller "
          "det andra",
          "the file has both a column per year and columns for year and count; use one or the "
          "other",
          "layout");
    }
    if (!year_columns_.empty() || (result_.columns.Has("year") && result_.columns.Has("people"))) {
      return Ok();
    }
    const std::string year = detail::QuotedList(PopulationColumns().Find("year")->headers);
    const std::string people = detail::QuotedList(PopulationColumns().Find("people")->headers);
    const std::string found = detail::QuotedList(table_.header);
    return detail::TableError(
        table_,
        "kolumner saknas: antingen en kolumn per år (\"2025\", \"2026\" ...) eller en kolumn för "
        "år (" + year + ") och en för antal (" + people + "). Rubriker i filen: " + found,
        "missing columns: either one column per year (\"2025\", \"2026\" ...) or a column for "
        "the year (" + year + ") and one for the count (" + people + "). Headers in the file: " +
            found,
        "missing_column");
  }

  void ReadAge(const TableRow& row, Read& read) {
    if (read.age_text.empty()) {
      detail::AddMissing(errors_, row, *age_col);
    } else if (auto band = ParseAgeBand(read.age_text)) {
      read.band = *band;
    } else {
      errors_.AddCell(row, *age_col,
                      Quoted(read.age_text) +
                          " är ingen ålder eller åldersgrupp; skriv t.ex. \"5 år\", \"0-4 år\" "
                          "eller \"100+ år\"",
                      Quoted(read.age_text) +
                          " is not an age or age band; write e.g. \"5 år\", \"0-4 år\" or "
                          "\"100+ år\"",
                      "age");
    }
  }

  void ReadYearColumns(const TableRow& row, Read& read) {
    for (const auto& [year, column] : year_columns_) {
      std::string_view text = CellText(row, column);
      double people = 0;
      if (text.empty()) {
        detail::AddMissing(errors_, row, column);
      } else if (detail::ReadNonNegative(errors_, row, column, text, decimal_, "people", people)) {
        read.values.emplace_back(year, people);
      }
    }
  }

  void ReadYearAndPeople(const TableRow& row, Read& read) {
    std::string_view year_text = CellText(row, year_col);
    const std::int64_t year =
        detail::ParseWholeNumber(year_text, decimal_).value_or(std::int64_t{0});
    const bool year_ok = year >= kFirstYear && year <= kLastYear;
    if (year_text.empty()) {
      detail::AddMissing(errors_, row, *year_col);
    } else if (!year_ok) {
      errors_.AddCell(row, *year_col, Quoted(year_text) + " är inget årtal mellan 1900 och 2200",
                      Quoted(year_text) + " is not a year between 1900 and 2200", "year");
    }
    std::string_view people_text = CellText(row, people_col);
    double people = 0;
    if (people_text.empty()) {
      detail::AddMissing(errors_, row, *people_col);
    } else if (detail::ReadNonNegative(errors_, row, *people_col, people_text, decimal_, "people",
                                       people) &&
               year_ok) {
      read.values.emplace_back(static_cast<int>(year), people);
    }
  }

  static std::string BandKey(const AgeBand& band) {
    return std::to_string(band.from) + '-' + (band.to ? std::to_string(*band.to) : std::string("+"));
  }

  // One row per region, band and sex (and year in the long layout).
  bool IsFirst(const Read& read, const TableRow& row) {
    const bool long_with_year = result_.layout == TableLayout::kLong && !read.values.empty();
    std::string unique_key =
        read.area + '\x1f' + BandKey(read.band) + '\x1f' + std::string(read.sex);
    if (long_with_year) unique_key += '\x1f' + std::to_string(read.values[0].first);
    auto [seen, inserted] = first_line_.try_emplace(unique_key, row.line);
    if (inserted) return true;
    std::string sv = "åldern " + Quoted(read.age_text);
    std::string en = "the age " + Quoted(read.age_text);
    if (!read.area.empty()) {
      sv += " i " + Quoted(read.area);
      en += " in " + Quoted(read.area);
    }
    if (long_with_year) {
      sv += " för år " + std::to_string(read.values[0].first);
      en += " for the year " + std::to_string(read.values[0].first);
    }
    if (sex_col) {
      sv += " och kön " + Quoted(read.sex);
      en += " and sex " + Quoted(read.sex);
    }
    const std::string other = std::to_string(seen->second);
    errors_.AddCell(row, *age_col, sv + " finns redan på rad " + other,
                    en + " already appears on row " + other, "unique");
    return false;
  }

  void AddOverlap(const TableRow& first, const TableRow& second) {
    const std::string other_age(CellText(first, age_col));
    const std::string other = std::to_string(first.line);
    errors_.AddCell(second, *age_col,
                    "åldern " + Quoted(CellText(second, age_col)) + " överlappar " +
                        Quoted(other_age) + " på rad " + other,
                    "the age " + Quoted(CellText(second, age_col)) + " overlaps " +
                        Quoted(other_age) + " on row " + other,
                    "age_overlap");
  }

  const Table& table_;
  PopulationReadResult& result_;
  RowErrorCollector& errors_;
  DecimalMark decimal_;
  std::optional<std::size_t> area_col, age_col, sex_col, year_col, people_col;
  std::vector<std::pair<int, std::size_t>> year_columns_;
  bool totals_by_sex_ = false;  // the file has rows for both sexes together: only those count
  std::unordered_map<std::string, std::int64_t> first_line_;  // uniqueness per file row
  std::unordered_map<std::string, std::size_t> aggregated_;   // area, band, year → result row
  std::vector<const TableRow*> origin_;                       // per result row
};

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
  return detail::ReadTable<PopulationParser>(table, overrides, error_limit, decimal);
}

}  // namespace kplan::io
