// The HTML plan: one self-contained file (inline CSS, inline SVG charts), a
// table of contents linking to the headings, printable on A4 with table
// headers repeated on every printed page (thead) and page numbers.

#include <sstream>

#include "kplan/report/html.hpp"
#include "kplan/report/renderers.hpp"

namespace kplan::report {
namespace {

constexpr const char* kStyle = R"css(
@page { size: A4; margin: 20mm 18mm 22mm 18mm;
  @bottom-center { content: "Sida " counter(page) " av " counter(pages); font-size: 9pt; } }
body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; font-size: 10.5pt; line-height: 1.45;
  color: #1f2933; max-width: 190mm; margin: 0 auto; padding: 12mm 6mm; }
h1 { font-size: 17pt; margin: 1.6em 0 .5em; border-bottom: 2px solid #2b6cb0; padding-bottom: .15em;
  break-after: avoid; }
h2 { font-size: 13.5pt; margin: 1.3em 0 .4em; break-after: avoid; }
h3 { font-size: 11.5pt; margin: 1.1em 0 .3em; break-after: avoid; }
header.title h1 { font-size: 24pt; border: none; margin-top: 0; }
header.title p { margin: .2em 0; color: #52606d; }
p.user { border-left: 3px solid #2b6cb0; padding-left: .7em; font-style: italic; }
p.note { color: #52606d; font-size: 9.5pt; }
nav.toc ol { list-style: none; padding-left: 0; } nav.toc li.l2 { padding-left: 1.5em; }
nav.toc li.l3 { display: none; } nav.toc a { color: #1f2933; text-decoration: none; }
table { border-collapse: collapse; width: 100%; margin: .4em 0 1em; font-size: 9pt; }
caption { text-align: left; font-weight: bold; padding: .2em 0; }
thead { display: table-header-group; } tr { break-inside: avoid; }
th { background: #e4ecf5; text-align: left; padding: 3px 5px; border: 1px solid #c3cfdc; vertical-align: bottom; }
td { padding: 3px 5px; border: 1px solid #d9e0e7; vertical-align: top; }
td.n, th.n { text-align: right; white-space: nowrap; }
td.b { font-weight: bold; }
td.shortage { color: #b42318; } td.surplus { color: #1f6f43; }
td.green { background: #d3f0dc; } td.red { background: #f9d3cf; } td.amber { background: #fcefc7; }
figure { margin: .6em 0 1em; break-inside: avoid; display: inline-block; }
figure svg { max-width: 100%; height: auto; }
@media print { body { padding: 0; max-width: none; } nav.toc { break-after: page; } }
)css";

const char* ToneClass(CellTone tone) {
  switch (tone) {
    case CellTone::kGreen: return "green";
    case CellTone::kRed: return "red";
    case CellTone::kAmber: return "amber";
    case CellTone::kShortage: return "shortage";
    case CellTone::kSurplus: return "surplus";
    case CellTone::kNone: break;
  }
  return "";
}

// Cairo's SVG names its glyphs and clip paths "glyph0-1", "clip1" ...: make
// them unique per chart, since every chart lives in the same HTML document.
std::string InlineSvg(const Chart& chart) {
  std::string svg = ChartToSvg(chart);
  if (auto start = svg.find("<svg"); start != std::string::npos) svg.erase(0, start);
  const std::string prefix = chart.name + "-";
  std::string out;
  out.reserve(svg.size() + svg.size() / 8);
  for (std::size_t i = 0; i < svg.size();) {
    bool replaced = false;
    for (const char* pattern : {"id=\"", "href=\"#", "url(#"}) {
      const std::size_t n = std::char_traits<char>::length(pattern);
      if (svg.compare(i, n, pattern) == 0) {
        out.append(pattern).append(prefix);
        i += n;
        replaced = true;
        break;
      }
    }
    if (!replaced) out.push_back(svg[i++]);
  }
  return out;
}

void WriteTable(std::ostringstream& out, const Table& t) {
  out << "<table>";
  if (!t.caption.empty()) out << "<caption>" << HtmlEscape(t.caption) << "</caption>";
  out << "<thead><tr>";
  for (std::size_t c = 0; c < t.header.size(); ++c) {
    const bool numeric = c < t.numeric.size() && t.numeric[c];
    out << (numeric ? "<th class=\"n\">" : "<th>") << HtmlEscape(t.header[c]) << "</th>";
  }
  out << "</tr></thead><tbody>";
  for (const auto& row : t.rows) {
    out << "<tr>";
    for (std::size_t c = 0; c < row.size(); ++c) {
      const Cell& cell = row[c];
      std::string cls = (c < t.numeric.size() && t.numeric[c]) ? "n" : "";
      if (cell.bold) cls += cls.empty() ? "b" : " b";
      if (const char* tone = ToneClass(cell.tone); *tone) cls += (cls.empty() ? "" : " ") + std::string(tone);
      out << (cls.empty() ? "<td>" : "<td class=\"" + cls + "\">") << HtmlEscape(cell.text) << "</td>";
    }
    out << "</tr>";
  }
  out << "</tbody></table>\n";
}

// A users' formatted paragraph: emphasis and links, every text escaped.
void WriteSpans(std::ostringstream& out, const std::vector<Span>& spans) {
  for (const Span& s : spans) {
    if (!s.link.empty()) out << "<a href=\"" << HtmlEscape(s.link) << "\">";
    if (s.bold) out << "<strong>";
    if (s.italic) out << "<em>";
    out << HtmlEscape(s.text);
    if (s.italic) out << "</em>";
    if (s.bold) out << "</strong>";
    if (!s.link.empty()) out << "</a>";
  }
}

void WriteBlock(std::ostringstream& out, const Block& block) {
  std::visit(
      Overloaded{
          [&](const Heading& h) {
            out << "<h" << h.level << " id=\"" << h.anchor << "\">" << HtmlEscape(h.text) << "</h"
                << h.level << ">\n";
          },
          [&](const Paragraph& p) {
            const char* cls = p.style == ParagraphStyle::kUserText ? " class=\"user\""
                              : p.style == ParagraphStyle::kNote  ? " class=\"note\""
                                                                  : "";
            out << "<p" << cls << ">";
            if (p.spans.empty()) out << HtmlEscape(p.text);
            else WriteSpans(out, p.spans);
            out << "</p>\n";
          },
          [&](const BulletList& list) {
            const char* tag = list.numbered ? "ol" : "ul";
            out << "<" << tag << ">";
            for (const auto& item : list.items) out << "<li>" << HtmlEscape(item) << "</li>";
            out << "</" << tag << ">\n";
          },
          [&](const Table& table) { WriteTable(out, table); },
          [&](const Chart& chart) {
            out << "<figure id=\"" << chart.name << "\" aria-label=\"" << HtmlEscape(chart.title)
                << "\">" << InlineSvg(chart) << "</figure>\n";
          },
      },
      block);
}

}  // namespace

std::string RenderHtml(const Document& document) {
  std::ostringstream out;
  out << "<!DOCTYPE html>\n<html lang=\"sv\"><head><meta charset=\"utf-8\">"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
      << "<title>" << HtmlEscape(document.title + " – " + document.subtitle) << "</title><style>" << kStyle
      << "</style></head><body>\n";
  out << "<header class=\"title\"><h1>" << HtmlEscape(document.title) << "</h1><p><strong>"
      << HtmlEscape(document.subtitle) << "</strong></p><p>" << HtmlEscape(document.generated)
      << "</p></header>\n";
  out << "<nav class=\"toc\"><h2>Innehåll</h2><ol>";
  for (const Heading* h : document.Headings()) {
    out << "<li class=\"l" << h->level << "\"><a href=\"#" << h->anchor << "\">" << HtmlEscape(h->text)
        << "</a></li>";
  }
  out << "</ol></nav>\n<main>\n";
  for (const Block& block : document.blocks) WriteBlock(out, block);
  out << "</main></body></html>\n";
  return out.str();
}

}  // namespace kplan::report
