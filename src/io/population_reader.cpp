#include "kplan/io/population_reader.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <unordered_map>

#include "cell_rules.hpp"
#include "import_text.hpp"
#include "population_cells.hpp"
#include "reader_frame.hpp"

namespace kplan::io {
namespace {

using detail::CellText;
using detail::Column;
using detail::Fold;
using detail::IsTotalLabel;
using detail::Quoted;

constexpr int kFirstYear = 1900;
constexpr int kLastYear = 2200;
constexpr std::string_view kDimensionKeys[] = {"sex", "marital_status", "birth_region"};
constexpr std::size_t kDimensions = std::size(kDimensionKeys);

// A column of a dimension the forecast does not use (kön, civilstånd,
// födelseregion): its values get small ids for the keys below.
struct Dimension {
  std::size_t column = 0;
  bool has_total = false;  // the file has rows for all values together: only those count
  std::unordered_map<std::string, std::uint32_t> ids;

  std::uint32_t Id(std::string_view value) {
    return ids.try_emplace(std::string(value), static_cast<std::uint32_t>(ids.size())).first->second;
  }
};

// One row per region, band, dimension values (and year in the long layout).
struct UniqueKey {
  std::uint64_t place = 0;  // area, band, year
  std::uint64_t dims = 0;   // the dimension values' ids
  bool operator==(const UniqueKey&) const = default;
};
struct UniqueKeyHash {
  std::size_t operator()(const UniqueKey& k) const {
    return static_cast<std::size_t>(k.place * 0x9E3779B97F4A7C15ULL ^ (k.dims + 0x632BE59BD9B4E019ULL));
  }
};

// Area, band and year in one number (year 0: none).
std::uint64_t PlaceKey(std::uint32_t area, const AgeBand& band, int year) {
  const std::uint64_t to = band.to ? static_cast<std::uint64_t>(*band.to) : 255;
  const std::uint64_t y = year == 0 ? 0 : static_cast<std::uint64_t>(year - kFirstYear + 1);
  return (std::uint64_t{area} << 32) | (static_cast<std::uint64_t>(band.from) << 24) | (to << 16) | y;
}

// The content to read among `contents` (in file order): the only one, or the
// only one that is the population. nullopt when that is no single one.
std::optional<std::string> ChooseContent(const std::vector<std::string>& contents) {
  if (contents.size() == 1) return contents[0];
  std::optional<std::string> chosen;
  for (const std::string& c : contents) {
    if (!detail::IsPopulationContent(c)) continue;
    if (chosen) return std::nullopt;
    chosen = c;
  }
  return chosen;
}

// The row function of the population reader (the frame is reader_frame.hpp):
// rows of totals and of other contents are skipped, a wide row gives one row
// per year, and rows that differ only by an unused dimension are summed.
class PopulationParser {
 public:
  using ReadResult = PopulationReadResult;
  static const ColumnVocabulary& Vocabulary() { return PopulationColumns(); }

  struct Read {
    bool skip = false;  // a row of totals or of another content
    std::uint32_t area = 0;
    std::string_view age_text;
    AgeBand band;
    std::array<std::uint32_t, kDimensions> dims{};
    int year = 0;  // long layout
    std::vector<std::pair<int, double>> values;  // year → people
  };

  PopulationParser(const Table& table, PopulationReadResult& result, RowErrorCollector& errors,
                   DecimalMark decimal)
      : table_(table), result_(result), errors_(errors), decimal_(decimal),
        area_col(Column(result.columns, "area")),
        age_col(Column(result.columns, "age")),
        contents_col(Column(result.columns, "contents")),
        year_col(Column(result.columns, "year")),
        people_col(Column(result.columns, "people")) {}

  Status Layout() {
    if (Status years = FindYearColumns(); !years) return years;
    if (Status layout = CheckLayout(); !layout) return layout;
    if (Status contents = ChooseContentRows(); !contents) return contents;
    result_.layout = year_columns_.empty() ? TableLayout::kLong : TableLayout::kWide;
    for (std::string_view key : kDimensionKeys) {
      std::optional<std::size_t> column = Column(result_.columns, key);
      if (!column) continue;
      Dimension d;
      d.column = *column;
      d.has_total = std::any_of(table_.rows.begin(), table_.rows.end(), [&](const TableRow& row) {
        return IsTotalLabel(CellText(row, column));
      });
      summing_ = summing_ || !d.has_total;
      dims_.push_back(std::move(d));
    }
    std::sort(dims_.begin(), dims_.end(),
              [](const Dimension& a, const Dimension& b) { return a.column < b.column; });
    return Ok();
  }

  Read Row(const TableRow& row) {
    Read read;
    if (contents_col && CellText(row, contents_col) != chosen_content_) {
      ++result_.skipped_content_rows;
      read.skip = true;
      return read;
    }
    std::string_view area_text = CellText(row, area_col);
    read.age_text = CellText(row, age_col);
    bool total = (!area_text.empty() && IsTotalLabel(area_text)) || IsTotalLabel(read.age_text);
    for (std::size_t k = 0; k < dims_.size() && !total; ++k) {
      std::string_view value = CellText(row, dims_[k].column);
      if (IsTotalLabel(value) != dims_[k].has_total) total = true;
      else if (!dims_[k].has_total) read.dims[k] = dims_[k].Id(value);
    }
    if (total) {
      ++result_.skipped_total_rows;
      read.skip = true;
      return read;
    }
    read.area = AreaId(area_text);
    ReadAge(row, read);
    if (result_.layout == TableLayout::kWide) {
      ReadYearColumns(row, read);
    } else {
      ReadYearAndPeople(row, read);
    }
    return read;
  }

  void Keep(Read read, const TableRow& row) {
    if (read.skip || !IsFirst(read, row)) return;
    for (const auto& [year, people] : read.values) {
      const std::uint64_t key = PlaceKey(read.area, read.band, year);
      auto [it, inserted] = aggregated_.try_emplace(key, result_.rows.size());
      if (!inserted && summing_) {
        result_.rows[it->second].record.people += people;
        continue;
      }
      result_.rows.push_back(
          PopulationRow{row.line, {areas_[read.area], year, read.band.from,
                                 read.band.to.value_or(kPopulationOldestAge), people}});
      origin_.push_back(&row);
    }
  }

  // Overlapping bands within one region and year ("0-4 år" and "3 år"); the
  // dimensions that were summed.
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
        if (next.age_from > prev.age_to) continue;
        const TableRow* first = origin_[indexes[k - 1]];
        const TableRow* second = origin_[indexes[k]];
        if (first->line > second->line) std::swap(first, second);
        if (!reported.insert({first->line, second->line}).second) continue;
        AddOverlap(*first, *second);
      }
    }
    for (const Dimension& d : dims_) {
      if (!d.has_total && d.ids.size() > 1) result_.summed_dimensions.push_back(table_.header[d.column]);
    }
  }

 private:
  // The year columns, of one content when the headers name several.
  Status FindYearColumns() {
    struct YearColumn {
      detail::YearHeader header;
      std::size_t column;
    };
    std::vector<YearColumn> found;
    std::vector<std::string> contents;
    for (std::size_t c : result_.columns.unused) {
      if (auto year = detail::ParseYearHeader(table_.header[c])) {
        // A bare year ("2025") is of whatever content the others are.
        if (!year->content.empty() &&
            std::find(contents.begin(), contents.end(), year->content) == contents.end()) {
          contents.push_back(year->content);
        }
        found.push_back({std::move(*year), c});
      }
    }
    if (found.empty()) return Ok();
    std::optional<std::string> chosen =
        contents.empty() ? std::optional<std::string>("") : ChooseContent(contents);
    if (!chosen) return ContentsError(contents, "kolumnerna", "the columns");
    result_.contents = *chosen;
    for (const std::string& c : contents) {
      if (c != *chosen) result_.other_contents.push_back(c);
    }
    std::vector<std::pair<std::string, std::size_t>> wide_keys;
    for (const YearColumn& y : found) {
      if (!y.header.content.empty() && y.header.content != *chosen) continue;
      year_columns_.emplace_back(y.header.year, y.column);
      wide_keys.emplace_back("year:" + std::to_string(y.header.year), y.column);
    }
    detail::AddWideColumns(result_.columns, table_, wide_keys);
    return Ok();
  }

  // A tabellinnehåll column: only the rows of the population are read.
  Status ChooseContentRows() {
    if (!contents_col) return Ok();
    std::vector<std::string> contents;
    for (const TableRow& row : table_.rows) {
      std::string_view c = CellText(row, contents_col);
      if (std::find(contents.begin(), contents.end(), c) == contents.end()) contents.emplace_back(c);
    }
    if (contents.empty()) return Ok();
    std::optional<std::string> chosen = ChooseContent(contents);
    if (!chosen) {
      return ContentsError(contents, "kolumnen " + Quoted(table_.header[*contents_col]),
                           "the column " + Quoted(table_.header[*contents_col]));
    }
    chosen_content_ = *chosen;
    result_.contents = *chosen;
    for (const std::string& c : contents) {
      if (c != *chosen) result_.other_contents.push_back(c);
    }
    return Ok();
  }

  Status ContentsError(const std::vector<std::string>& contents, const std::string& where_sv,
                       const std::string& where_en) const {
    const std::string list = detail::QuotedList(contents);
    return detail::TableError(
        table_,
        "tabellen har flera innehåll i " + where_sv + " (" + list +
            ") och inget av dem är ensamt folkmängden; ta med bara Folkmängd när tabellen hämtas "
            "från SCB",
        "the table has several contents in " + where_en + " (" + list +
            ") and no single one of them is the population; take only Folkmängd (Population) "
            "when downloading the table from SCB",
        "contents");
  }

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

  std::uint32_t AreaId(std::string_view text) {
    std::string name = detail::RegionName(text);
    auto [it, inserted] = area_ids_.try_emplace(name, static_cast<std::uint32_t>(areas_.size()));
    if (inserted) areas_.push_back(std::move(name));
    return it->second;
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

  // A number of people, SCB's "-" (0) or ".." (left out: false, counted).
  bool ReadPeople(const TableRow& row, std::size_t column, std::string_view text, double& people) {
    if (text.empty()) {
      detail::AddMissing(errors_, row, column);
      return false;
    }
    switch (detail::ScbSymbolOf(text)) {
      case detail::ScbSymbol::kZero: people = 0; return true;
      case detail::ScbSymbol::kMissing: ++result_.missing_values; return false;
      case detail::ScbSymbol::kNone: break;
    }
    return detail::ReadNonNegative(errors_, row, column, text, decimal_, "people", people);
  }

  void ReadYearColumns(const TableRow& row, Read& read) {
    read.values.reserve(year_columns_.size());
    for (const auto& [year, column] : year_columns_) {
      double people = 0;
      if (ReadPeople(row, column, CellText(row, column), people)) read.values.emplace_back(year, people);
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
    read.year = year_ok ? static_cast<int>(year) : 0;
    double people = 0;
    if (ReadPeople(row, *people_col, CellText(row, people_col), people) && year_ok) {
      read.values.emplace_back(static_cast<int>(year), people);
    }
  }

  bool IsFirst(const Read& read, const TableRow& row) {
    const bool long_layout = result_.layout == TableLayout::kLong;
    UniqueKey key{PlaceKey(read.area, read.band, long_layout ? read.year : 0), 0};
    for (std::size_t k = 0; k < dims_.size(); ++k) key.dims |= std::uint64_t{read.dims[k]} << (21 * k);
    auto [seen, inserted] = first_line_.try_emplace(key, row.line);
    if (inserted) return true;
    std::string sv = "åldern " + Quoted(read.age_text);
    std::string en = "the age " + Quoted(read.age_text);
    if (area_col) {
      sv += " i " + Quoted(areas_[read.area]);
      en += " in " + Quoted(areas_[read.area]);
    }
    if (long_layout) {
      sv += " för år " + std::to_string(read.year);
      en += " for the year " + std::to_string(read.year);
    }
    for (const Dimension& d : dims_) {
      const std::string value = Quoted(CellText(row, d.column));
      sv += " och " + table_.header[d.column] + " " + value;
      en += " and " + table_.header[d.column] + " " + value;
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
  std::optional<std::size_t> area_col, age_col, contents_col, year_col, people_col;
  std::vector<std::pair<int, std::size_t>> year_columns_;
  std::string chosen_content_;  // of the contents column
  std::vector<Dimension> dims_;
  bool summing_ = false;  // some dimension has no total: its rows are added up
  std::vector<std::string> areas_;  // region names by id
  std::unordered_map<std::string, std::uint32_t> area_ids_;
  std::unordered_map<UniqueKey, std::int64_t, UniqueKeyHash> first_line_;  // uniqueness per file row
  std::unordered_map<std::uint64_t, std::size_t> aggregated_;  // area, band, year → result row
  std::vector<const TableRow*> origin_;                        // per result row
};

bool HasFolded(const std::vector<std::string>& folded, std::string_view key) {
  for (const std::string& header : PopulationColumns().Find(key)->headers) {
    if (std::find(folded.begin(), folded.end(), Fold(header)) != folded.end()) return true;
  }
  return false;
}

}  // namespace

bool LooksLikePopulationHeader(const std::vector<std::string>& fields) {
  std::vector<std::string> folded;
  bool year_column = false;
  for (const std::string& f : fields) {
    folded.push_back(Fold(f));
    year_column = year_column || detail::ParseYearHeader(f).has_value();
  }
  return HasFolded(folded, "age") &&
         (year_column || HasFolded(folded, "area") || HasFolded(folded, "year"));
}

Result<PopulationReadResult> ReadPopulation(const Table& table, DecimalMark decimal,
                                            const ColumnOverrides& overrides,
                                            std::size_t error_limit) {
  return detail::ReadTable<PopulationParser>(table, overrides, error_limit, decimal);
}

}  // namespace kplan::io
