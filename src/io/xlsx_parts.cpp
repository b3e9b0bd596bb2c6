// The parts around the sheet: relationships (.rels), the workbook (sheet names
// and the date system), styles (which cells show dates) and shared strings.
// Each is read by a small event handler that keeps no element stack, only the
// few counters it needs, so deep or odd nesting costs nothing.

#include "xlsx_internal.hpp"

namespace kplan::io::xlsx {

bool TypeIs(std::string_view type, std::string_view name) {
  return type.size() > name.size() && type.ends_with(name) &&
         type[type.size() - name.size() - 1] == '/';
}

namespace {

bool IsTrue(std::optional<std::string_view> value) {  // xsd:boolean
  return value && (*value == "1" || *value == "true");
}

class RelationshipsHandler : public XmlHandler {
 public:
  RelationshipsHandler(std::string_view source_part, Relationships& out, Budget& budget)
      : source_part_(source_part), out_(out), budget_(budget) {}

  void Start(std::string_view, std::string_view local, const XmlAttributes& attributes) override {
    if (local != "Relationship") return;
    auto id = attributes.Find("Id");
    auto type = attributes.Find("Type");
    auto target = attributes.Find("Target");
    auto mode = attributes.Find("TargetMode");
    if (!id || !type || !target || (mode && *mode == "External")) return;
    auto resolved = ResolveTarget(source_part_, *target);
    if (!resolved) return;
    budget_.Spend(3 * Budget::kPerString + id->size() + type->size() + resolved->size());
    // The first of an Id wins.
    out_.emplace(std::string(*id), Relationship{std::string(*type), std::move(*resolved)});
  }
  void End(std::string_view, std::string_view) override {}

 private:
  std::string_view source_part_;
  Relationships& out_;
  Budget& budget_;
};

class WorkbookHandler : public XmlHandler {
 public:
  WorkbookHandler(Workbook& out, Budget& budget) : out_(out), budget_(budget) {}

  bool is_workbook() const { return is_workbook_; }

  void Start(std::string_view ns, std::string_view local, const XmlAttributes& attributes) override {
    if (depth_++ == 0) is_workbook_ = local == "workbook" && IsMainNamespace(ns);
    if (!is_workbook_ || !IsMainNamespace(ns)) return;
    if (local == "workbookPr") {
      out_.date1904 = IsTrue(attributes.Find("date1904"));
    } else if (local == "sheet") {
      SheetEntry sheet;
      sheet.name = attributes.Find("name").value_or("");
      sheet.rel_id = attributes.FindRelId().value_or("");
      auto state = attributes.Find("state");
      sheet.hidden = state && (*state == "hidden" || *state == "veryHidden");
      budget_.Spend(2 * Budget::kPerString + sheet.name.size() + sheet.rel_id.size());
      out_.sheets.push_back(std::move(sheet));
    }
  }
  void End(std::string_view, std::string_view) override { --depth_; }

 private:
  Workbook& out_;
  Budget& budget_;
  long depth_ = 0;
  bool is_workbook_ = false;
};

class StylesHandler : public XmlHandler {
 public:
  StylesHandler(Styles& out, Budget& budget) : out_(out), budget_(budget) {}

  void Start(std::string_view ns, std::string_view local, const XmlAttributes& attributes) override {
    if (!IsMainNamespace(ns)) return;
    if (local == "cellXfs") {
      ++in_cell_xfs_;
    } else if (local == "numFmt") {
      auto id = attributes.Find("numFmtId");
      auto code = attributes.Find("formatCode");
      auto index = id ? ParseIndex(*id) : std::nullopt;
      if (!index || !code) return;
      budget_.Spend(Budget::kPerString + code->size());
      codes_.emplace(*index, std::string(*code));
    } else if (local == "xf" && in_cell_xfs_ > 0) {
      auto id = attributes.Find("numFmtId");
      auto index = id ? ParseIndex(*id) : std::nullopt;
      budget_.Spend(sizeof(std::uint32_t));
      format_ids_.push_back(index.value_or(0));  // 0 is General
    }
  }
  void End(std::string_view ns, std::string_view local) override {
    if (IsMainNamespace(ns) && local == "cellXfs" && in_cell_xfs_ > 0) --in_cell_xfs_;
  }
  // Classifies every cell style once the numFmts (which may come after) are known.
  void Finish() {
    out_.cell_kinds.reserve(format_ids_.size());
    for (std::uint32_t id : format_ids_) {
      auto code = codes_.find(id);
      out_.cell_kinds.push_back(ClassifyNumberFormat(
          static_cast<int>(id), code == codes_.end() ? std::string_view() : code->second));
    }
  }

 private:
  Styles& out_;
  Budget& budget_;
  int in_cell_xfs_ = 0;
  std::map<std::uint32_t, std::string> codes_;
  std::vector<std::uint32_t> format_ids_;
};

// <sst><si><t>text</t></si><si><r><t>rich</t></r><r><t> text</t></r><rPh>..</rPh></si></sst>
class SharedStringsHandler : public XmlHandler {
 public:
  SharedStringsHandler(SharedStrings& out, Budget& budget) : out_(out), budget_(budget) {}

  void Start(std::string_view ns, std::string_view local, const XmlAttributes&) override {
    if (!IsMainNamespace(ns)) return;
    if (local == "si") {
      if (in_si_++ == 0) text_.clear();
    } else if (local == "rPh") {
      ++in_phonetic_;
    } else if (local == "t") {
      ++in_t_;
    }
  }
  void End(std::string_view ns, std::string_view local) override {
    if (!IsMainNamespace(ns)) return;
    if (local == "si" && in_si_ > 0) {
      if (--in_si_ == 0) {
        std::string text = DecodeEscapes(text_);
        budget_.Spend(Budget::kPerString + text.size());
        out_.push_back(std::move(text));
      }
    } else if (local == "rPh" && in_phonetic_ > 0) {
      --in_phonetic_;
    } else if (local == "t" && in_t_ > 0) {
      --in_t_;
    }
  }
  void Text(std::string_view text) override {
    if (in_si_ > 0 && in_t_ > 0 && in_phonetic_ == 0) text_ += text;
  }

 private:
  SharedStrings& out_;
  Budget& budget_;
  long in_si_ = 0, in_phonetic_ = 0, in_t_ = 0;
  std::string text_;
};

[[noreturn]] void FailNotWorkbook(const Context& ctx) {
  Fail(InvalidInput(ctx, "filen är inte en XLSX-arbetsbok", "the file is not an XLSX workbook")
           .WithRule("xlsx_not_workbook")
           .WithHint("Filen är ett zip-arkiv men ingen Excel-arbetsbok (kanske ett Word- eller "
                     "OpenDocument-dokument). Spara den i Excel som Excel-arbetsbok (.xlsx)."));
}

}  // namespace

NumberKind Styles::KindOf(std::optional<std::uint32_t> style) const {
  if (!style || *style >= cell_kinds.size()) return NumberKind::kPlain;
  return cell_kinds[*style];
}

Relationships ReadRelationships(const Package& pkg, std::string_view source_part) {
  Relationships rels;
  const std::string rels_part = source_part.empty() ? "_rels/.rels" : RelsPartFor(source_part);
  auto found = pkg.Find(rels_part);
  if (!found) return rels;
  // The budget's context is only read while this function runs.
  Budget budget(pkg.context(), *found);
  RelationshipsHandler handler(source_part, rels, budget);
  pkg.Parse(*found, handler);
  return rels;
}

Workbook ReadWorkbook(const Package& pkg, const Context& ctx) {
  Workbook wb;
  std::optional<std::string> part;
  for (const auto& [id, rel] : ReadRelationships(pkg, "")) {
    if (TypeIs(rel.type, "officeDocument")) {
      part = pkg.Find(rel.target);
      if (part) break;
    }
  }
  if (!part) part = pkg.Find("xl/workbook.xml");
  if (!part) FailNotWorkbook(ctx);
  wb.part = *part;

  Budget budget(ctx, wb.part);
  WorkbookHandler handler(wb, budget);
  pkg.Parse(wb.part, handler);
  if (!handler.is_workbook()) FailNotWorkbook(ctx);
  if (wb.sheets.empty()) {
    Fail(InvalidInput(ctx, "arbetsboken har inga blad", "the workbook has no sheets")
             .WithRule("xlsx_no_sheets")
             .WithHint("Öppna filen i Excel, kontrollera att den har ett blad med data och spara "
                       "den igen."));
  }
  wb.rels = ReadRelationships(pkg, wb.part);
  return wb;
}

Styles ReadStyles(const Package& pkg, const std::string& part, const Context& ctx) {
  Styles styles;
  Budget budget(ctx, part);
  StylesHandler handler(styles, budget);
  pkg.Parse(part, handler);
  handler.Finish();
  return styles;
}

SharedStrings ReadSharedStrings(const Package& pkg, const std::string& part, const Context& ctx) {
  SharedStrings strings;
  Budget budget(ctx, part);
  SharedStringsHandler handler(strings, budget);
  pkg.Parse(part, handler);
  return strings;
}

}  // namespace kplan::io::xlsx
