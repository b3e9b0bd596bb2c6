// The XLSX plan with libxlsxwriter: a sheet "Rapport" with the headings and
// text in reading order (each table named by the sheet it is on), a sheet per
// table (tables that share a sheet name are stacked on it), numbers stored as
// numbers with formats Excel shows the Swedish way ("# ##0", "0,0 %"), and a
// sheet "Diagram" with the charts as images.
//
// libxlsxwriter writes to a file: a private temporary file, read back and
// removed.

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>

#include <unistd.h>
#include <xlsxwriter.h>

#include "kplan/report/renderers.hpp"

namespace kplan::report {
namespace {

// Excel's rules: at most 31 characters, none of []:*?/\ , unique.
std::string SheetName(const std::string& wanted, std::map<std::string, int>& used) {
  std::string clean;
  for (char c : wanted) clean += std::string("[]:*?/\\").find(c) == std::string::npos ? c : '-';
  auto cut = [](const std::string& s, std::size_t chars) {
    std::size_t i = 0, n = 0;
    while (i < s.size() && n < chars) {
      ++n;
      ++i;
      while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
    }
    return s.substr(0, i);
  };
  std::string name = cut(clean, 31);
  if (name.empty()) name = "Tabell";
  int& count = used[name];
  if (++count > 1) name = cut(clean, 27) + " (" + std::to_string(count) + ")";
  return name;
}

struct Formats {
  lxw_format* heading[4]{};
  lxw_format* text = nullptr;
  lxw_format* note = nullptr;
  lxw_format* caption = nullptr;
  lxw_format* header = nullptr;
  std::map<std::tuple<NumberFormat, CellTone, bool>, lxw_format*> cells;
  lxw_workbook* wb = nullptr;

  lxw_format* Cell(NumberFormat number, CellTone tone, bool bold) {
    auto key = std::make_tuple(number, tone, bold);
    if (auto it = cells.find(key); it != cells.end()) return it->second;
    lxw_format* f = workbook_add_format(wb);
    format_set_text_wrap(f);
    format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    format_set_border(f, LXW_BORDER_THIN);
    format_set_border_color(f, 0xD9E0E7);
    switch (number) {
      case NumberFormat::kInteger: format_set_num_format(f, "#,##0"); break;
      case NumberFormat::kDecimal: format_set_num_format(f, "#,##0.0#"); break;
      case NumberFormat::kPercent: format_set_num_format(f, "0.0%"); break;
      case NumberFormat::kKronor: format_set_num_format(f, "#,##0 \"kr\""); break;
      case NumberFormat::kText: break;
    }
    if (bold) format_set_bold(f);
    switch (tone) {
      case CellTone::kGreen: format_set_bg_color(f, 0xD3F0DC); break;
      case CellTone::kRed: format_set_bg_color(f, 0xF9D3CF); break;
      case CellTone::kAmber: format_set_bg_color(f, 0xFCEFC7); break;
      case CellTone::kShortage: format_set_font_color(f, 0xB42318); break;
      case CellTone::kSurplus: format_set_font_color(f, 0x1F6F43); break;
      case CellTone::kNone: break;
    }
    cells[key] = f;
    return f;
  }
};

struct SheetState {
  lxw_worksheet* ws = nullptr;
  lxw_row_t row = 0;
  std::vector<double> widths;  // characters per column
};

Formats MakeFormats(lxw_workbook* wb) {
  Formats f;
  f.wb = wb;
  for (int level = 0; level < 4; ++level) {
    f.heading[level] = workbook_add_format(wb);
    format_set_bold(f.heading[level]);
    format_set_font_size(f.heading[level], level == 0 ? 18 : level == 1 ? 14 : level == 2 ? 12 : 11);
  }
  f.text = workbook_add_format(wb);
  format_set_text_wrap(f.text);
  format_set_align(f.text, LXW_ALIGN_VERTICAL_TOP);
  f.note = workbook_add_format(wb);
  format_set_text_wrap(f.note);
  format_set_italic(f.note);
  format_set_font_color(f.note, 0x52606D);
  f.caption = workbook_add_format(wb);
  format_set_bold(f.caption);
  f.header = workbook_add_format(wb);
  format_set_bold(f.header);
  format_set_text_wrap(f.header);
  format_set_bg_color(f.header, 0xE4ECF5);
  format_set_border(f.header, LXW_BORDER_THIN);
  format_set_border_color(f.header, 0xC3CFDC);
  return f;
}

// The workbook's sheets, written in the document's reading order: "Rapport"
// first, the table sheets as their tables come, "Diagram" last.
class WorkbookWriter {
 public:
  explicit WorkbookWriter(lxw_workbook* wb) : wb_(wb), f_(MakeFormats(wb)) {}

  void Write(const Document& document) {
    text_ws_ = workbook_add_worksheet(wb_, SheetName("Rapport", used_).c_str());
    worksheet_set_column(text_ws_, 0, 0, 110, nullptr);
    worksheet_write_string(text_ws_, text_row_++, 0, document.title.c_str(), f_.heading[0]);
    worksheet_write_string(text_ws_, text_row_++, 0, document.subtitle.c_str(), f_.caption);
    worksheet_write_string(text_ws_, text_row_++, 0, document.generated.c_str(), f_.note);
    ++text_row_;
    for (const Block& block : document.blocks) {
      std::visit(Overloaded{
                     [&](const Heading& h) { WriteHeading(h); },
                     [&](const Paragraph& p) { WriteParagraph(p); },
                     [&](const BulletList& list) { WriteList(list); },
                     [&](const Table& table) { WriteTable(table); },
                     [&](const Chart& chart) { NoteChart(chart); },
                 },
                 block);
    }
    SetColumnWidths();
    WriteCharts();
  }

 private:
  void WriteHeading(const Heading& h) {
    worksheet_write_string(text_ws_, text_row_++, 0, h.text.c_str(), f_.heading[std::clamp(h.level, 1, 3)]);
  }

  void WriteParagraph(const Paragraph& p) {
    worksheet_write_string(text_ws_, text_row_, 0, p.text.c_str(),
                           p.style == ParagraphStyle::kNormal ? f_.text : f_.note);
    // Row height for wrapped text: about 120 characters a line at 15 points.
    const double lines = 1 + static_cast<double>(p.text.size()) / 120.0;
    worksheet_set_row(text_ws_, text_row_++, 15 * static_cast<int>(lines), nullptr);
  }

  void WriteList(const BulletList& list) {
    int n = 0;
    for (const auto& item : list.items) {
      const std::string mark = list.numbered ? std::to_string(++n) + ". " : "• ";
      worksheet_write_string(text_ws_, text_row_++, 0, (mark + item).c_str(), f_.text);
    }
  }

  // On the text sheet a note; the image goes on the sheet "Diagram".
  void NoteChart(const Chart& chart) {
    charts_.push_back(&chart);
    worksheet_write_string(text_ws_, text_row_++, 0, ("Diagram: " + chart.title + " (bladet Diagram)").c_str(), f_.note);
  }

  void WriteTable(const Table& t) {
    const std::string key = t.sheet.empty() ? (t.caption.empty() ? "Tabell" : t.caption) : t.sheet;
    if (!sheets_.count(key)) {
      sheet_names_[key] = SheetName(key, used_);
      sheets_[key].ws = workbook_add_worksheet(wb_, sheet_names_[key].c_str());
    }
    SheetState& s = sheets_[key];
    worksheet_write_string(text_ws_, text_row_++, 0,
                           ("Tabell" + (t.caption.empty() ? std::string() : ": " + t.caption) + " (bladet " +
                            sheet_names_[key] + ")")
                               .c_str(),
                           f_.note);
    if (s.row > 0) ++s.row;
    if (!t.caption.empty()) worksheet_write_string(s.ws, s.row++, 0, t.caption.c_str(), f_.caption);
    s.widths.resize(std::max(s.widths.size(), t.header.size()), 8);
    for (std::size_t c = 0; c < t.header.size(); ++c) {
      worksheet_write_string(s.ws, s.row, static_cast<lxw_col_t>(c), t.header[c].c_str(), f_.header);
      s.widths[c] = std::max(s.widths[c], std::min(40.0, static_cast<double>(t.header[c].size()) * 0.9 + 2));
    }
    ++s.row;
    for (const auto& row : t.rows) {
      for (std::size_t c = 0; c < row.size(); ++c) WriteCell(s, c, row[c]);
      ++s.row;
    }
  }

  void WriteCell(SheetState& s, std::size_t c, const Cell& cell) {
    const auto col = static_cast<lxw_col_t>(c);
    if (cell.number && cell.format != NumberFormat::kText) {
      worksheet_write_number(s.ws, s.row, col, *cell.number, f_.Cell(cell.format, cell.tone, cell.bold));
    } else if (cell.number) {
      worksheet_write_number(s.ws, s.row, col, *cell.number, f_.Cell(NumberFormat::kText, cell.tone, cell.bold));
    } else {
      worksheet_write_string(s.ws, s.row, col, cell.text.c_str(), f_.Cell(NumberFormat::kText, cell.tone, cell.bold));
    }
    if (c < s.widths.size()) {
      s.widths[c] = std::max(s.widths[c], std::min(60.0, static_cast<double>(cell.text.size()) + 2));
    }
  }

  void SetColumnWidths() {
    for (auto& [key, s] : sheets_) {
      for (std::size_t c = 0; c < s.widths.size(); ++c) {
        worksheet_set_column(s.ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), s.widths[c], nullptr);
      }
    }
  }

  void WriteCharts() {
    if (charts_.empty()) return;
    pngs_.reserve(charts_.size());
    lxw_worksheet* ws = workbook_add_worksheet(wb_, SheetName("Diagram", used_).c_str());
    lxw_row_t row = 0;
    for (const Chart* chart : charts_) {
      pngs_.push_back(ChartToPng(*chart, 2.0));
      lxw_image_options options{};
      options.x_scale = 0.5 * 96.0 / 72.0;
      options.y_scale = 0.5 * 96.0 / 72.0;
      options.description = const_cast<char*>(chart->title.c_str());
      worksheet_insert_image_buffer_opt(ws, row, 0, reinterpret_cast<const unsigned char*>(pngs_.back().data()),
                                        pngs_.back().size(), &options);
      row += static_cast<lxw_row_t>(chart->height * 96.0 / 72.0 / 20.0) + 2;
    }
  }

  lxw_workbook* wb_;
  Formats f_;
  std::map<std::string, int> used_;  // sheet names
  lxw_worksheet* text_ws_ = nullptr;
  lxw_row_t text_row_ = 0;
  std::map<std::string, SheetState> sheets_;  // by the document's sheet key
  std::map<std::string, std::string> sheet_names_;
  std::vector<const Chart*> charts_;
  std::vector<std::string> pngs_;  // kept alive until the workbook is closed
};

// The bytes of the file libxlsxwriter wrote; the file is removed.
std::string ReadBackAndRemove(const char* path, bool read) {
  std::string out;
  if (read) {
    std::ifstream file(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << file.rdbuf();
    out = bytes.str();
  }
  std::remove(path);
  return out;
}

}  // namespace

Result<std::string> RenderXlsx(const Document& document) {
  char path[] = "/tmp/kplan-report-XXXXXX";
  const int fd = mkstemp(path);
  if (fd < 0) return Error(ErrorCode::kUnavailable, "kunde inte skapa en temporär fil", "could not create a temporary file");
  close(fd);
  lxw_workbook* wb = workbook_new(path);
  if (!wb) {
    std::remove(path);
    return Error(ErrorCode::kInternal, "XLSX kunde inte skapas", "the XLSX could not be created");
  }
  lxw_doc_properties properties{};
  std::string title = document.title, subject = document.subtitle;
  properties.title = title.data();
  properties.subject = subject.data();
  properties.author = const_cast<char*>("Kompetensplan");
  workbook_set_properties(wb, &properties);
  WorkbookWriter writer(wb);
  writer.Write(document);
  const lxw_error error = workbook_close(wb);
  std::string out = ReadBackAndRemove(path, error == LXW_NO_ERROR);
  if (error != LXW_NO_ERROR) {
    return Error(ErrorCode::kInternal, std::string("XLSX kunde inte skrivas: ") + lxw_strerror(error),
                 std::string("the XLSX could not be written: ") + lxw_strerror(error));
  }
  return out;
}

}  // namespace kplan::report
