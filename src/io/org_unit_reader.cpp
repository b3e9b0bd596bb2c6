#include "kplan/io/org_unit_reader.hpp"

#include <algorithm>
#include <map>

#include "cell_rules.hpp"
#include "import_text.hpp"
#include "kplan/core/org_unit_code.hpp"
#include "kplan/core/swedish_text.hpp"
#include "reader_frame.hpp"

namespace kplan::io {
namespace {

using detail::CellText;
using detail::Column;
using detail::Fold;
using detail::Quoted;

// Typ as people write it: a kind's label or key, case and accents ignored.
std::optional<OrgUnitKind> KindOfText(std::string_view text) {
  const std::string word = Fold(text);
  for (OrgUnitKind kind : kOrgUnitKinds) {
    if (word == Fold(OrgUnitKindLabel(kind)) || word == Fold(OrgUnitKindKey(kind))) return kind;
  }
  return std::nullopt;
}

std::string KindList() {
  std::vector<std::string> labels;
  for (OrgUnitKind kind : kOrgUnitKinds) labels.push_back(ToLowerSwedish(OrgUnitKindLabel(kind)));
  return detail::JoinList(labels, "eller");
}

// Layout (i): one unit a row.
class UnitRowParser {
 public:
  using ReadResult = OrgUnitReadResult;
  static const ColumnVocabulary& Vocabulary() { return OrgUnitColumns(); }

  UnitRowParser(const Table& table, OrgUnitReadResult& result, RowErrorCollector& errors)
      : table_(table), result_(result), errors_(errors),
        code_col(Column(result.columns, "code")), name_col(Column(result.columns, "name")),
        parent_col(Column(result.columns, "parent")), kind_col(Column(result.columns, "kind")) {}

  OrgUnitEntry Row(const TableRow& row) {
    OrgUnitEntry e;
    e.code = std::string(CellText(row, code_col));
    e.name = std::string(CellText(row, name_col));
    e.parent = std::string(CellText(row, parent_col));
    if (e.name.empty()) detail::AddMissing(errors_, row, *name_col);
    std::string_view kind = CellText(row, kind_col);
    if (!kind.empty()) {
      e.kind = KindOfText(kind);
      if (!e.kind) {
        errors_.AddCell(row, *kind_col, Quoted(kind) + " är ingen enhetstyp; använd " + KindList(),
                        Quoted(kind) + " is not a kind of unit; use kommun, nämnd, förvaltning, "
                                       "avdelning or enhet",
                        "unit_kind");
      }
    }
    return e;
  }

  void Keep(OrgUnitEntry entry, const TableRow& row) {
    result_.entries.push_back(std::move(entry));
    result_.origins.push_back({static_cast<std::size_t>(&row - table_.rows.data()), code_col, name_col,
                               parent_col, kind_col});
  }

 private:
  const Table& table_;
  OrgUnitReadResult& result_;
  RowErrorCollector& errors_;
  std::optional<std::size_t> code_col, name_col, parent_col, kind_col;
};

// Layout (ii): one column a level; each row a path of names.
class LevelParser {
 public:
  using ReadResult = OrgUnitReadResult;
  static const ColumnVocabulary& Vocabulary() { return OrgUnitLevelColumns(); }

  LevelParser(const Table& table, OrgUnitReadResult& result, RowErrorCollector& errors)
      : table_(table), result_(result), errors_(errors) {}

  // The level columns, left to right, must go down the tree.
  Status Layout() {
    result_.level_layout = true;
    for (OrgUnitKind kind : kOrgUnitKinds) {
      if (auto c = result_.columns.IndexOf(OrgUnitKindKey(kind))) levels_.push_back({*c, kind});
    }
    std::sort(levels_.begin(), levels_.end());
    for (std::size_t i = 1; i < levels_.size(); ++i) {
      if (levels_[i].second > levels_[i - 1].second) continue;
      return detail::TableError(
          table_,
          "nivåkolumnerna ska stå uppifrån och ned, t.ex. Förvaltning;Avdelning;Enhet; " +
              Quoted(table_.header[levels_[i].first]) + " står efter " +
              Quoted(table_.header[levels_[i - 1].first]),
          "the level columns must go from the top down, e.g. Förvaltning;Avdelning;Enhet; " +
              Quoted(table_.header[levels_[i].first]) + " comes after " +
              Quoted(table_.header[levels_[i - 1].first]),
          "layout");
    }
    return Ok();
  }

  int Row(const TableRow& row) {
    std::optional<std::size_t> parent;
    for (const auto& [column, kind] : levels_) {
      std::string_view name = CellText(row, column);
      if (name.empty()) continue;
      const std::string key = (parent ? std::to_string(*parent) : "") + "\x1F" + OrgUnitNameKey(name);
      auto [it, fresh] = index_of_path_.emplace(key, result_.entries.size());
      if (fresh) {
        result_.entries.push_back({"", std::string(name), "", parent, kind});
        result_.origins.push_back({static_cast<std::size_t>(&row - table_.rows.data()), std::nullopt,
                                   column, std::nullopt, column});
      }
      parent = it->second;
    }
    if (!parent) {
      errors_.AddRow(row, "raden namnger ingen enhet", "the row names no unit", "required");
    }
    return 0;
  }

  void Keep(int /*unused*/, const TableRow& /*row*/) {}

 private:
  const Table& table_;
  OrgUnitReadResult& result_;
  RowErrorCollector& errors_;
  std::vector<std::pair<std::size_t, OrgUnitKind>> levels_;  // column, kind
  std::map<std::string, std::size_t> index_of_path_;         // parent index + name key → entry
};

// Layout (ii) when a header is a level and none is a parent column.
bool HasLevelLayout(const Table& table) {
  bool level = false, parent = false;
  for (const std::string& h : table.header) {
    const std::string folded = Fold(h);
    for (const FieldSpec& f : OrgUnitLevelColumns().fields) {
      for (const std::string& accepted : f.headers) level = level || Fold(accepted) == folded;
    }
    for (const std::string& accepted : OrgUnitColumns().Find("parent")->headers) {
      parent = parent || Fold(accepted) == folded;
    }
  }
  return level && !parent;
}

}  // namespace

Result<OrgUnitReadResult> ReadOrgUnits(const Table& table, const ColumnOverrides& overrides,
                                       std::size_t error_limit) {
  if (overrides.empty() && HasLevelLayout(table)) {
    return detail::ReadTable<LevelParser>(table, overrides, error_limit);
  }
  return detail::ReadTable<UnitRowParser>(table, overrides, error_limit);
}

Error LocateEntryError(const Table& table, const OrgUnitReadResult& read, const Error& error) {
  const std::size_t index = static_cast<std::size_t>(error.location().row.value_or(1) - 1);
  if (index >= read.origins.size()) {  // an entry the importer added (a new root from --org)
    Error added(error.code(), error.message(Language::kSwedish), error.message(Language::kEnglish));
    added.WithFile(table.file).WithField("org").WithRule(error.rule());
    if (error.location().value) added.WithValue(*error.location().value);
    return added;
  }
  const OrgUnitOrigin& origin = read.origins[index];
  const std::string& field = error.location().field;
  std::optional<std::size_t> column = field == "code"     ? origin.code_column
                                      : field == "parent" ? origin.parent_column
                                      : field == "kind"   ? origin.kind_column
                                                          : origin.name_column;
  if (!column) column = origin.name_column;
  SourceLocation at = CellLocation(table, table.rows[origin.row_index], column);
  if (error.location().value) at.value = error.location().value;
  Error located(error.code(), error.message(Language::kSwedish), error.message(Language::kEnglish));
  located.WithLocation(std::move(at)).WithRule(error.rule());
  if (!error.hint().empty()) located.WithHint(error.hint());
  return located;
}

}  // namespace kplan::io
