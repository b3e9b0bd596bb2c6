#include "kplan/io/inventory_reader.hpp"

#include <unordered_map>

#include "cell_rules.hpp"
#include "import_text.hpp"
#include "kplan/io/personal_data.hpp"

namespace kplan::io {
namespace {

using detail::CellText;
using detail::Column;
using detail::Fold;
using detail::JoinList;
using detail::Quoted;

Error LayoutError(const Table& table, std::string sv, std::string en, std::string rule) {
  Error error(ErrorCode::kInvalidInput, std::move(sv), std::move(en));
  error.WithFile(table.file).WithRule(std::move(rule));
  if (!table.sheet.empty()) error.WithSheet(table.sheet);
  return error;
}

std::string QuotedHeaders(const Table& table) {
  std::string out;
  for (const std::string& h : table.header) out += (out.empty() ? "" : ", ") + Quoted(h);
  return out;
}

std::string QuotedNames(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : ", ") + Quoted(n);
  return out;
}

// Level columns among the unused ones: header = level name, "<name> nivå" or
// "nivå <name>". Result: column per level (nullopt when absent).
Result<std::vector<std::optional<std::size_t>>> FindLevelColumns(
    const Table& table, const ColumnMapping& mapping, const detail::LevelNames& levels) {
  std::vector<std::optional<std::size_t>> columns(levels.names().size());
  for (std::size_t c : mapping.unused) {
    std::string h = Fold(table.header[c]);
    if (h.size() > 4 && h.compare(h.size() - 4, 4, "niva") == 0) h.resize(h.size() - 4);
    else if (h.size() > 4 && h.compare(0, 4, "niva") == 0) h.erase(0, 4);
    for (std::size_t l = 0; l < levels.folded().size(); ++l) {
      if (h != levels.folded()[l]) continue;
      if (columns[l]) {
        const std::string& first = table.header[*columns[l]];
        const std::string& second = table.header[c];
        Error e = LayoutError(
            table,
            "kolumnerna " + Quoted(first) + " och " + Quoted(second) + " avser båda nivån " +
                levels.names()[l],
            "the columns " + Quoted(first) + " and " + Quoted(second) + " both mean the level " +
                levels.names()[l],
            "duplicate_column");
        e.WithColumn(second);
        return e;
      }
      columns[l] = c;
    }
  }
  return columns;
}

class InventoryParser {
 public:
  InventoryParser(const Table& table, DecimalMark decimal, const detail::LevelNames& levels,
                  InventoryReadResult& result, RowErrorCollector& errors)
      : table_(table), decimal_(decimal), levels_(levels), result_(result), errors_(errors),
        unit_(Column(result.columns, "unit")),
        category_(Column(result.columns, "category")),
        ssyk_(Column(result.columns, "ssyk")),
        level_(Column(result.columns, "level")),
        count_(Column(result.columns, "count")) {}

  void ReadWide(const std::vector<std::optional<std::size_t>>& level_columns) {
    for (const TableRow& row : table_.rows) {
      const std::size_t before = errors_.total();
      InventoryRow base = ReadCommon(row);
      std::vector<double> counts(level_columns.size(), 0);
      for (std::size_t l = 0; l < level_columns.size(); ++l) {
        std::string_view text = CellText(row, level_columns[l]);
        if (text.empty()) continue;
        detail::ReadNonNegative(errors_, row, *level_columns[l], text, decimal_, "count", counts[l]);
      }
      if (!base.category.empty()) CheckUnique(row, base, std::nullopt);
      if (errors_.total() != before) continue;
      for (std::size_t l = 0; l < level_columns.size(); ++l) {
        InventoryRow out = base;
        out.level = l;
        out.level_name = levels_.names()[l];
        out.headcount = counts[l];
        result_.rows.push_back(std::move(out));
      }
    }
  }

  void ReadLong() {
    for (const TableRow& row : table_.rows) {
      const std::size_t before = errors_.total();
      InventoryRow out = ReadCommon(row);
      std::string_view level_text = CellText(row, level_);
      bool level_ok = false;
      if (level_text.empty()) {
        detail::AddMissing(errors_, row, *level_);
      } else {
        level_ok = levels_.Read(errors_, row, *level_, level_text, out.level);
      }
      std::string_view count_text = CellText(row, count_);
      if (count_text.empty()) {
        detail::AddMissing(errors_, row, *count_);
      } else {
        detail::ReadNonNegative(errors_, row, *count_, count_text, decimal_, "count", out.headcount);
      }
      if (level_ok) {
        out.level_name = levels_.names()[out.level];
        if (!out.category.empty()) CheckUnique(row, out, out.level);
      }
      if (errors_.total() == before) result_.rows.push_back(std::move(out));
    }
  }

 private:
  InventoryRow ReadCommon(const TableRow& row) {
    InventoryRow out;
    out.line = row.line;
    out.unit_code = std::string(CellText(row, unit_));
    out.category = std::string(CellText(row, category_));
    if (out.category.empty()) detail::AddMissing(errors_, row, *category_);
    out.ssyk = std::string(CellText(row, ssyk_));
    if (!out.ssyk.empty()) detail::CheckSsyk(errors_, row, *ssyk_, out.ssyk);
    return out;
  }

  void CheckUnique(const TableRow& row, const InventoryRow& r, std::optional<std::size_t> level) {
    std::string key = r.unit_code + '\x1f' + r.category + '\x1f' +
                      (level ? std::to_string(*level) : std::string());
    auto [it, inserted] = first_line_.try_emplace(std::move(key), row.line);
    if (inserted) return;
    std::string sv = "yrkeskategorin " + Quoted(r.category);
    std::string en = "the category " + Quoted(r.category);
    if (!r.unit_code.empty()) {
      sv += " för enheten " + Quoted(r.unit_code);
      en += " for the unit " + Quoted(r.unit_code);
    }
    if (level) {
      sv += " på nivån " + levels_.names()[*level];
      en += " at the level " + levels_.names()[*level];
    }
    const std::string other = std::to_string(it->second);
    errors_.AddCell(row, *category_, sv + " finns redan på rad " + other,
                    en + " already appears on row " + other, "unique");
  }

  const Table& table_;
  DecimalMark decimal_;
  const detail::LevelNames& levels_;
  InventoryReadResult& result_;
  RowErrorCollector& errors_;
  std::optional<std::size_t> unit_, category_, ssyk_, level_, count_;
  std::unordered_map<std::string, std::int64_t> first_line_;
};

}  // namespace

Result<InventoryReadResult> ReadInventory(const Table& table, DecimalMark decimal,
                                          const ColumnOverrides& overrides,
                                          const InventoryReadOptions& options) {
  if (Status guard = CheckPersonalData(table, &InventoryColumns()); !guard) return guard.error();
  Result<ColumnMapping> mapping = MatchColumns(table, InventoryColumns(), overrides);
  if (!mapping) return mapping.error();
  const detail::LevelNames levels(options.level_names);

  InventoryReadResult result;
  result.columns = std::move(mapping).value();
  auto level_columns = FindLevelColumns(table, result.columns, levels);
  if (!level_columns) return level_columns.error();

  std::vector<std::string> present, absent;
  std::vector<std::pair<std::string, std::size_t>> wide;
  for (std::size_t l = 0; l < levels.names().size(); ++l) {
    if (level_columns.value()[l]) {
      present.push_back(levels.names()[l]);
      wide.emplace_back("level:" + levels.names()[l], *level_columns.value()[l]);
    } else {
      absent.push_back(levels.names()[l]);
    }
  }
  const bool has_long = result.columns.Has("level") || result.columns.Has("count");
  const std::string all_levels = QuotedNames(levels.names());
  if (!present.empty() && has_long) {
    return LayoutError(table,
                       "filen har både en kolumn per kompetensnivå (" + QuotedNames(present) +
                           ") och kolumner för nivå och antal; använd det ena eller det andra",
                       "the file has both a column per competence level (" +
                           QuotedNames(present) +
                           ") and columns for level and count; use one or the other",
                       "layout");
  }
  if (!present.empty() && !absent.empty()) {
    return LayoutError(table,
                       "kolumn saknas för kompetensnivån " + JoinList(absent, "och") +
                           "; varje nivå på skalan behöver en kolumn (" + all_levels +
                           "). Rubriker i filen: " + QuotedHeaders(table),
                       "no column for the competence level " + JoinList(absent, "and") +
                           "; every level of the scale needs a column (" + all_levels +
                           "). Headers in the file: " + QuotedHeaders(table),
                       "missing_column");
  }
  if (present.empty() && !(result.columns.Has("level") && result.columns.Has("count"))) {
    const FieldSpec& level = *InventoryColumns().Find("level");
    const FieldSpec& count = *InventoryColumns().Find("count");
    return LayoutError(table,
                       "kolumner saknas: antingen en kolumn per kompetensnivå (" + all_levels +
                           ") eller en kolumn för nivå (" + QuotedNames(level.headers) +
                           ") och en för antal (" + QuotedNames(count.headers) +
                           "). Rubriker i filen: " + QuotedHeaders(table),
                       "missing columns: either one column per competence level (" + all_levels +
                           ") or a column for the level (" + QuotedNames(level.headers) +
                           ") and one for the count (" + QuotedNames(count.headers) +
                           "). Headers in the file: " + QuotedHeaders(table),
                       "missing_column");
  }

  RowErrorCollector errors(table, options.error_limit);
  InventoryParser parser(table, decimal, levels, result, errors);
  if (!present.empty()) {
    result.layout = TableLayout::kWide;
    detail::AddWideColumns(result.columns, table, wide);
    parser.ReadWide(level_columns.value());
  } else {
    result.layout = TableLayout::kLong;
    parser.ReadLong();
  }
  result.error_count = errors.total();
  result.errors = errors.Take();
  return result;
}

}  // namespace kplan::io
