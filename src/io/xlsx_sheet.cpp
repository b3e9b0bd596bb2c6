// The worksheet part → Table, in one streaming pass:
//
//   <sheetData>
//     <row r="7">
//       <c r="A7" t="s"><v>3</v></c>                    shared string 3
//       <c r="C7" s="2"><v>44927</v></c>                 a number; style 2 may make it a date
//       <c r="D7" t="inlineStr"><is><t>text</t></is></c>
//       <c r="E7"><f>SUM(A1:A6)</f><v>12</v></c>         formula with its cached value
//     </row>
//
// Each finished row is checked at once (header width, values without header),
// so an error names the first bad cell in reading order. Positions come from
// the r attributes; a row or cell without one follows the previous one.

#include "xlsx_internal.hpp"

namespace kplan::io::xlsx {
namespace {

// A value quoted in a message: long texts are cut (on a UTF-8 boundary).
std::string Quoted(std::string_view value) {
  constexpr std::size_t kMax = 60;
  std::string out = "\"";
  if (value.size() <= kMax) {
    out += value;
  } else {
    std::size_t cut = kMax;
    while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xC0) == 0x80) --cut;
    out += value.substr(0, cut);
    out += "…";
  }
  return out + "\"";
}

bool IsDigits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// "2024-01-15", "2024-01-15T00:00:00", "2024-01-15T00:00:00.000Z" → "2024-01-15";
// anything else (a time of day, another shape) is kept as written.
std::string IsoDateCell(std::string_view v) {
  const std::string t = Trim(v);
  const std::string_view s = t;
  if (s.size() < 10 || s[4] != '-' || s[7] != '-' || !IsDigits(s.substr(0, 4)) ||
      !IsDigits(s.substr(5, 2)) || !IsDigits(s.substr(8, 2))) {
    return t;
  }
  std::string_view rest = s.substr(10);
  if (rest.ends_with('Z')) rest.remove_suffix(1);
  if (rest.empty() || rest == "T00:00" || rest == "T00:00:00" ||
      (rest.starts_with("T00:00:00.") && rest.substr(10).find_first_not_of('0') == std::string_view::npos)) {
    return std::string(s.substr(0, 10));
  }
  return t;
}

class SheetHandler : public XmlHandler {
 public:
  SheetHandler(const SheetInputs& in, const Context& ctx, Table& table, Budget& budget)
      : in_(in), ctx_(ctx), table_(table), budget_(budget) {}

  bool has_header() const { return has_header_; }

  void Start(std::string_view ns, std::string_view local, const XmlAttributes& attributes) override {
    ++depth_;
    if (!IsMainNamespace(ns)) return;
    if (sheet_data_depth_ == 0) {
      if (local == "sheetData") sheet_data_depth_ = depth_;
    } else if (row_depth_ == 0) {
      if (local == "row" && depth_ == sheet_data_depth_ + 1) StartRow(attributes);
    } else if (cell_depth_ == 0) {
      if (local == "c" && depth_ == row_depth_ + 1) StartCell(attributes);
    } else if (depth_ == cell_depth_ + 1 && local == "v") {
      v_depth_ = depth_;
      has_v_ = true;
    } else if (depth_ == cell_depth_ + 1 && local == "is") {
      is_depth_ = depth_;
    } else if (is_depth_ != 0 && local == "rPh") {
      ++in_phonetic_;
    } else if (is_depth_ != 0 && local == "t") {
      ++in_t_;
    }
  }

  void End(std::string_view ns, std::string_view local) override {
    if (IsMainNamespace(ns)) {
      if (depth_ == v_depth_) {
        v_depth_ = 0;
      } else if (depth_ == is_depth_) {
        is_depth_ = 0;
      } else if (depth_ == cell_depth_) {
        FinishCell();
      } else if (depth_ == row_depth_) {
        FinishRow();
      } else if (depth_ == sheet_data_depth_) {
        sheet_data_depth_ = -1;  // done: a second sheetData is not read
      } else if (is_depth_ != 0 && local == "rPh" && in_phonetic_ > 0) {
        --in_phonetic_;
      } else if (is_depth_ != 0 && local == "t" && in_t_ > 0) {
        --in_t_;
      }
    }
    --depth_;
  }

  void Text(std::string_view text) override {
    if (v_depth_ != 0) {
      v_text_ += text;
    } else if (is_depth_ != 0 && in_t_ > 0 && in_phonetic_ == 0) {
      is_text_ += text;
    }
  }

 private:
  Error CellError(std::string sv, std::string en, const std::string& rule,
                  std::string_view value) const {
    Error error = InvalidInput(ctx_, std::move(sv), std::move(en));
    error.WithRow(row_)
        .WithCell(ColumnLetters(column_) + std::to_string(row_))
        .WithValue(std::string(value))
        .WithRule(rule);
    return error;
  }

  void StartRow(const XmlAttributes& attributes) {
    if (auto r = attributes.Find("r")) {
      auto row = ParseRowNumber(*r);
      if (!row) {
        Fail(InvalidInput(ctx_, Quoted(*r) + " är inget giltigt radnummer (1–1048576)",
                          Quoted(*r) + " is not a valid row number (1–1048576)")
                 .WithValue(std::string(*r))
                 .WithRule("xlsx_cell_ref")
                 .WithHint(std::string(kRepairHint)));
      }
      row_ = *row;
    } else {
      row_ = last_row_ + 1;
      if (row_ > kMaxRows) {
        Fail(InvalidInput(ctx_, "bladet har fler än 1048576 rader",
                          "the sheet has more than 1048576 rows")
                 .WithRule("xlsx_cell_ref")
                 .WithHint(std::string(kRepairHint)));
      }
    }
    last_row_ = row_;
    row_depth_ = depth_;
    cells_.clear();
    next_column_ = 0;
  }

  void StartCell(const XmlAttributes& attributes) {
    if (auto r = attributes.Find("r")) {
      auto ref = ParseCellRef(*r);
      if (!ref) {
        Fail(InvalidInput(ctx_, Quoted(*r) + " är ingen giltig cellreferens (A1–XFD1048576)",
                          Quoted(*r) + " is not a valid cell reference (A1–XFD1048576)")
                 .WithRow(row_)
                 .WithValue(std::string(*r))
                 .WithRule("xlsx_cell_ref")
                 .WithHint(std::string(kRepairHint)));
      }
      column_ = ref->column;
    } else {
      column_ = next_column_;
      if (column_ >= kMaxColumns) {
        Fail(InvalidInput(ctx_, "raden har fler än 16384 kolumner",
                          "the row has more than 16384 columns")
                 .WithRow(row_)
                 .WithRule("xlsx_cell_ref")
                 .WithHint(std::string(kRepairHint)));
      }
    }
    next_column_ = column_ + 1;
    type_ = attributes.Find("t").value_or("n");
    auto style = attributes.Find("s");
    style_ = style ? ParseIndex(*style) : std::nullopt;
    cell_depth_ = depth_;
    v_text_.clear();
    is_text_.clear();
    has_v_ = false;
  }

  void FinishCell() {
    cell_depth_ = v_depth_ = is_depth_ = 0;
    in_t_ = in_phonetic_ = 0;
    std::string text = CellText();
    if (IsBlank(text)) return;
    if (cells_.size() <= column_) cells_.resize(column_ + 1);
    cells_[column_] = std::move(text);
  }

  std::string CellText() const {
    if (type_ == "inlineStr") return DecodeEscapes(is_text_);
    if (type_ == "str") return DecodeEscapes(v_text_);
    if (type_ == "e") return Trim(v_text_);
    if (type_ == "d") return IsoDateCell(v_text_);
    if (!has_v_ || IsBlank(v_text_)) return {};
    if (type_ == "s") return SharedString();
    if (type_ == "b") {
      const std::string v = Trim(v_text_);
      if (v == "1" || v == "true") return "1";
      if (v == "0" || v == "false") return "0";
      Fail(CellError(Quoted(v) + " är inget sanningsvärde (0 eller 1)",
                     Quoted(v) + " is not a boolean (0 or 1)", "xlsx_bool", v)
               .WithHint(std::string(kRepairHint)));
    }
    if (type_ == "n") return Number();
    Fail(CellError("celltypen " + Quoted(type_) + " är okänd",
                   "the cell type " + Quoted(type_) + " is unknown", "xlsx_cell_type", v_text_)
             .WithHint(std::string(kRepairHint)));
  }

  std::string SharedString() const {
    auto index = ParseIndex(v_text_);
    const std::size_t count = in_.strings ? in_.strings->size() : 0;
    if (!index || *index >= count) {
      const std::string v = Trim(v_text_);
      Fail(CellError("cellen hänvisar till delad text nr " + Quoted(v) + ", men arbetsboken har " +
                         std::to_string(count) + " delade texter",
                     "the cell refers to shared string " + Quoted(v) + ", but the workbook has " +
                         std::to_string(count) + " shared strings",
                     "xlsx_shared_string", v)
               .WithHint(std::string(kRepairHint)));
    }
    return (*in_.strings)[*index];
  }

  std::string Number() const {
    auto number = ParseNumber(v_text_);
    if (!number) {
      Fail(CellError(Quoted(v_text_) + " är inget tal, fast cellen är en talcell",
                     Quoted(v_text_) + " is not a number, though the cell is a number cell",
                     "xlsx_number", v_text_)
               .WithHint(std::string(kRepairHint)));
    }
    const NumberKind kind = in_.styles ? in_.styles->KindOf(style_) : NumberKind::kPlain;
    if (kind == NumberKind::kPlain) return FormatNumber(*number);
    if (kind == NumberKind::kPercent) return FormatNumber(*number * 100);
    auto date = FormatSerial(*number, kind, in_.date1904);
    if (!date) {
      const std::string v = FormatNumber(*number);
      Fail(CellError("talet " + v + " i en cell med datum- eller tidsformat är inget giltigt datum",
                     "the number " + v + " in a cell with a date or time format is no valid date",
                     "xlsx_date", v)
               .WithHint("Skriv datumet som ÅÅÅÅ-MM-DD, eller ta bort datumformatet om cellen "
                         "inte är ett datum."));
    }
    return *date;
  }

  void FailNoHeader(std::size_t column) const {
    const std::string letters = ColumnLetters(column);
    const std::string& value = cells_[column];
    Error error = InvalidInput(ctx_, Quoted(value) + " står i kolumn " + letters + ", som saknar rubrik",
                               Quoted(value) + " is in column " + letters + ", which has no header");
    error.WithRow(row_)
        .WithCell(letters + std::to_string(row_))
        .WithValue(value)
        .WithRule("xlsx_no_header")
        .WithHint("Skriv en rubrik i kolumn " + letters + " på rubrikraden (rad " +
                  std::to_string(header_row_) + "), eller töm kolumnen.");
    Fail(std::move(error));
  }

  void FinishRow() {
    row_depth_ = 0;
    std::size_t last = cells_.size();
    while (last > 0 && IsBlank(cells_[last - 1])) --last;
    if (last == 0) return;  // an empty row
    if (!has_header_) {
      has_header_ = true;
      header_row_ = row_;
      budget_.Spend(last * Budget::kPerString);
      for (std::size_t c = 0; c < last; ++c) {
        table_.header.push_back(Trim(cells_[c]));
        budget_.Spend(table_.header.back().size());
      }
      return;
    }
    const std::size_t width = table_.header.size();
    for (std::size_t c = 0; c < last; ++c) {
      if (!IsBlank(cells_[c]) && (c >= width || table_.header[c].empty())) FailNoHeader(c);
    }
    TableRow record;
    record.line = row_;
    budget_.Spend(width * Budget::kPerString + sizeof(TableRow));
    record.fields.resize(width);
    for (std::size_t c = 0; c < last; ++c) {
      budget_.Spend(cells_[c].size());
      record.fields[c] = std::move(cells_[c]);
    }
    table_.rows.push_back(std::move(record));
  }

  const SheetInputs& in_;
  const Context& ctx_;
  Table& table_;
  Budget& budget_;

  long depth_ = 0;
  long sheet_data_depth_ = 0, row_depth_ = 0, cell_depth_ = 0, v_depth_ = 0, is_depth_ = 0;
  long in_t_ = 0, in_phonetic_ = 0;

  bool has_header_ = false;
  std::int64_t header_row_ = 0;

  std::int64_t row_ = 0, last_row_ = 0;
  std::vector<std::string> cells_;  // this row's values by column; blank ones empty
  std::size_t next_column_ = 0;

  std::size_t column_ = 0;
  std::string type_;
  std::optional<std::uint32_t> style_;
  std::string v_text_, is_text_;
  bool has_v_ = false;
};

}  // namespace

Table ReadSheet(const Package& pkg, const std::string& part, const SheetInputs& in,
                const Context& ctx) {
  Table table;
  table.file = ctx.file;
  table.sheet = ctx.sheet;
  Budget budget(ctx, part);
  SheetHandler handler(in, ctx, table, budget);
  pkg.Parse(part, handler);
  if (!handler.has_header()) {
    Fail(InvalidInput(ctx, "bladet är tomt", "the sheet is empty")
             .WithRule("xlsx_empty")
             .WithHint("Kontrollera att rätt blad är valt: den första raden med innehåll ska vara "
                       "rubrikraden."));
  }
  return table;
}

}  // namespace kplan::io::xlsx
