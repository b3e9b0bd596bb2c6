// The DOCX plan: WordprocessingML written here, zipped with Poco::Zip.
// Word's built-in style ids Heading1–Heading3 (with outline levels, so the
// navigation pane and a table of contents find them), Title, tables whose
// header row repeats on every page (w:tblHeader), charts as inline PNG
// images, "Sida n av m" in the footer, A4 with 2 cm margins. Officials edit
// the plan in Word (or LibreOffice) before the board meeting.

#include <sstream>

#include <Poco/DateTime.h>
#include <Poco/Path.h>
#include <Poco/Zip/Compress.h>

#include "kplan/report/html.hpp"
#include "kplan/report/renderers.hpp"

namespace kplan::report {
namespace {

constexpr int kContentTwips = 11906 - 2 * 1134;  // A4 width minus 2 cm margins
constexpr long kEmuPerPoint = 12700;

std::string X(const std::string& text) { return HtmlEscape(text); }

constexpr const char* kContentTypes =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Default Extension="png" ContentType="image/png"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>)";

constexpr const char* kRootRels =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>)";

std::string HeadingStyle(int level, int size_half_points, const char* color) {
  const std::string n = std::to_string(level);
  return R"(<w:style w:type="paragraph" w:styleId="Heading)" + n + R"("><w:name w:val="heading )" + n +
         R"("/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>)"
         R"(<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=")" +
         std::to_string(level == 1 ? 360 : 240) + R"(" w:after="120"/><w:outlineLvl w:val=")" +
         std::to_string(level - 1) + R"("/></w:pPr><w:rPr><w:b/><w:color w:val=")" + color +
         R"("/><w:sz w:val=")" + std::to_string(size_half_points) + R"("/></w:rPr></w:style>)";
}

std::string Styles() {
  return std::string(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="DejaVu Sans" w:hAnsi="DejaVu Sans" w:cs="DejaVu Sans"/><w:sz w:val="20"/><w:lang w:val="sv-SE"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="120"/></w:pPr><w:rPr><w:b/><w:sz w:val="44"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:qFormat/><w:rPr><w:color w:val="52606D"/><w:sz w:val="24"/></w:rPr></w:style>
)") + HeadingStyle(1, 32, "1F4E8C") +
         HeadingStyle(2, 26, "1F2933") + HeadingStyle(3, 22, "1F2933") +
         R"(<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:pBdr><w:left w:val="single" w:sz="18" w:space="8" w:color="2B6CB0"/></w:pBdr><w:ind w:left="284"/></w:pPr><w:rPr><w:i/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Note"><w:name w:val="Note"/><w:basedOn w:val="Normal"/><w:rPr><w:color w:val="52606D"/><w:sz w:val="17"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="60"/></w:pPr><w:rPr><w:b/><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="360" w:hanging="240"/><w:spacing w:after="60"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="C3CFDC"/><w:left w:val="single" w:sz="4" w:space="0" w:color="C3CFDC"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="C3CFDC"/><w:right w:val="single" w:sz="4" w:space="0" w:color="C3CFDC"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="C3CFDC"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="C3CFDC"/></w:tblBorders><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>)";
}

constexpr const char* kFooter =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve">Sida </w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> av </w:t></w:r><w:fldSimple w:instr=" NUMPAGES "><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>)";

std::string Para(const std::string& style, const std::string& text, bool bold = false,
                      const std::string& bookmark = "") {
  std::string p = "<w:p>";
  if (!style.empty()) p += "<w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>";
  if (!bookmark.empty()) p += "<w:bookmarkStart w:id=\"" + bookmark.substr(1) + "\" w:name=\"" + bookmark + "\"/>";
  p += "<w:r>";
  if (bold) p += "<w:rPr><w:b/></w:rPr>";
  p += "<w:t xml:space=\"preserve\">" + X(text) + "</w:t></w:r>";
  if (!bookmark.empty()) p += "<w:bookmarkEnd w:id=\"" + bookmark.substr(1) + "\"/>";
  return p + "</w:p>";
}

const char* Shade(CellTone tone) {
  switch (tone) {
    case CellTone::kGreen: return "D3F0DC";
    case CellTone::kRed: return "F9D3CF";
    case CellTone::kAmber: return "FCEFC7";
    default: return nullptr;
  }
}

std::string TableXml(const Table& t) {
  std::string x;
  if (!t.caption.empty()) x += Para("Caption", t.caption);
  const std::size_t n = t.header.size();
  std::vector<double> w = t.widths.size() == n ? t.widths : std::vector<double>(n, 1.0);
  double sum = 0;
  for (double v : w) sum += v;
  std::vector<int> twips;
  for (double v : w) twips.push_back(static_cast<int>(v / sum * kContentTwips));
  x += "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"" + std::to_string(kContentTwips) +
       "\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"04A0\" w:firstRow=\"1\"/></w:tblPr><w:tblGrid>";
  for (int tw : twips) x += "<w:gridCol w:w=\"" + std::to_string(tw) + "\"/>";
  x += "</w:tblGrid>";
  auto cell = [&](std::size_t c, const std::string& text, bool bold, const char* fill, const char* color) {
    const bool right = c < t.numeric.size() && t.numeric[c];
    std::string s = "<w:tc><w:tcPr><w:tcW w:w=\"" + std::to_string(twips[c]) + "\" w:type=\"dxa\"/>";
    if (fill) s += std::string("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"") + fill + "\"/>";
    s += "</w:tcPr><w:p><w:pPr><w:pStyle w:val=\"TableText\"/>";
    if (right) s += "<w:jc w:val=\"right\"/>";
    s += "</w:pPr><w:r>";
    if (bold || color) {
      s += "<w:rPr>";
      if (bold) s += "<w:b/>";
      if (color) s += std::string("<w:color w:val=\"") + color + "\"/>";
      s += "</w:rPr>";
    }
    return s + "<w:t xml:space=\"preserve\">" + X(text) + "</w:t></w:r></w:p></w:tc>";
  };
  x += "<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>";
  for (std::size_t c = 0; c < n; ++c) x += cell(c, t.header[c], true, "E4ECF5", nullptr);
  x += "</w:tr>";
  for (const auto& row : t.rows) {
    x += "<w:tr><w:trPr><w:cantSplit/></w:trPr>";
    for (std::size_t c = 0; c < n; ++c) {
      const Cell empty;
      const Cell& v = c < row.size() ? row[c] : empty;
      const char* color = v.tone == CellTone::kShortage ? "B42318" : v.tone == CellTone::kSurplus ? "1F6F43" : nullptr;
      x += cell(c, v.text, v.bold, Shade(v.tone), color);
    }
    x += "</w:tr>";
  }
  return x + "</w:tbl>" + Para("", "");
}

std::string ImageXml(const Chart& chart, int index, const std::string& rel) {
  const long cx = static_cast<long>(chart.width * kEmuPerPoint), cy = static_cast<long>(chart.height * kEmuPerPoint);
  const std::string id = std::to_string(index);
  return "<w:p><w:pPr><w:keepNext/></w:pPr><w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">"
         "<wp:extent cx=\"" + std::to_string(cx) + "\" cy=\"" + std::to_string(cy) + "\"/>"
         "<wp:docPr id=\"" + id + "\" name=\"" + X(chart.name) + "\" descr=\"" + X(chart.title) + "\"/>"
         "<a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">"
         "<a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
         "<pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
         "<pic:nvPicPr><pic:cNvPr id=\"" + id + "\" name=\"" + X(chart.name) + ".png\"/><pic:cNvPicPr/></pic:nvPicPr>"
         "<pic:blipFill><a:blip r:embed=\"" + rel + "\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
         "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"" + std::to_string(cx) + "\" cy=\"" + std::to_string(cy) +
         "\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>"
         "</wp:inline></w:drawing></w:r></w:p>";
}

// The body of word/document.xml and the parts it refers to (chart images),
// with their relationships, in reading order.
class BodyWriter {
 public:
  void Write(const Document& document) {
    body_ += Para("Title", document.title);
    body_ += Para("Subtitle", document.subtitle);
    body_ += Para("Note", document.generated);
    for (const Block& block : document.blocks) {
      std::visit(
          Overloaded{
              [&](const Heading& h) {
                body_ += Para("Heading" + std::to_string(std::clamp(h.level, 1, 3)), h.text, false, h.anchor);
              },
              [&](const Paragraph& p) {
                const std::string style = p.style == ParagraphStyle::kUserText ? "Quote"
                                          : p.style == ParagraphStyle::kNote   ? "Note"
                                                                               : "";
                body_ += p.spans.empty() ? Para(style, p.text) : SpansPara(style, p.spans);
              },
              [&](const BulletList& list) {
                int n = 0;
                for (const auto& item : list.items) {
                  const std::string mark = list.numbered ? std::to_string(++n) + "." : "•";
                  body_ += Para("ListBullet", mark + "\u00a0" + item);
                }
              },
              [&](const Table& table) { body_ += TableXml(table); },
              [&](const Chart& chart) { AddChart(chart); },
          },
          block);
    }
    rels_ += "</Relationships>";
  }

  const std::string& body() const { return body_; }
  const std::string& rels() const { return rels_; }
  const std::vector<std::pair<std::string, std::string>>& images() const { return images_; }

 private:
  // A users' formatted paragraph: a run per span, links as external hyperlinks.
  std::string SpansPara(const std::string& style, const std::vector<Span>& spans) {
    std::string p = "<w:p>";
    if (!style.empty()) p += "<w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>";
    for (const Span& s : spans) {
      std::string props;
      if (s.bold) props += "<w:b/>";
      if (s.italic) props += "<w:i/>";
      if (!s.link.empty()) props += "<w:color w:val=\"1F5FA8\"/><w:u w:val=\"single\"/>";
      std::string run = "<w:r>" + (props.empty() ? "" : "<w:rPr>" + props + "</w:rPr>") +
                        "<w:t xml:space=\"preserve\">" + X(s.text) + "</w:t></w:r>";
      if (!s.link.empty()) {
        const std::string rel = "rIdLink" + std::to_string(++links_);
        rels_ += "<Relationship Id=\"" + rel +
                 "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\""
                 " Target=\"" + X(s.link) + "\" TargetMode=\"External\"/>";
        run = "<w:hyperlink r:id=\"" + rel + "\">" + run + "</w:hyperlink>";
      }
      p += run;
    }
    return p + "</w:p>";
  }

  void AddChart(const Chart& chart) {
    const int index = static_cast<int>(images_.size()) + 1;
    const std::string rel = "rIdImg" + std::to_string(index);
    const std::string part = "media/" + chart.name + ".png";
    images_.emplace_back(part, ChartToPng(chart, 2.0));
    rels_ += "<Relationship Id=\"" + rel +
             "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"" +
             part + "\"/>\n";
    body_ += ImageXml(chart, index, rel);
  }

  std::string body_;
  std::string rels_ =
      R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>
)";
  std::vector<std::pair<std::string, std::string>> images_;  // (part name, PNG bytes)
  int links_ = 0;
};

std::string DocumentXml(const std::string& body) {
  return std::string(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><w:body>)") +
      body +
      R"(<w:sectPr><w:footerReference w:type="default" r:id="rId2"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>)";
}

std::string CoreXml(const Document& document) {
  return
      R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>)" +
      X(document.title) + "</dc:title><dc:subject>" + X(document.subtitle) +
      "</dc:subject><dc:creator>Kompetensplan</dc:creator><dc:language>sv-SE</dc:language></cp:coreProperties>";
}

}  // namespace

Result<std::string> RenderDocx(const Document& document) {
  BodyWriter writer;
  writer.Write(document);
  try {
    std::ostringstream out;
    Poco::Zip::Compress zip(out, true);
    auto add = [&](const std::string& name, const std::string& data) {
      std::istringstream in(data);
      zip.addFile(in, Poco::DateTime(), Poco::Path(name, Poco::Path::PATH_UNIX),
                  Poco::Zip::ZipCommon::CM_DEFLATE, Poco::Zip::ZipCommon::CL_NORMAL);
    };
    add("[Content_Types].xml", kContentTypes);
    add("_rels/.rels", kRootRels);
    add("docProps/core.xml", CoreXml(document));
    add("word/document.xml", DocumentXml(writer.body()));
    add("word/styles.xml", Styles());
    add("word/footer1.xml", kFooter);
    add("word/_rels/document.xml.rels", writer.rels());
    for (const auto& [part, png] : writer.images()) add("word/" + part, png);
    zip.close();
    return out.str();
  } catch (const std::exception& e) {
    return Error(ErrorCode::kInternal, std::string("DOCX kunde inte skapas: ") + e.what(),
                 std::string("the DOCX could not be made: ") + e.what());
  }
}

}  // namespace kplan::report
