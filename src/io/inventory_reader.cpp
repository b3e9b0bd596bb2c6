#include "kplan/io/inventory_reader.hpp"

#include <unordered_map>

#include "cell_rules.hpp"
#include "import_text.hpp"
#include "reader_frame.hpp"

namespace kplan::io {
namespace {

using detail::CellText;
using detail::Column;
using detail::Fold;
using detail::JoinList;
using detail::Quoted;

std::string QuotedHeaders(const Table& table) { return detail::QuotedList(table.header); }

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
        Error e = detail::TableError(
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

// The row function of the inventory reader (the frame is reader_frame.hpp):
// the layout is wide or long, and a wide row is one row per level.
class InventoryParser {
 public:
  using ReadResult = InventoryReadResult;
  static const ColumnVocabulary& Vocabulary() { return InventoryColumns(); }

  // A row as read: long, the row itself; wide, the row without its level and
  // the count of each level.
  struct Read {
    InventoryRow row;
    std::vector<double> counts;
  };

  InventoryParser(const Table& table, InventoryReadResult& result, RowErrorCollector& errors,
                  DecimalMark decimal, const InventoryReadOptions& options)
      : table_(table), decimal_(decimal), levels_(options.level_names), result_(result),
        errors_(errors),
        unit_(Column(result.columns, "unit")),
        category_(Column(result.columns, "category")),
        ssyk_(Column(result.columns, "ssyk")),
        level_(Column(result.columns, "level")),
        count_(Column(result.columns, "count")) {}

  Status Layout() {
    auto level_columns = FindLevelColumns(table_, result_.columns, levels_);
    if (!level_columns) return level_columns.error();
    level_columns_ = std::move(level_columns).value();
    std::vector<std::string> present, absent;
    std::vector<std::pair<std::string, std::size_t>> wide;
    for (std::size_t l = 0; l < levels_.names().size(); ++l) {
      if (level_columns_[l]) {
        present.push_back(levels_.names()[l]);
        wide.emplace_back("level:" + levels_.names()[l], *level_columns_[l]);
      } else {
        absent.push_back(levels_.names()[l]);
      }
    }
    if (Status layout = CheckLayout(present, absent); !layout) return layout;
    result_.layout = present.empty() ? TableLayout::kLong : TableLayout::kWide;
    if (result_.layout == TableLayout::kWide) detail::AddWideColumns(result_.columns, table_, wide);
    return Ok();
  }

  Read Row(const TableRow& row) {
    return result_.layout == TableLayout::kWide ? ReadWide(row) : ReadLong(row);
  }

  void Keep(Read read, const TableRow& /*row*/) {
    if (result_.layout == TableLayout::kLong) {
      result_.rows.push_back(std::move(read.row));
      return;
    }
    for (std::size_t l = 0; l < read.counts.size(); ++l) {
      InventoryRow out = read.row;
      out.level_position = l;
      out.record.level = levels_.names()[l];
      out.record.headcount = read.counts[l];
      result_.rows.push_back(std::move(out));
    }
  }

 private:
  // One layout, complete: every level has its column, or level and count do.
  Status CheckLayout(const std::vector<std::string>& present,
                     const std::vector<std::string>& absent) const {
    const bool has_long = result_.columns.Has("level") || result_.columns.Has("count");
    const std::string all_levels = detail::QuotedList(levels_.names());
    if (!present.empty() && has_long) {
      return detail::TableError(
          table_,
          "filen har både en kolumn per kompetensnivå (" + detail::QuotedList(present) +
              ") och kolumner för nivå och antal; använd det ena eller det andra",
          "the file has both a column per competence level (" +
              detail::QuotedList(present) +
              ") and columns for level and count; use one or the other",
          "layout");
    }
    if (!present.empty() && !absent.empty()) {
      return detail::TableError(
          table_,
          "kolumn saknas för kompetensnivån " + JoinList(absent, "och") +
              "; varje nivå på skalan behöver en kolumn (" + all_levels +
              "). Rubriker i filen: " + QuotedHeaders(table_),
          "no column for the competence level " + JoinList(absent, "and") +
              "; every level of the scale needs a column (" + all_levels +
              "). Headers in the file: " + QuotedHeaders(table_),
          "missing_column");
    }
    if (present.empty() && !(result_.columns.Has("level") && result_.columns.Has("count"))) {
      const FieldSpec& level = *InventoryColumns().Find("level");
      const FieldSpec& count = *InventoryColumns().Find("count");
      return detail::TableError(
          table_,
          "kolumner saknas: antingen en kolumn per kompetensnivå (" + all_levels +
              ") eller en kolumn för nivå (" + detail::QuotedList(level.headers) +
              ") och en för antal (" + detail::QuotedList(count.headers) +
              "). Rubriker i filen: " + QuotedHeaders(table_),
          "missing columns: either one column per competence level (" + all_levels +
              ") or a column for the level (" + detail::QuotedList(level.headers) +
              ") and one for the count (" + detail::QuotedList(count.headers) +
              "). Headers in the file: " + QuotedHeaders(table_),
          "missing_column");
    }
    return Ok();
  }

  Read ReadWide(const TableRow& row) {
    Read read{ReadCommon(row), std::vector<double>(level_columns_.size(), 0)};
    for (std::size_t l = 0; l < level_columns_.size(); ++l) {
      std::string_view text = CellText(row, level_columns_[l]);
      if (text.empty()) continue;
      detail::ReadNonNegative(errors_, row, *level_columns_[l], text, decimal_, "count",
                              read.counts[l]);
    }
    if (!read.row.record.category.empty()) CheckUnique(row, read.row.record, std::nullopt);
    return read;
  }

  Read ReadLong(const TableRow& row) {
    Read read{ReadCommon(row), {}};
    InventoryRow& out = read.row;
    std::string_view level_text = CellText(row, level_);
    bool level_ok = false;
    if (level_text.empty()) {
      detail::AddMissing(errors_, row, *level_);
    } else {
      level_ok = levels_.Read(errors_, row, *level_, level_text, out.level_position);
    }
    std::string_view count_text = CellText(row, count_);
    if (count_text.empty()) {
      detail::AddMissing(errors_, row, *count_);
    } else {
      detail::ReadNonNegative(errors_, row, *count_, count_text, decimal_, "count",
                              out.record.headcount);
    }
    if (level_ok) {
      out.record.level = levels_.names()[out.level_position];
      if (!out.record.category.empty()) CheckUnique(row, out.record, out.level_position);
    }
    return read;
  }

  InventoryRow ReadCommon(const TableRow& row) {
    InventoryRow out;
    out.line = row.line;
    out.record.unit_code = std::string(CellText(row, unit_));
    out.record.category = std::string(CellText(row, category_));
    if (out.record.category.empty()) detail::AddMissing(errors_, row, *category_);
    out.ssyk = std::string(CellText(row, ssyk_));
    if (!out.ssyk.empty()) detail::CheckSsyk(errors_, row, *ssyk_, out.ssyk);
    return out;
  }

  void CheckUnique(const TableRow& row, const InventoryEntry& r, std::optional<std::size_t> level) {
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
  const detail::LevelNames levels_;
  InventoryReadResult& result_;
  RowErrorCollector& errors_;
  std::optional<std::size_t> unit_, category_, ssyk_, level_, count_;
  std::vector<std::optional<std::size_t>> level_columns_;
  std::unordered_map<std::string, std::int64_t> first_line_;
};

}  // namespace

Result<InventoryReadResult> ReadInventory(const Table& table, DecimalMark decimal,
                                          const ColumnOverrides& overrides,
                                          const InventoryReadOptions& options) {
  return detail::ReadTable<InventoryParser>(table, overrides, options.error_limit, decimal,
                                            options);
}

}  // namespace kplan::io
