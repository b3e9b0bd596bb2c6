// The PDF plan, laid out with Pango and drawn with Cairo: A4, "Sida n av m"
// in the footer, a table of contents with page numbers, headings in the PDF
// outline (bookmarks), tables whose header row repeats on every page they
// continue on (pdf_layout.hpp decides the breaks), paragraphs that break
// between lines, and charts drawn as vectors straight onto the page.
//
// Two steps: layout places every block and records drawing operations per
// page; drawing then runs them once the page count is known.

#include <algorithm>
#include <functional>
#include <memory>

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include "kplan/report/pdf_layout.hpp"
#include "kplan/report/renderers.hpp"

namespace kplan::report {
namespace {

constexpr double kPageWidth = 595.28, kPageHeight = 841.89;  // A4 in points
constexpr double kLeft = 56, kRight = 56, kTop = 56, kBottom = 64;
constexpr double kWidth = kPageWidth - kLeft - kRight;
constexpr double kContentBottom = kPageHeight - kBottom;
constexpr double kCellPad = 3;

using Op = std::function<void(cairo_t*)>;
using LayoutPtr = std::shared_ptr<PangoLayout>;

struct Style {
  double size;
  bool bold = false;
  bool italic = false;
};

// A users' formatted paragraph as Pango markup: every text escaped, emphasis
// as <b>/<i>, a link underlined with its address after it when its words
// differ (print has no links to follow).
std::string SpansMarkup(const std::vector<Span>& spans) {
  const auto escape = [](const std::string& text) {
    gchar* e = g_markup_escape_text(text.c_str(), static_cast<gssize>(text.size()));
    std::string out(e);
    g_free(e);
    return out;
  };
  std::string out;
  for (const Span& s : spans) {
    std::string t = escape(s.text);
    if (s.italic) t = "<i>" + t + "</i>";
    if (s.bold) t = "<b>" + t + "</b>";
    if (!s.link.empty()) {
      t = "<span foreground=\"#1F5FA8\" underline=\"single\">" + t + "</span>";
      if (s.link != s.text && "mailto:" + s.text != s.link) t += " (" + escape(s.link) + ")";
    }
    out += t;
  }
  return out;
}

class Pdf {
 public:
  Pdf() {
    font_map_ = pango_cairo_font_map_new();
    context_ = pango_font_map_create_context(font_map_);
    pango_cairo_context_set_resolution(context_, 72);
    NewPage();
  }
  ~Pdf() {
    g_object_unref(context_);
    g_object_unref(font_map_);
  }
  Pdf(const Pdf&) = delete;
  Pdf& operator=(const Pdf&) = delete;

  // markup: `text` is Pango markup (SpansMarkup), not plain text.
  LayoutPtr Layout(const std::string& text, Style style, double width,
                   PangoAlignment align = PANGO_ALIGN_LEFT, bool markup = false) {
    PangoLayout* layout = pango_layout_new(context_);
    PangoFontDescription* font = pango_font_description_from_string("DejaVu Sans");
    pango_font_description_set_absolute_size(font, style.size * PANGO_SCALE);
    if (style.bold) pango_font_description_set_weight(font, PANGO_WEIGHT_BOLD);
    if (style.italic) pango_font_description_set_style(font, PANGO_STYLE_ITALIC);
    pango_layout_set_font_description(layout, font);
    pango_font_description_free(font);
    if (width > 0) {
      pango_layout_set_width(layout, static_cast<int>(width * PANGO_SCALE));
      pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
    }
    pango_layout_set_alignment(layout, align);
    if (markup) pango_layout_set_markup(layout, text.c_str(), static_cast<int>(text.size()));
    else pango_layout_set_text(layout, text.c_str(), static_cast<int>(text.size()));
    return LayoutPtr(layout, [](PangoLayout* l) { g_object_unref(l); });
  }

  static double Height(const LayoutPtr& layout) {
    int w = 0, h = 0;
    pango_layout_get_size(layout.get(), &w, &h);
    return static_cast<double>(h) / PANGO_SCALE;
  }
  static double Width(const LayoutPtr& layout) {
    int w = 0, h = 0;
    pango_layout_get_size(layout.get(), &w, &h);
    return static_cast<double>(w) / PANGO_SCALE;
  }

  void NewPage() {
    pages_.emplace_back();
    y_ = kTop;
  }
  bool AtPageTop() const { return y_ <= kTop + 0.01; }
  double Remaining() const { return kContentBottom - y_; }
  void Ensure(double height) {
    if (height > Remaining() && !AtPageTop()) NewPage();
  }
  void Add(Op op) { pages_.back().push_back(std::move(op)); }
  int Page() const { return static_cast<int>(pages_.size()); }
  double y() const { return y_; }
  void Advance(double dy) { y_ += dy; }

  // A layout at (x, y) on the current page.
  void Draw(const LayoutPtr& layout, double x, double y, double r = 0.12, double g = 0.16, double b = 0.2) {
    Add([layout, x, y, r, g, b](cairo_t* cr) {
      cairo_set_source_rgb(cr, r, g, b);
      cairo_move_to(cr, x, y);
      pango_cairo_show_layout(cr, layout.get());
    });
  }

  // A paragraph of text at x with the given width; breaks between lines.
  void Text(const std::string& text, Style style, double x, double width, double space_after,
            double r = 0.12, double g = 0.16, double b = 0.2, bool markup = false) {
    LayoutPtr layout = Layout(text, style, width, PANGO_ALIGN_LEFT, markup);
    const double height = Height(layout);
    std::vector<std::pair<double, double>> lines;  // top and bottom of each line
    PangoLayoutIter* it = pango_layout_get_iter(layout.get());
    do {
      int y0 = 0, y1 = 0;
      pango_layout_iter_get_line_yrange(it, &y0, &y1);
      lines.emplace_back(static_cast<double>(y0) / PANGO_SCALE, static_cast<double>(y1) / PANGO_SCALE);
    } while (pango_layout_iter_next_line(it));
    pango_layout_iter_free(it);
    // Keep at least two lines together at a page's end.
    const double min_first = lines.size() > 1 ? lines[1].second : height;
    Ensure(std::min(height, min_first));
    double offset = 0;  // layout y already shown on earlier pages
    while (true) {
      const double room = Remaining();
      double end = offset;
      for (const auto& [top, bottom] : lines) {
        if (top >= offset - 0.01 && bottom - offset <= room) end = bottom;
      }
      if (end <= offset) end = std::min(height, offset + room);  // a line taller than a page
      const double top = y_, from = offset, to = end;
      Add([layout, x, top, from, to, width, r, g, b](cairo_t* cr) {
        cairo_save(cr);
        cairo_rectangle(cr, x - 2, top, width + 4, to - from);
        cairo_clip(cr);
        cairo_set_source_rgb(cr, r, g, b);
        cairo_move_to(cr, x, top - from);
        pango_cairo_show_layout(cr, layout.get());
        cairo_restore(cr);
      });
      y_ += to - from;
      offset = to;
      if (offset >= height - 0.01) break;
      NewPage();
    }
    y_ += space_after;
  }

  std::vector<std::vector<Op>>& pages() { return pages_; }

 private:
  PangoFontMap* font_map_ = nullptr;
  PangoContext* context_ = nullptr;
  std::vector<std::vector<Op>> pages_;
  double y_ = kTop;
};

void Fill(cairo_t* cr, CellTone tone) {
  switch (tone) {
    case CellTone::kGreen: cairo_set_source_rgb(cr, 0.83, 0.94, 0.86); break;
    case CellTone::kRed: cairo_set_source_rgb(cr, 0.98, 0.83, 0.81); break;
    case CellTone::kAmber: cairo_set_source_rgb(cr, 0.99, 0.94, 0.78); break;
    default: cairo_set_source_rgb(cr, 1, 1, 1); break;
  }
}

std::vector<double> ColumnWidths(Pdf& pdf, const Table& t) {
  const std::size_t n = t.header.size();
  std::vector<double> w(n, 1.0);
  if (t.widths.size() == n) {
    w = t.widths;
  } else {
    for (std::size_t c = 0; c < n; ++c) {
      double natural = Pdf::Width(pdf.Layout(t.header[c], {8, true}, 0)) * 0.6;
      for (std::size_t r = 0; r < t.rows.size() && r < 40; ++r) {
        if (c < t.rows[r].size()) natural = std::max(natural, Pdf::Width(pdf.Layout(t.rows[r][c].text, {8}, 0)));
      }
      w[c] = std::min(natural, 220.0) + 2 * kCellPad + 4;
    }
  }
  double sum = 0;
  for (double v : w) sum += v;
  for (double& v : w) v = v / sum * kWidth;
  return w;
}

struct RowLayouts {
  std::vector<LayoutPtr> cells;
  double height = 0;
};

RowLayouts LayoutRow(Pdf& pdf, const std::vector<std::string>& texts, const std::vector<bool>& bold,
                     const std::vector<double>& widths, const std::vector<bool>& numeric, bool header) {
  RowLayouts row;
  for (std::size_t c = 0; c < widths.size(); ++c) {
    const std::string& text = c < texts.size() ? texts[c] : std::string();
    const bool right = c < numeric.size() && numeric[c];
    LayoutPtr l = pdf.Layout(text, {8, header || (c < bold.size() && bold[c])}, widths[c] - 2 * kCellPad,
                             right ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
    row.height = std::max(row.height, Pdf::Height(l) + 2 * kCellPad);
    row.cells.push_back(std::move(l));
  }
  return row;
}

void DrawRow(Pdf& pdf, const RowLayouts& row, const std::vector<double>& widths, double top, bool header,
             const std::vector<CellTone>& tones) {
  pdf.Add([row, widths, top, header, tones](cairo_t* cr) {
    double x = kLeft;
    for (std::size_t c = 0; c < widths.size(); ++c) {
      if (header) {
        cairo_set_source_rgb(cr, 0.89, 0.93, 0.96);
      } else {
        Fill(cr, c < tones.size() ? tones[c] : CellTone::kNone);
      }
      cairo_rectangle(cr, x, top, widths[c], row.height);
      cairo_fill_preserve(cr);
      cairo_set_source_rgb(cr, 0.76, 0.81, 0.86);
      cairo_set_line_width(cr, 0.5);
      cairo_stroke(cr);
      const CellTone tone = c < tones.size() ? tones[c] : CellTone::kNone;
      if (tone == CellTone::kShortage) {
        cairo_set_source_rgb(cr, 0.71, 0.14, 0.09);
      } else if (tone == CellTone::kSurplus) {
        cairo_set_source_rgb(cr, 0.12, 0.44, 0.26);
      } else {
        cairo_set_source_rgb(cr, 0.12, 0.16, 0.2);
      }
      cairo_move_to(cr, x + kCellPad, top + kCellPad);
      pango_cairo_show_layout(cr, row.cells[c].get());
      x += widths[c];
    }
  });
}

void PlaceTable(Pdf& pdf, const Table& t) {
  const std::vector<double> widths = ColumnWidths(pdf, t);
  LayoutPtr caption;
  double caption_h = 0;
  if (!t.caption.empty()) {
    caption = pdf.Layout(t.caption, {9, true}, kWidth);
    caption_h = Pdf::Height(caption) + 3;
  }
  const RowLayouts header = LayoutRow(pdf, t.header, {}, widths, t.numeric, true);
  std::vector<RowLayouts> rows;
  std::vector<double> heights;
  for (const auto& r : t.rows) {
    std::vector<std::string> texts;
    std::vector<bool> bold;
    for (const Cell& c : r) {
      texts.push_back(c.text);
      bold.push_back(c.bold);
    }
    rows.push_back(LayoutRow(pdf, texts, bold, widths, t.numeric, false));
    heights.push_back(rows.back().height);
  }
  const double available = pdf.Remaining() - caption_h;
  const auto slices = SplitTableRows(header.height, heights, available, kContentBottom - kTop - caption_h);
  for (std::size_t s = 0; s < slices.size(); ++s) {
    if (slices[s].new_page && !pdf.AtPageTop()) pdf.NewPage();
    if (s == 0 && caption) {
      pdf.Draw(caption, kLeft, pdf.y());
      pdf.Advance(caption_h);
    }
    DrawRow(pdf, header, widths, pdf.y(), true, {});
    pdf.Advance(header.height);
    for (std::size_t r = slices[s].first_row; r < slices[s].end_row; ++r) {
      std::vector<CellTone> tones;
      for (const Cell& c : t.rows[r]) tones.push_back(c.tone);
      DrawRow(pdf, rows[r], widths, pdf.y(), false, tones);
      pdf.Advance(rows[r].height);
    }
  }
  pdf.Advance(10);
}

struct OutlineEntry {
  int level;
  std::string text;
  int page;
  double y;
};

cairo_status_t Append(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

// The title page with the table of contents. The returned page numbers, one
// per heading, are filled in as the body is laid out and drawn after that.
std::shared_ptr<std::vector<int>> PlaceTitlePage(Pdf& pdf, const Document& document) {
  pdf.Text(document.title, {22, true}, kLeft, kWidth, 8);
  pdf.Text(document.subtitle, {12, true}, kLeft, kWidth, 4, 0.3, 0.35, 0.4);
  pdf.Text(document.generated, {9}, kLeft, kWidth, 24, 0.3, 0.35, 0.4);
  pdf.Text("Innehåll", {14, true}, kLeft, kWidth, 8);
  const auto headings = document.Headings();
  auto toc_pages = std::make_shared<std::vector<int>>(headings.size(), 0);
  for (std::size_t i = 0; i < headings.size(); ++i) {
    if (headings[i]->level > 2) continue;
    const double indent = headings[i]->level == 1 ? 0 : 16;
    LayoutPtr entry = pdf.Layout(headings[i]->text, {headings[i]->level == 1 ? 10.0 : 9.0, headings[i]->level == 1},
                                 kWidth - indent - 40);
    const double h = Pdf::Height(entry) + 2;
    pdf.Ensure(h);
    pdf.Draw(entry, kLeft + indent, pdf.y());
    LayoutPtr number = pdf.Layout("", {9}, 40, PANGO_ALIGN_RIGHT);
    const double top = pdf.y();
    pdf.Add([number, toc_pages, i, top](cairo_t* cr) {
      const std::string page = std::to_string((*toc_pages)[i]);
      pango_layout_set_text(number.get(), page.c_str(), -1);
      cairo_set_source_rgb(cr, 0.12, 0.16, 0.2);
      cairo_move_to(cr, kLeft + kWidth - 40, top);
      pango_cairo_show_layout(cr, number.get());
    });
    pdf.Advance(h);
  }
  pdf.NewPage();
  return toc_pages;
}

// The body: every block placed in reading order, one method per block type.
class BodyLayout {
 public:
  BodyLayout(Pdf& pdf, std::shared_ptr<std::vector<int>> toc_pages)
      : pdf_(pdf), toc_pages_(std::move(toc_pages)) {}

  void Place(const std::vector<Block>& blocks) {
    for (std::size_t b = 0; b < blocks.size(); ++b) {
      std::visit(Overloaded{
                     [&](const Heading& h) { PlaceHeading(h); },
                     [&](const Paragraph& p) { PlaceParagraph(p); },
                     [&](const BulletList& list) { PlaceList(list); },
                     [&](const Table& table) { PlaceTable(pdf_, table); },
                     [&](const Chart&) { b = PlaceCharts(blocks, b); },
                 },
                 blocks[b]);
    }
  }

  const std::vector<OutlineEntry>& outline() const { return outline_; }

 private:
  void PlaceHeading(const Heading& h) {
    const double size = h.level == 1 ? 16 : h.level == 2 ? 13 : 11;
    if (h.level == 1 && !pdf_.AtPageTop() && pdf_.Remaining() < 260) pdf_.NewPage();
    if (!pdf_.AtPageTop()) pdf_.Advance(h.level == 1 ? 14 : 8);
    pdf_.Ensure(size * 1.6 + 80);  // keep with what follows
    (*toc_pages_)[heading_index_++] = pdf_.Page();
    outline_.push_back({h.level, h.text, pdf_.Page(), pdf_.y()});
    pdf_.Text(h.text, {size, true}, kLeft, kWidth, h.level == 1 ? 6 : 4, h.level == 1 ? 0.1 : 0.12,
              h.level == 1 ? 0.3 : 0.16, h.level == 1 ? 0.55 : 0.2);
    if (h.level != 1) return;
    const double y = pdf_.y() - 3;
    pdf_.Add([y](cairo_t* cr) {
      cairo_set_source_rgb(cr, 0.17, 0.42, 0.69);
      cairo_set_line_width(cr, 1.2);
      cairo_move_to(cr, kLeft, y);
      cairo_line_to(cr, kLeft + kWidth, y);
      cairo_stroke(cr);
    });
    pdf_.Advance(4);
  }

  void PlaceParagraph(const Paragraph& p) {
    switch (p.style) {
      case ParagraphStyle::kUserText: {
        const double top = pdf_.y();
        const int page = pdf_.Page();
        if (p.spans.empty()) pdf_.Text(p.text, {10, false, true}, kLeft + 10, kWidth - 10, 0);
        else pdf_.Text(SpansMarkup(p.spans), {10, false, true}, kLeft + 10, kWidth - 10, 0, 0.12, 0.16, 0.2, true);
        const double bottom = pdf_.y();
        if (page == pdf_.Page()) {
          pdf_.Add([top, bottom](cairo_t* cr) {
            cairo_set_source_rgb(cr, 0.17, 0.42, 0.69);
            cairo_rectangle(cr, kLeft, top, 2.5, bottom - top);
            cairo_fill(cr);
          });
        }
        pdf_.Advance(7);
        return;
      }
      case ParagraphStyle::kNote: pdf_.Text(p.text, {8.5}, kLeft, kWidth, 7, 0.32, 0.38, 0.43); return;
      case ParagraphStyle::kNormal: pdf_.Text(p.text, {10}, kLeft, kWidth, 7); return;
    }
  }

  void PlaceList(const BulletList& list) {
    int n = 0;
    for (const std::string& item : list.items) {
      pdf_.Ensure(14);
      pdf_.Draw(pdf_.Layout(list.numbered ? std::to_string(++n) + "." : "•", {10}, 0), kLeft + 2, pdf_.y());
      pdf_.Text(item, {10}, kLeft + 16, kWidth - 16, 3);
    }
    pdf_.Advance(5);
  }

  // Charts that fit side by side share a row (the two risk matrices): the
  // chart at `first` and those right after it. Returns the last one placed.
  std::size_t PlaceCharts(const std::vector<Block>& blocks, std::size_t first) {
    const auto& chart = std::get<Chart>(blocks[first]);
    std::vector<const Chart*> row{&chart};
    double width = chart.width, height = chart.height;
    std::size_t b = first;
    while (b + 1 < blocks.size()) {
      const auto* next = std::get_if<Chart>(&blocks[b + 1]);
      if (!next || width + 12 + next->width > kWidth) break;
      row.push_back(next);
      width += 12 + next->width;
      height = std::max(height, next->height);
      ++b;
    }
    const double scale = std::min(1.0, kWidth / width);
    pdf_.Ensure(height * scale + 8);
    double x = kLeft;
    for (const Chart* c : row) {
      const double top = pdf_.y();
      Chart copy = *c;
      pdf_.Add([copy, x, top, scale](cairo_t* cr) {
        cairo_save(cr);
        cairo_translate(cr, x, top);
        cairo_scale(cr, scale, scale);
        DrawChart(cr, copy);
        cairo_restore(cr);
      });
      x += (c->width + 12) * scale;
    }
    pdf_.Advance(height * scale + 10);
    return b;
  }

  Pdf& pdf_;
  std::shared_ptr<std::vector<int>> toc_pages_;
  std::size_t heading_index_ = 0;
  std::vector<OutlineEntry> outline_;
};

// The outline entries (bookmarks) of one page; parents[l] is the entry that
// a heading of level l + 1 goes under.
void AddOutline(cairo_surface_t* surface, const std::vector<OutlineEntry>& outline, int page,
                std::size_t& next, int (&parents)[4]) {
  for (; next < outline.size() && outline[next].page == page; ++next) {
    const OutlineEntry& e = outline[next];
    const std::string link = "page=" + std::to_string(page) + " pos=[" + std::to_string(kLeft) + " " +
                             std::to_string(e.y) + "]";
    const int level = std::clamp(e.level, 1, 3);
    const int id = cairo_pdf_surface_add_outline(surface, parents[level - 1], e.text.c_str(), link.c_str(),
                                                 static_cast<cairo_pdf_outline_flags_t>(0));
    parents[level] = id;
    for (int l = level + 1; l < 4; ++l) parents[l] = id;
  }
}

// The footer of a body page: document title and page number.
void DrawFooter(cairo_t* cr, Pdf& pdf, const Document& document, int page, int total) {
  LayoutPtr left = pdf.Layout(document.title + " – " + document.subtitle, {7.5}, kWidth - 80);
  LayoutPtr right = pdf.Layout("Sida " + std::to_string(page) + " av " + std::to_string(total), {7.5}, 80,
                               PANGO_ALIGN_RIGHT);
  cairo_set_source_rgb(cr, 0.4, 0.45, 0.5);
  cairo_set_line_width(cr, 0.5);
  cairo_move_to(cr, kLeft, kContentBottom + 18);
  cairo_line_to(cr, kLeft + kWidth, kContentBottom + 18);
  cairo_stroke(cr);
  cairo_move_to(cr, kLeft, kContentBottom + 22);
  pango_cairo_show_layout(cr, left.get());
  cairo_move_to(cr, kLeft + kWidth - 80, kContentBottom + 22);
  pango_cairo_show_layout(cr, right.get());
}

// The drawing step, once the page count is known.
Result<std::string> DrawPages(Pdf& pdf, const Document& document,
                              const std::vector<OutlineEntry>& outline) {
  std::string out;
  cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(Append, &out, kPageWidth, kPageHeight);
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, document.title.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, document.subtitle.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Kompetensplan");
  cairo_t* cr = cairo_create(surface);
  const int total = static_cast<int>(pdf.pages().size());
  std::size_t next_outline = 0;
  int parents[4] = {CAIRO_PDF_OUTLINE_ROOT, CAIRO_PDF_OUTLINE_ROOT, CAIRO_PDF_OUTLINE_ROOT, CAIRO_PDF_OUTLINE_ROOT};
  for (int page = 1; page <= total; ++page) {
    for (const Op& op : pdf.pages()[static_cast<std::size_t>(page - 1)]) op(cr);
    AddOutline(surface, outline, page, next_outline, parents);
    if (page > 1) DrawFooter(cr, pdf, document, page, total);
    cairo_show_page(cr);
  }
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  const cairo_status_t status = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  if (status != CAIRO_STATUS_SUCCESS) {
    return Error(ErrorCode::kInternal, std::string("PDF kunde inte skapas: ") + cairo_status_to_string(status),
                 std::string("the PDF could not be made: ") + cairo_status_to_string(status));
  }
  return out;
}

}  // namespace

Result<std::string> RenderPdf(const Document& document) {
  Pdf pdf;
  BodyLayout body(pdf, PlaceTitlePage(pdf, document));
  body.Place(document.blocks);
  return DrawPages(pdf, document, body.outline());
}

}  // namespace kplan::report
