#include "kplan/io/xlsx.hpp"

#include <Poco/DateTime.h>
#include <Poco/Path.h>
#include <Poco/Zip/Compress.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "kplan/io/csv.hpp"
#include "xlsx_internal.hpp"

namespace kplan::io {
namespace {

// ---- building workbooks in the test -------------------------------------
// Small .xlsx files are composed here from XML strings and zipped with
// Poco::Zip::Compress, so the tests need no binary fixtures.

using Entries = std::vector<std::pair<std::string, std::string>>;

std::string Zip(const Entries& entries, bool seekable = true, bool stored = false) {
  std::stringstream out(std::ios::in | std::ios::out | std::ios::binary);
  Poco::Zip::Compress zip(out, seekable);
  for (const auto& [name, content] : entries) {
    std::istringstream in(content);
    zip.addFile(in, Poco::DateTime(2024, 1, 15), Poco::Path(name, Poco::Path::PATH_UNIX),
                stored ? Poco::Zip::ZipCommon::CM_STORE : Poco::Zip::ZipCommon::CM_DEFLATE,
                Poco::Zip::ZipCommon::CL_NORMAL);
  }
  zip.close();
  return out.str();
}

constexpr const char* kXmlDecl = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)";
constexpr const char* kMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr const char* kRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

std::string SheetXml(const std::string& rows) {
  return std::string(kXmlDecl) + "<worksheet xmlns=\"" + kMain + "\" xmlns:r=\"" + kRel +
         "\"><dimension ref=\"A1\"/><sheetData>" + rows + "</sheetData></worksheet>";
}

// Cells and rows, as Excel writes them.
std::string Row(int r, const std::string& cells) {
  return "<row r=\"" + std::to_string(r) + "\">" + cells + "</row>";
}
std::string S(const std::string& ref, int index) {  // shared string
  return "<c r=\"" + ref + "\" t=\"s\"><v>" + std::to_string(index) + "</v></c>";
}
std::string N(const std::string& ref, const std::string& v, int style = -1) {  // number
  std::string s = style >= 0 ? " s=\"" + std::to_string(style) + "\"" : "";
  return "<c r=\"" + ref + "\"" + s + "><v>" + v + "</v></c>";
}
std::string Inl(const std::string& ref, const std::string& text) {  // inline string
  return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
}

// Cell styles of every test workbook (the s attribute):
enum Style {
  kGeneral = 0,
  kDateBuiltin = 1,   // numFmtId 14
  kDateIso = 2,       // custom "yyyy-mm-dd"
  kPercent = 3,       // numFmtId 10 "0.00%"
  kDateTime = 4,      // numFmtId 22 "m/d/yy h:mm"
  kTime = 5,          // numFmtId 20 "h:mm"
  kDateSwedish = 6,   // custom "[$-41D]d mmmm yyyy;@"
  kDecimals = 7,      // custom "0.0 \"st\"" (a number, not a date)
};

const std::string kStyles = std::string(kXmlDecl) + "<styleSheet xmlns=\"" + kMain + "\">" +
    R"(<numFmts count="3"><numFmt numFmtId="164" formatCode="yyyy\-mm\-dd"/>)"
    R"(<numFmt numFmtId="165" formatCode="[$-41D]d\ mmmm\ yyyy;@"/>)"
    R"(<numFmt numFmtId="166" formatCode="0.0\ &quot;st&quot;"/></numFmts>)"
    R"(<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>)"
    R"(<cellXfs count="8"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/>)"
    R"(<xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="10" applyNumberFormat="1"/>)"
    R"(<xf numFmtId="22"/><xf numFmtId="20"/><xf numFmtId="165"><alignment horizontal="left"/></xf>)"
    R"(<xf numFmtId="166"/></cellXfs></styleSheet>)";

struct SheetSpec {
  SheetSpec(std::string name_, std::string rows_, bool hidden_ = false, std::string target_ = {},
            std::string xml_ = {})
      : name(std::move(name_)), rows(std::move(rows_)), hidden(hidden_),
        target(std::move(target_)), xml(std::move(xml_)) {}
  std::string name;
  std::string rows;          // inside <sheetData>
  bool hidden = false;
  std::string target;        // relative to xl/; default worksheets/sheetN.xml
  std::string xml;           // the whole part, instead of rows
};

struct BookSpec {
  std::vector<SheetSpec> sheets;
  std::vector<std::string> shared;  // each <si>'s content; plain text is put in <t>
  bool date1904 = false;
  bool seekable = true;             // false: entries with data descriptors, as streamed zips
  bool stored = false;              // true: entries not compressed
  Entries replace;                  // parts that replace or add to the generated ones
  std::vector<std::string> omit;    // generated parts to leave out
};

std::string SharedXml(const std::vector<std::string>& shared) {
  std::string xml = std::string(kXmlDecl) + "<sst xmlns=\"" + kMain + "\" count=\"" +
                    std::to_string(shared.size()) + "\" uniqueCount=\"" +
                    std::to_string(shared.size()) + "\">";
  for (const std::string& s : shared) {
    xml += "<si>" + (s.starts_with("<") ? s : "<t>" + s + "</t>") + "</si>";
  }
  return xml + "</sst>";
}

std::string Xlsx(const BookSpec& book) {
  Entries entries;
  entries.emplace_back("[Content_Types].xml",
                       std::string(kXmlDecl) +
                           R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
                           R"(<Default Extension="xml" ContentType="application/xml"/></Types>)");
  entries.emplace_back("_rels/.rels",
                       std::string(kXmlDecl) +
                           R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
                           R"(<Relationship Id="rId1" Type=")" + kRel +
                           R"(/officeDocument" Target="xl/workbook.xml"/></Relationships>)");
  std::string wb = std::string(kXmlDecl) + "<workbook xmlns=\"" + kMain + "\" xmlns:r=\"" + kRel + "\">";
  wb += book.date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr defaultThemeVersion=\"166925\"/>";
  wb += "<sheets>";
  std::string rels = std::string(kXmlDecl) +
                     R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)";
  for (std::size_t i = 0; i < book.sheets.size(); ++i) {
    const SheetSpec& sheet = book.sheets[i];
    const std::string id = "rId" + std::to_string(i + 1);
    wb += "<sheet name=\"" + sheet.name + "\" sheetId=\"" + std::to_string(i + 1) + "\"" +
          (sheet.hidden ? " state=\"hidden\"" : "") + " r:id=\"" + id + "\"/>";
    const std::string target =
        sheet.target.empty() ? "worksheets/sheet" + std::to_string(i + 1) + ".xml" : sheet.target;
    rels += "<Relationship Id=\"" + id + "\" Type=\"" + kRel + "/worksheet\" Target=\"" + target + "\"/>";
    std::string part = target[0] == '/' ? target.substr(1) : "xl/" + target;
    entries.emplace_back(part, sheet.xml.empty() ? SheetXml(sheet.rows) : sheet.xml);
  }
  wb += "</sheets><calcPr calcId=\"191029\"/></workbook>";
  rels += "<Relationship Id=\"rId100\" Type=\"" + std::string(kRel) +
          "/styles\" Target=\"styles.xml\"/><Relationship Id=\"rId101\" Type=\"" + kRel +
          "/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>";
  entries.emplace_back("xl/workbook.xml", wb);
  entries.emplace_back("xl/_rels/workbook.xml.rels", rels);
  entries.emplace_back("xl/styles.xml", kStyles);
  entries.emplace_back("xl/sharedStrings.xml", SharedXml(book.shared));
  for (const auto& [name, content] : book.replace) {
    bool replaced = false;
    for (auto& entry : entries) {
      if (entry.first == name) {
        entry.second = content;
        replaced = true;
      }
    }
    if (!replaced) entries.emplace_back(name, content);
  }
  std::erase_if(entries, [&](const auto& entry) {
    return std::find(book.omit.begin(), book.omit.end(), entry.first) != book.omit.end();
  });
  return Zip(entries, book.seekable, book.stored);
}

// One sheet "Blad1" with these rows and shared strings.
std::string OneSheet(const std::string& rows, std::vector<std::string> shared = {}) {
  BookSpec book;
  book.sheets.push_back({"Blad1", rows});
  book.shared = std::move(shared);
  return Xlsx(book);
}

// A header row of inline strings: A1 "a", B1 "b" ...
std::string Header(int columns, int row = 1) {
  std::string cells;
  for (int c = 0; c < columns; ++c) {
    const std::string letter = ColumnLetters(static_cast<std::size_t>(c));
    cells += Inl(letter + std::to_string(row), std::string(1, static_cast<char>('a' + c)));
  }
  return Row(row, cells);
}

Table MustRead(const std::string& bytes, const XlsxOptions& options = {}) {
  auto result = ReadXlsx(bytes, "personal.xlsx", options);
  EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().Describe());
  return result.ok() ? result.value() : Table{};
}

Error MustFail(const std::string& bytes, const XlsxOptions& options = {}) {
  auto result = ReadXlsx(bytes, "personal.xlsx", options);
  EXPECT_FALSE(result.ok());
  if (result.ok()) return Error(ErrorCode::kInternal, "read unexpectedly");
  EXPECT_FALSE(result.error().rule().empty());
  EXPECT_FALSE(result.error().hint().empty());
  EXPECT_FALSE(result.error().message(Language::kEnglish).empty());
  return result.error();
}

// ---- reading values -------------------------------------------------------

TEST(XlsxTest, SharedStringsWithSwedishLettersRichTextAndPhoneticRuns) {
  std::string bytes = OneSheet(
      Row(1, S("A1", 0) + S("B1", 1) + S("C1", 2)) +
          Row(2, S("A2", 3) + S("B2", 4) + S("C2", 5)),
      {"Anställningsnr", "Förvaltning", "Yrkesområde",
       "<t xml:space=\"preserve\">  Åsa Ängel  </t>",
       "<r><rPr><b/></rPr><t xml:space=\"preserve\">Hälso- och </t></r><r><t>sjukvård</t></r>"
       "<rPh sb=\"0\" eb=\"1\"><t>phonetic</t></rPh>",
       "Rad ett_x000D_\nrad två &amp; öl"});
  Table t = MustRead(bytes);
  EXPECT_EQ(t.file, "personal.xlsx");
  EXPECT_EQ(t.sheet, "Blad1");
  EXPECT_EQ(t.header, (std::vector<std::string>{"Anställningsnr", "Förvaltning", "Yrkesområde"}));
  ASSERT_EQ(t.rows.size(), 1u);
  EXPECT_EQ(t.rows[0].line, 2);
  EXPECT_EQ(t.rows[0].source, "");
  EXPECT_EQ(t.rows[0].fields,
            (std::vector<std::string>{"  Åsa Ängel  ", "Hälso- och sjukvård", "Rad ett\r\nrad två & öl"}));
}

TEST(XlsxTest, NumbersAsASwedishHrFileMeansThem) {
  std::string bytes = OneSheet(
      Header(9) + Row(2, N("A2", "1968") + N("B2", "75.5") + N("C2", "0.30000000000000004") +
                             N("D2", "1.0000000000000001E-5") + N("E2", "1.5E+20") +
                             N("F2", "-3") + N("G2", "1968.0") + N("H2", "0.755", kPercent) +
                             N("I2", "12.25", kDecimals)));
  Table t = MustRead(bytes);
  ASSERT_EQ(t.rows.size(), 1u);
  EXPECT_EQ(t.rows[0].fields,
            (std::vector<std::string>{"1968", "75.5", "0.3", "0.00001", "150000000000000000000",
                                      "-3", "1968", "75.5", "12.25"}));
  // The importer reads them with the point as decimal mark.
  EXPECT_EQ(ParseDecimal(t.rows[0].fields[1], DecimalMark::kPoint), 75.5);
}

TEST(XlsxTest, InlineStringsBooleansFormulasAndErrorCells) {
  std::string bytes = OneSheet(
      Header(8) +
      Row(2, Inl("A2", "Undersköterska") +
                 R"(<c r="B2" t="b"><v>1</v></c><c r="C2" t="b"><v>0</v></c>)"
                 R"(<c r="D2"><f>SUM(1,2)</f><v>3</v></c>)"
                 R"(<c r="E2" t="str"><f>A2&amp;"!"</f><v>Undersköterska!</v></c>)"
                 R"(<c r="F2"><f>1/0</f></c>)"
                 R"(<c r="G2" t="e"><f>NA()</f><v>#N/A</v></c>)"
                 R"(<c r="H2" t="inlineStr"><is><r><t>Rik </t></r><r><rPr><i/></rPr><t>text</t></r></is></c>)"));
  Table t = MustRead(bytes);
  ASSERT_EQ(t.rows.size(), 1u);
  EXPECT_EQ(t.rows[0].fields, (std::vector<std::string>{"Undersköterska", "1", "0", "3",
                                                       "Undersköterska!", "", "#N/A", "Rik text"}));
}

TEST(XlsxTest, DatesInThe1900SystemIncludingTheLeapYearBug) {
  std::string bytes = OneSheet(
      Header(7) +
      Row(2, N("A2", "45292", kDateBuiltin) + N("B2", "45292", kDateIso) +
                 N("C2", "45292", kDateSwedish) + N("D2", "45292.5", kDateTime) +
                 N("E2", "45292", kDateTime) + N("F2", "0.75", kTime) + N("G2", "45292")) +
      Row(3, N("A3", "1", kDateBuiltin) + N("B3", "59", kDateBuiltin) +
                 N("C3", "61", kDateBuiltin) + N("D3", "2958465", kDateBuiltin) +
                 N("E3", "25569.99998843", kDateTime) + N("F3", "1.5", kTime)));
  Table t = MustRead(bytes);
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(t.rows[0].fields,
            (std::vector<std::string>{"2024-01-01", "2024-01-01", "2024-01-01", "2024-01-01T12:00:00",
                                      "2024-01-01", "18:00:00", "45292"}));
  EXPECT_EQ(t.rows[1].fields,
            (std::vector<std::string>{"1900-01-01", "1900-02-28", "1900-03-01", "9999-12-31",
                                      "1970-01-01T23:59:59", "36:00:00", ""}));
}

TEST(XlsxTest, DatesInThe1904System) {
  BookSpec book;
  book.date1904 = true;
  book.sheets.push_back({"Blad1", Header(3) + Row(2, N("A2", "0", kDateBuiltin) +
                                                         N("B2", "43830", kDateIso) +
                                                         N("C2", "59", kDateBuiltin))});
  Table t = MustRead(Xlsx(book));
  ASSERT_EQ(t.rows.size(), 1u);
  EXPECT_EQ(t.rows[0].fields, (std::vector<std::string>{"1904-01-01", "2024-01-01", "1904-02-29"}));
}

TEST(XlsxTest, IsoDateCellsOfTypeD) {
  std::string bytes = OneSheet(Header(2) + Row(2, R"(<c r="A2" t="d"><v>2024-03-01T00:00:00</v></c>)"
                                                  R"(<c r="B2" t="d"><v>2024-03-01T08:30:00</v></c>)"));
  Table t = MustRead(bytes);
  ASSERT_EQ(t.rows.size(), 1u);
  EXPECT_EQ(t.rows[0].fields, (std::vector<std::string>{"2024-03-01", "2024-03-01T08:30:00"}));
}

TEST(XlsxTest, SparseRowsKeepTheSheetsRowNumbers) {
  // Row 1 is empty; the header is on row 2 with a gap in column B; row 4 has
  // only blank cells; row 7 skips column B and C; row 9 has empty cells beyond the header.
  std::string bytes = OneSheet(
      Row(1, "<c r=\"A1\"/>") +
      Row(2, Inl("A2", " Enhet ") + Inl("C2", "Antal") + Inl("D2", "Mål")) +
      Row(3, Inl("A3", "Norr") + N("C3", "4") + N("D3", "5")) +
      Row(4, Inl("A4", "   ") + "<c r=\"B4\" s=\"1\"/>") +
      Row(7, Inl("A7", "Söder") + N("D7", "2")) +
      Row(9, N("C9", "1") + "<c r=\"E9\"/>" + Inl("F9", "")));
  Table t = MustRead(bytes);
  EXPECT_EQ(t.header, (std::vector<std::string>{"Enhet", "", "Antal", "Mål"}));
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.rows[0].line, 3);
  EXPECT_EQ(t.rows[0].fields, (std::vector<std::string>{"Norr", "", "4", "5"}));
  EXPECT_EQ(t.rows[1].line, 7);
  EXPECT_EQ(t.rows[1].fields, (std::vector<std::string>{"Söder", "", "", "2"}));
  EXPECT_EQ(t.rows[2].line, 9);
  EXPECT_EQ(t.rows[2].fields, (std::vector<std::string>{"", "", "1", ""}));
}

TEST(XlsxTest, RowsAndCellsWithoutReferencesFollowTheirPredecessor) {
  std::string bytes = OneSheet(
      "<row><c t=\"inlineStr\"><is><t>a</t></is></c><c t=\"inlineStr\"><is><t>b</t></is></c></row>"
      "<row r=\"5\"><c><v>1</v></c><c><v>2</v></c></row><row><c r=\"B6\"><v>3</v></c></row>");
  Table t = MustRead(bytes);
  EXPECT_EQ(t.header, (std::vector<std::string>{"a", "b"}));
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(t.rows[0].line, 5);
  EXPECT_EQ(t.rows[0].fields, (std::vector<std::string>{"1", "2"}));
  EXPECT_EQ(t.rows[1].line, 6);
  EXPECT_EQ(t.rows[1].fields, (std::vector<std::string>{"", "3"}));
  // After C5, a cell without r is D5: beyond the header, and not empty.
  Error e = MustFail(OneSheet(Header(2) + "<row r=\"5\"><c><v>1</v></c><c r=\"C5\"/><c><v>2</v></c></row>"));
  EXPECT_EQ(e.location().cell, "D5");
}

TEST(XlsxTest, TheFirstVisibleSheetIsReadWhenNoneIsNamed) {
  BookSpec book;
  book.sheets.push_back({"Instruktioner", Row(1, Inl("A1", "Läs mig")), true, "worksheets/info.xml"});
  book.sheets.push_back({"Personal", Header(1) + Row(2, Inl("A2", "p")), false, "worksheets/ark_2.xml"});
  Table t = MustRead(Xlsx(book));
  EXPECT_EQ(t.sheet, "Personal");
  ASSERT_EQ(t.rows.size(), 1u);
  EXPECT_EQ(t.rows[0].fields[0], "p");
}

TEST(XlsxTest, SheetSelectionByNameIsExactThenIgnoresCase) {
  BookSpec book;
  book.sheets.push_back({"Instruktioner", Row(1, Inl("A1", "Läs mig")), true, "worksheets/info.xml"});
  book.sheets.push_back({"Personal", Header(1) + Row(2, Inl("A2", "p")), false, "worksheets/ark_2.xml"});
  book.sheets.push_back({"Kategorier &amp; nivåer", Header(1) + Row(2, Inl("A2", "k")), false,
                         "/xl/worksheets/../worksheets/kat.xml"});
  std::string bytes = Xlsx(book);

  XlsxOptions options;
  options.sheet = "Kategorier & nivåer";
  Table t = MustRead(bytes, options);
  EXPECT_EQ(t.sheet, "Kategorier & nivåer");
  ASSERT_EQ(t.rows.size(), 1u);
  EXPECT_EQ(t.rows[0].fields[0], "k");

  options.sheet = "PERSONAL";
  EXPECT_EQ(MustRead(bytes, options).sheet, "Personal");
  options.sheet = "Instruktioner";  // hidden, but asked for by name
  EXPECT_EQ(MustRead(bytes, options).header, (std::vector<std::string>{"Läs mig"}));

  auto names = XlsxSheetNames(bytes, "personal.xlsx");
  ASSERT_TRUE(names.ok()) << names.error().Describe();
  EXPECT_EQ(names.value(),
            (std::vector<std::string>{"Instruktioner", "Personal", "Kategorier & nivåer"}));
}

TEST(XlsxTest, UncompressedEntriesAreRead) {
  BookSpec book;
  book.stored = true;
  book.sheets.push_back({"Blad1", Row(1, S("A1", 0)) + Row(2, N("A2", "7"))});
  book.shared = {"Antal"};
  Table t = MustRead(Xlsx(book));
  ASSERT_EQ(t.rows.size(), 1u);
  EXPECT_EQ(t.rows[0].fields[0], "7");
}

TEST(XlsxTest, StreamedZipsWithDataDescriptorsAreRead) {
  BookSpec book;
  book.seekable = false;  // sizes and CRC after each entry's data, as streaming writers do
  book.sheets.push_back({"Blad1", Row(1, S("A1", 0)) + Row(2, N("A2", "7"))});
  book.shared = {"Antal"};
  Table t = MustRead(Xlsx(book));
  EXPECT_EQ(t.header, (std::vector<std::string>{"Antal"}));
  ASSERT_EQ(t.rows.size(), 1u);
  EXPECT_EQ(t.rows[0].fields[0], "7");
}

TEST(XlsxTest, PrefixedNamespacesAndExtensionsAsOtherWritersProduceThem) {
  // The Open XML SDK writes prefixed elements; Excel adds mc/x14ac attributes
  // and extension lists. Elements of other namespaces are skipped.
  const std::string sheet =
      std::string(kXmlDecl) + "<x:worksheet xmlns:x=\"" + kMain +
      "\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
      "xmlns:x14ac=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac\" "
      "mc:Ignorable=\"x14ac\"><x:sheetData>"
      "<x:row r=\"1\" x14ac:dyDescent=\"0.25\"><x:c r=\"A1\" t=\"inlineStr\"><x:is><x:t>Yrke</x:t>"
      "</x:is></x:c></x:row>"
      "<x:row r=\"2\"><x:c r=\"A2\" t=\"inlineStr\"><x:is><x:t>Lärare</x:t></x:is></x:c>"
      "<x14ac:c r=\"B2\"><x14ac:v>9</x14ac:v></x14ac:c></x:row>"
      "</x:sheetData><x:extLst><x:ext uri=\"{x}\"><x:row r=\"3\"/></x:ext></x:extLst></x:worksheet>";
  BookSpec book;
  book.sheets.push_back({"Blad1", "", false, "", sheet});
  Table t = MustRead(Xlsx(book));
  EXPECT_EQ(t.header, (std::vector<std::string>{"Yrke"}));
  ASSERT_EQ(t.rows.size(), 1u);
  EXPECT_EQ(t.rows[0].fields, (std::vector<std::string>{"Lärare"}));
}

TEST(XlsxTest, StylesAndSharedStringsAreOptional) {
  // Related in workbook.xml.rels but absent from the zip: no styles, so no dates.
  BookSpec book;
  book.sheets.push_back({"Blad1", Header(1) + Row(2, N("A2", "45292", kDateBuiltin))});
  book.omit = {"xl/styles.xml", "xl/sharedStrings.xml"};
  Table t = MustRead(Xlsx(book));
  ASSERT_EQ(t.rows.size(), 1u);
  EXPECT_EQ(t.rows[0].fields[0], "45292");

  // Not related at all.
  BookSpec bare;
  bare.sheets.push_back({"Blad1", Header(1) + Row(2, N("A2", "45292", kDateBuiltin))});
  bare.replace = {{"xl/_rels/workbook.xml.rels",
                   std::string(kXmlDecl) +
                       R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
                       R"(<Relationship Id="rId1" Type=")" + kRel +
                       R"(/worksheet" Target="worksheets/sheet1.xml"/></Relationships>)"}};
  Table t2 = MustRead(Xlsx(bare));
  ASSERT_EQ(t2.rows.size(), 1u);
  EXPECT_EQ(t2.rows[0].fields[0], "45292");

  // Present but empty is broken XML, not "no styles".
  BookSpec empty_styles;
  empty_styles.sheets.push_back({"Blad1", Header(1)});
  empty_styles.replace = {{"xl/styles.xml", ""}};
  EXPECT_EQ(MustFail(Xlsx(empty_styles)).rule(), "xlsx_xml");
}

// ---- errors ---------------------------------------------------------------

TEST(XlsxTest, NotAZipIsNotAWorkbook) {
  Error e = MustFail("Anställningsnr;Födelseår\nA1;1968\n");
  EXPECT_EQ(e.code(), ErrorCode::kInvalidInput);
  EXPECT_EQ(e.rule(), "xlsx_not_zip");
  EXPECT_EQ(e.Describe(), "fil \"personal.xlsx\": filen är inte en XLSX-arbetsbok");
  EXPECT_EQ(e.Describe(Language::kEnglish), "file \"personal.xlsx\": the file is not an XLSX workbook");
  EXPECT_EQ(e.hint(), "Spara filen i Excel som Excel-arbetsbok (.xlsx).");
  EXPECT_EQ(MustFail("").rule(), "xlsx_not_zip");
}

TEST(XlsxTest, OldXlsAndEncryptedFilesGetTheirOwnHint) {
  Error e = MustFail(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(512, '\0'));
  EXPECT_EQ(e.rule(), "xlsx_not_zip");
  EXPECT_EQ(e.message(), "filen är inte en XLSX-arbetsbok");
  EXPECT_NE(e.hint().find("äldre Excel-fil (.xls) eller lösenordsskyddad"), std::string::npos);
}

TEST(XlsxTest, DamagedZipIsNotAWorkbook) {
  std::string bytes = OneSheet(Header(1));
  EXPECT_EQ(MustFail(bytes.substr(0, bytes.size() / 2)).rule().substr(0, 5), "xlsx_");
  std::string garbage = "PK\x03\x04" + std::string(100, '\xFF');
  EXPECT_EQ(MustFail(garbage).rule(), "xlsx_not_zip");
}

TEST(XlsxTest, ZipWithoutWorkbookIsNotAWorkbook) {
  Error e = MustFail(Zip({{"word/document.xml", "<document/>"}}));
  EXPECT_EQ(e.rule(), "xlsx_not_workbook");
  EXPECT_EQ(e.Describe(), "fil \"personal.xlsx\": filen är inte en XLSX-arbetsbok");
  // A package whose main document is not a workbook (e.g. .docx).
  Error docx = MustFail(Zip(
      {{"_rels/.rels",
        std::string(R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
                    R"(<Relationship Id="rId1" Type=")") +
            kRel + R"(/officeDocument" Target="word/document.xml"/></Relationships>)"},
       {"word/document.xml", "<w:document xmlns:w=\"urn:w\"/>"}}));
  EXPECT_EQ(docx.rule(), "xlsx_not_workbook");
}

TEST(XlsxTest, SheetNotFoundListsTheSheets) {
  BookSpec book;
  book.sheets.push_back({"Blad1", Header(1)});
  book.sheets.push_back({"Blad2", Header(1)});
  XlsxOptions options;
  options.sheet = "Personal";
  Error e = MustFail(Xlsx(book), options);
  EXPECT_EQ(e.rule(), "xlsx_sheet_not_found");
  EXPECT_EQ(e.Describe(),
            "fil \"personal.xlsx\": bladet \"Personal\" finns inte; arbetsboken har bladen "
            "\"Blad1\", \"Blad2\"");
  EXPECT_EQ(e.message(Language::kEnglish),
            "there is no sheet \"Personal\"; the workbook has the sheets \"Blad1\", \"Blad2\"");

  Error one = MustFail(OneSheet(Header(1)), options);
  EXPECT_EQ(one.message(), "bladet \"Personal\" finns inte; arbetsboken har bara bladet \"Blad1\"");
}

TEST(XlsxTest, EmptySheet) {
  Error e = MustFail(OneSheet(Row(1, "<c r=\"A1\" s=\"1\"/>") + Row(2, Inl("B2", " "))));
  EXPECT_EQ(e.rule(), "xlsx_empty");
  EXPECT_EQ(e.Describe(), "fil \"personal.xlsx\", blad \"Blad1\": bladet är tomt");
  EXPECT_EQ(e.Describe(Language::kEnglish), "file \"personal.xlsx\", sheet \"Blad1\": the sheet is empty");
  EXPECT_EQ(MustFail(OneSheet("")).rule(), "xlsx_empty");
}

TEST(XlsxTest, WorkbookWithoutSheets) {
  BookSpec book;
  Error e = MustFail(Xlsx(book));
  EXPECT_EQ(e.rule(), "xlsx_no_sheets");
  EXPECT_EQ(e.Describe(), "fil \"personal.xlsx\": arbetsboken har inga blad");
}

TEST(XlsxTest, ValueInAColumnWithoutHeaderNamesTheCell) {
  std::string rows = Header(7) + Row(2, N("A2", "1")) + Row(12, N("A12", "2") + Inl("H12", "extra"));
  Error e = MustFail(OneSheet(rows));
  EXPECT_EQ(e.rule(), "xlsx_no_header");
  EXPECT_EQ(e.location().cell, "H12");
  EXPECT_EQ(e.location().row, 12);
  EXPECT_EQ(e.location().value, "extra");
  EXPECT_EQ(e.Describe(),
            "fil \"personal.xlsx\", blad \"Blad1\", rad 12, cell H12: \"extra\" står i kolumn H, "
            "som saknar rubrik");
  EXPECT_EQ(e.Describe(Language::kEnglish),
            "file \"personal.xlsx\", sheet \"Blad1\", row 12, cell H12: \"extra\" is in column H, "
            "which has no header");
  EXPECT_EQ(e.hint(), "Skriv en rubrik i kolumn H på rubrikraden (rad 1), eller töm kolumnen.");

  // Under an empty header cell in the middle, too.
  Error gap = MustFail(OneSheet(Row(3, Inl("A3", "a") + Inl("C3", "c")) + Row(4, N("B4", "5"))));
  EXPECT_EQ(gap.Describe(),
            "fil \"personal.xlsx\", blad \"Blad1\", rad 4, cell B4: \"5\" står i kolumn B, som saknar rubrik");
  EXPECT_EQ(gap.hint(), "Skriv en rubrik i kolumn B på rubrikraden (rad 3), eller töm kolumnen.");
}

TEST(XlsxTest, MalformedXmlNamesThePart) {
  BookSpec book;
  book.sheets.push_back({"Personal", "", false, "",
                         "<worksheet xmlns=\"" + std::string(kMain) +
                             "\"><sheetData><row r=\"1\"></sheetData></worksheet>"});
  Error e = MustFail(Xlsx(book));
  EXPECT_EQ(e.rule(), "xlsx_xml");
  EXPECT_EQ(e.location().sheet, "Personal");
  EXPECT_EQ(e.Describe(),
            "fil \"personal.xlsx\", blad \"Personal\": arbetsboken är skadad: delen "
            "\"xl/worksheets/sheet1.xml\" är inte giltig XML (rad 1, kolumn 101)");
  EXPECT_NE(e.message(Language::kEnglish).find("(line 1, column 101: mismatched tag)"), std::string::npos)
      << e.message(Language::kEnglish);
  EXPECT_EQ(e.hint(), "Öppna filen i Excel och spara den igen som Excel-arbetsbok (.xlsx).");

  BookSpec broken_workbook;
  broken_workbook.sheets.push_back({"Blad1", Header(1)});
  broken_workbook.replace = {{"xl/workbook.xml", "<workbook"}};
  Error w = MustFail(Xlsx(broken_workbook));
  EXPECT_EQ(w.rule(), "xlsx_xml");
  EXPECT_TRUE(w.message().starts_with("arbetsboken är skadad: delen \"xl/workbook.xml\" är inte giltig XML"))
      << w.message();
}

TEST(XlsxTest, DtdsAreRefusedSoEntitiesCannotExpand) {
  const std::string laughs =
      "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
      "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
      "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
      "<sst xmlns=\"" + std::string(kMain) + "\"><si><t>&lol3;</t></si></sst>";
  BookSpec book;
  book.sheets.push_back({"Blad1", Row(1, S("A1", 0))});
  book.replace = {{"xl/sharedStrings.xml", laughs}};
  Error e = MustFail(Xlsx(book));
  EXPECT_EQ(e.rule(), "xlsx_xml");
  EXPECT_EQ(e.message(), "arbetsboken är skadad: delen \"xl/sharedStrings.xml\" innehåller en DTD");
}

TEST(XlsxTest, DeepNestingIsRefused) {
  std::string deep;
  for (int i = 0; i < 300; ++i) deep += "<a>";
  for (int i = 0; i < 300; ++i) deep += "</a>";
  BookSpec book;
  book.sheets.push_back({"Blad1", Header(1) + Row(2, "<c r=\"A2\"><v>1</v>" + deep + "</c>")});
  Error e = MustFail(Xlsx(book));
  EXPECT_EQ(e.rule(), "xlsx_xml");
  EXPECT_EQ(e.message(),
            "arbetsboken är skadad: delen \"xl/worksheets/sheet1.xml\" har element i fler än 256 nivåer");
}

TEST(XlsxTest, BadCellValuesNameTheCell) {
  struct Case {
    std::string cell;
    std::vector<std::string> shared;
    std::string rule;
    std::string message;
  };
  const std::vector<Case> cases = {
      {S("B2", 3), {"a"}, "xlsx_shared_string",
       "cellen hänvisar till delad text nr \"3\", men arbetsboken har 1 delade texter"},
      {N("B2", "1,5"), {"a"}, "xlsx_number", "\"1,5\" är inget tal, fast cellen är en talcell"},
      {N("B2", "60", kDateBuiltin), {"a"}, "xlsx_date",
       "talet 60 i en cell med datum- eller tidsformat är inget giltigt datum"},
      {N("B2", "-1", kDateIso), {"a"}, "xlsx_date",
       "talet -1 i en cell med datum- eller tidsformat är inget giltigt datum"},
      {R"(<c r="B2" t="b"><v>2</v></c>)", {"a"}, "xlsx_bool", "\"2\" är inget sanningsvärde (0 eller 1)"},
      {R"(<c r="B2" t="x"><v>2</v></c>)", {"a"}, "xlsx_cell_type", "celltypen \"x\" är okänd"},
  };
  for (const Case& c : cases) {
    Error e = MustFail(OneSheet(Row(1, S("A1", 0) + S("B1", 0)) + Row(2, c.cell), c.shared));
    EXPECT_EQ(e.rule(), c.rule) << c.cell;
    EXPECT_EQ(e.message(), c.message) << c.cell;
    EXPECT_EQ(e.location().cell, "B2") << c.cell;
    EXPECT_EQ(e.location().row, 2) << c.cell;
    EXPECT_EQ(e.location().sheet, "Blad1") << c.cell;
  }
}

TEST(XlsxTest, BadReferences) {
  Error cell = MustFail(OneSheet(Header(1) + Row(2, N("XFE2", "1"))));
  EXPECT_EQ(cell.rule(), "xlsx_cell_ref");
  EXPECT_EQ(cell.message(), "\"XFE2\" är ingen giltig cellreferens (A1–XFD1048576)");
  Error row = MustFail(OneSheet(Header(1) + Row(0, N("A1", "1"))));
  EXPECT_EQ(row.rule(), "xlsx_cell_ref");
  EXPECT_EQ(row.message(), "\"0\" är inget giltigt radnummer (1–1048576)");
}

TEST(XlsxTest, ChartSheetIsNoWorksheet) {
  BookSpec book;
  book.sheets.push_back({"Diagram1", Header(1)});
  book.replace = {{"xl/_rels/workbook.xml.rels",
                   std::string(kXmlDecl) +
                       R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
                       R"(<Relationship Id="rId1" Type=")" + kRel +
                       R"(/chartsheet" Target="worksheets/sheet1.xml"/></Relationships>)"}};
  Error e = MustFail(Xlsx(book));
  EXPECT_EQ(e.rule(), "xlsx_not_worksheet");
  EXPECT_EQ(e.message(), "bladet \"Diagram1\" är inget kalkylblad (kanske ett diagramblad)");
}

TEST(XlsxTest, SheetPartMissing) {
  BookSpec book;
  book.sheets.push_back({"Blad1", Header(1)});
  book.replace = {{"xl/_rels/workbook.xml.rels",
                   std::string(kXmlDecl) +
                       R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
                       R"(<Relationship Id="rId1" Type=")" + kRel +
                       R"(/worksheet" Target="../../../etc/passwd"/></Relationships>)"}};
  Error e = MustFail(Xlsx(book));
  EXPECT_EQ(e.rule(), "xlsx_zip");
  EXPECT_EQ(e.message(), "arbetsboken är skadad: bladet \"Blad1\" saknas i filen");
}

// ---- hostile input --------------------------------------------------------

// A std::streambuf giving n spaces, for compressing a bomb without holding it.
// Spaces, not zeros: leading white space is well-formed XML, so only the size
// limit can stop the parser.
class SpaceSource : public std::streambuf {
 public:
  explicit SpaceSource(std::size_t n) : left_(n) { std::fill(std::begin(buffer_), std::end(buffer_), ' '); }

 protected:
  int_type underflow() override {
    if (left_ == 0) return traits_type::eof();
    const std::size_t n = std::min(left_, sizeof buffer_);
    left_ -= n;
    setg(buffer_, buffer_, buffer_ + n);
    return traits_type::to_int_type(buffer_[0]);
  }

 private:
  std::size_t left_;
  char buffer_[1 << 16];
};

// A workbook whose sheet1.xml is `size` spaces, packed as tight as deflate
// allows (about 1:1000); streamed into the zip, never held in memory.
std::string BombWorkbook(std::size_t size) {
  std::stringstream out(std::ios::in | std::ios::out | std::ios::binary);
  Poco::Zip::Compress zip(out, true);
  auto add = [&](const std::string& name, const std::string& content) {
    std::istringstream in(content);
    zip.addFile(in, Poco::DateTime(2024, 1, 15), Poco::Path(name, Poco::Path::PATH_UNIX));
  };
  add("_rels/.rels", std::string(R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
                                 R"(<Relationship Id="rId1" Type=")") +
                         kRel + R"(/officeDocument" Target="xl/workbook.xml"/></Relationships>)");
  add("xl/workbook.xml", "<workbook xmlns=\"" + std::string(kMain) + "\" xmlns:r=\"" + kRel +
                             "\"><sheets><sheet name=\"Blad1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
  add("xl/_rels/workbook.xml.rels",
      std::string(R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
                  R"(<Relationship Id="rId1" Type=")") +
          kRel + R"(/worksheet" Target="worksheets/sheet1.xml"/></Relationships>)");
  SpaceSource spaces(size);
  std::istream space_stream(&spaces);
  zip.addFile(space_stream, Poco::DateTime(2024, 1, 15),
              Poco::Path("xl/worksheets/sheet1.xml", Poco::Path::PATH_UNIX),
              Poco::Zip::ZipCommon::CM_DEFLATE, Poco::Zip::ZipCommon::CL_MAXIMUM);
  zip.close();
  return out.str();
}

// Rewrites every "uncompressed size" field of the named entry (local header and
// central directory) to claim `size` bytes: zip headers can lie.
void LieAboutSize(std::string& zip, const std::string& name, std::uint32_t size) {
  auto put32 = [&](std::size_t at, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) zip[at + static_cast<std::size_t>(i)] = static_cast<char>((v >> (8 * i)) & 0xFF);
  };
  for (std::size_t at = 0; (at = zip.find(name, at)) != std::string::npos; at += name.size()) {
    if (at >= 30 && zip.compare(at - 30, 4, "PK\x03\x04") == 0) put32(at - 30 + 22, size);
    if (at >= 46 && zip.compare(at - 46, 4, "PK\x01\x02") == 0) put32(at - 46 + 24, size);
  }
}

TEST(XlsxTest, TheDefaultLimitIs512MiB) {
  EXPECT_EQ(XlsxOptions{}.max_bytes, std::size_t{512} * 1024 * 1024);
}

TEST(XlsxTest, ZipBombIsRefusedByItsDeclaredSize) {
  // 8 MB of spaces packs into about 8 KB; its header says so, and a 1 MB limit
  // refuses it before inflating a byte.
  const std::string bomb = BombWorkbook(std::size_t{8} * 1024 * 1024);
  EXPECT_LT(bomb.size(), std::size_t{16} * 1024);
  XlsxOptions options;
  options.max_bytes = 1024 * 1024;
  Error e = MustFail(bomb, options);
  EXPECT_EQ(e.code(), ErrorCode::kTooLarge);
  EXPECT_EQ(e.rule(), "xlsx_too_large");
  EXPECT_EQ(e.Describe(),
            "fil \"personal.xlsx\", blad \"Blad1\": delen \"xl/worksheets/sheet1.xml\" i "
            "arbetsboken blir större än 1 MB när den packas upp");
  EXPECT_EQ(e.hint(), "Arbetsboken är för stor eller skadad. Kopiera bladet som ska läsas in till en "
                      "ny arbetsbok och försök igen.");

  // With the default limit: a part that says it unpacks to 600 MB. (Packing
  // a real 600 MB takes seconds; the check only reads the header.)
  std::string huge = BombWorkbook(1000);
  LieAboutSize(huge, "xl/worksheets/sheet1.xml", 600u * 1024 * 1024);
  Error big = MustFail(huge);
  EXPECT_EQ(big.rule(), "xlsx_too_large");
  EXPECT_EQ(big.message(),
            "delen \"xl/worksheets/sheet1.xml\" i arbetsboken blir större än 512 MB när den packas upp");
  EXPECT_EQ(big.message(Language::kEnglish),
            "part \"xl/worksheets/sheet1.xml\" of the workbook unpacks to more than 512 MB");
}

TEST(XlsxTest, ZipBombThatLiesAboutItsSizeIsStoppedWhileUnpacking) {
  std::string bomb = BombWorkbook(std::size_t{8} * 1024 * 1024);
  LieAboutSize(bomb, "xl/worksheets/sheet1.xml", 1000);
  XlsxOptions options;
  options.max_bytes = 1024 * 1024;
  Error e = MustFail(bomb, options);
  EXPECT_EQ(e.code(), ErrorCode::kTooLarge);
  EXPECT_EQ(e.rule(), "xlsx_too_large");
  EXPECT_EQ(e.message(),
            "delen \"xl/worksheets/sheet1.xml\" i arbetsboken blir större än 1 MB när den packas upp");
}

TEST(XlsxTest, SharedStringAmplificationIsBounded) {
  // One 10 KB shared string in 500 cells: a 5 MB table from a tiny file.
  std::string rows = Row(1, Inl("A1", "a"));
  for (int r = 2; r <= 501; ++r) rows += Row(r, S("A" + std::to_string(r), 0));
  XlsxOptions options;
  options.max_bytes = 1024 * 1024;
  Error e = MustFail(OneSheet(rows, {std::string(10000, 'x')}), options);
  EXPECT_EQ(e.code(), ErrorCode::kTooLarge);
  EXPECT_EQ(e.message(),
            "delen \"xl/worksheets/sheet1.xml\" i arbetsboken ger mer än 1 MB text när den läses in");
  // A sheet as wide as Excel allows, with a million sparse rows, is bounded the same way.
  std::string wide = Row(1, Inl("A1", "a") + Inl("XFD1", "z"));
  for (int r = 2; r <= 200; ++r) wide += Row(r, N("A" + std::to_string(r), "1"));
  EXPECT_EQ(MustFail(OneSheet(wide), options).rule(), "xlsx_too_large");
}

TEST(XlsxTest, CorruptedEntryDataIsAnError) {
  std::string bytes = OneSheet(Header(3) + Row(2, N("A2", "1") + N("B2", "2") + N("C2", "3")));
  // Flip bytes in the middle of every entry's compressed data.
  bool any_error = false;
  for (std::size_t at = 40; at + 8 < bytes.size(); at += 97) {
    std::string damaged = bytes;
    damaged[at] = static_cast<char>(damaged[at] ^ 0x5A);
    auto result = ReadXlsx(damaged, "x.xlsx");
    if (!result.ok()) {
      any_error = true;
      EXPECT_FALSE(result.error().rule().empty());
    }
  }
  EXPECT_TRUE(any_error);
}

// ---- internals --------------------------------------------------------------

TEST(XlsxValuesTest, NumberFormatsThatShowDates) {
  using xlsx::ClassifyNumberFormat;
  using xlsx::NumberKind;
  EXPECT_EQ(ClassifyNumberFormat(0, ""), NumberKind::kPlain);
  EXPECT_EQ(ClassifyNumberFormat(14, ""), NumberKind::kDate);
  EXPECT_EQ(ClassifyNumberFormat(17, ""), NumberKind::kDate);
  EXPECT_EQ(ClassifyNumberFormat(22, ""), NumberKind::kDateTime);
  EXPECT_EQ(ClassifyNumberFormat(20, ""), NumberKind::kTime);
  EXPECT_EQ(ClassifyNumberFormat(46, ""), NumberKind::kTime);
  EXPECT_EQ(ClassifyNumberFormat(9, ""), NumberKind::kPercent);
  EXPECT_EQ(ClassifyNumberFormat(164, "yyyy-mm-dd"), NumberKind::kDate);
  EXPECT_EQ(ClassifyNumberFormat(164, "[$-41D]d mmmm yyyy;@"), NumberKind::kDate);
  EXPECT_EQ(ClassifyNumberFormat(164, "mmm-yy"), NumberKind::kDate);
  EXPECT_EQ(ClassifyNumberFormat(164, "m"), NumberKind::kDate);
  EXPECT_EQ(ClassifyNumberFormat(164, "yyyy-mm-dd hh:mm"), NumberKind::kDateTime);
  EXPECT_EQ(ClassifyNumberFormat(164, "h:mm AM/PM"), NumberKind::kTime);
  EXPECT_EQ(ClassifyNumberFormat(164, "mm:ss"), NumberKind::kTime);
  EXPECT_EQ(ClassifyNumberFormat(164, "[h]:mm:ss"), NumberKind::kTime);
  EXPECT_EQ(ClassifyNumberFormat(164, "General"), NumberKind::kPlain);
  EXPECT_EQ(ClassifyNumberFormat(164, "#,##0.00\\ \"dagar\""), NumberKind::kPlain);
  EXPECT_EQ(ClassifyNumberFormat(164, "[Red]0.0;[Blue]-0.0"), NumberKind::kPlain);
  EXPECT_EQ(ClassifyNumberFormat(164, "0.00E+00"), NumberKind::kPlain);
  EXPECT_EQ(ClassifyNumberFormat(164, "#,##0\\ [$kr-41D]"), NumberKind::kPlain);
  EXPECT_EQ(ClassifyNumberFormat(164, "0.0%"), NumberKind::kPercent);
  EXPECT_EQ(ClassifyNumberFormat(164, "0.0\"%\""), NumberKind::kPlain);
  EXPECT_EQ(ClassifyNumberFormat(14, "0.00"), NumberKind::kPlain);  // a workbook may redefine an id
}

TEST(XlsxValuesTest, NumbersAsText) {
  using xlsx::FormatNumber;
  EXPECT_EQ(FormatNumber(0), "0");
  EXPECT_EQ(FormatNumber(-0.0), "0");
  EXPECT_EQ(FormatNumber(1), "1");
  EXPECT_EQ(FormatNumber(100), "100");
  EXPECT_EQ(FormatNumber(0.5), "0.5");
  EXPECT_EQ(FormatNumber(-12.25), "-12.25");
  EXPECT_EQ(FormatNumber(2.9999999999999996), "3");
  EXPECT_EQ(FormatNumber(123456789012345678.0), "123456789012346000");
  EXPECT_EQ(FormatNumber(1e-10), "0.0000000001");
  EXPECT_EQ(FormatNumber(0.1 * 3), "0.3");
  EXPECT_EQ(xlsx::ParseNumber(" 1.5E+3 "), 1500.0);
  EXPECT_EQ(xlsx::ParseNumber("+2"), 2.0);
  EXPECT_EQ(xlsx::ParseNumber("inf"), std::nullopt);
  EXPECT_EQ(xlsx::ParseNumber("nan"), std::nullopt);
  EXPECT_EQ(xlsx::ParseNumber("1e999"), std::nullopt);
  EXPECT_EQ(xlsx::ParseNumber("1,5"), std::nullopt);
  EXPECT_EQ(xlsx::ParseNumber(""), std::nullopt);
}

TEST(XlsxValuesTest, SerialDates) {
  using xlsx::FormatSerial;
  using xlsx::NumberKind;
  EXPECT_EQ(FormatSerial(1, NumberKind::kDate, false), "1900-01-01");
  EXPECT_EQ(FormatSerial(59, NumberKind::kDate, false), "1900-02-28");
  EXPECT_EQ(FormatSerial(60, NumberKind::kDate, false), std::nullopt);
  EXPECT_EQ(FormatSerial(61, NumberKind::kDate, false), "1900-03-01");
  EXPECT_EQ(FormatSerial(0, NumberKind::kDate, false), std::nullopt);
  EXPECT_EQ(FormatSerial(36526, NumberKind::kDate, false), "2000-01-01");
  EXPECT_EQ(FormatSerial(45351, NumberKind::kDate, false), "2024-02-29");
  EXPECT_EQ(FormatSerial(2958465, NumberKind::kDate, false), "9999-12-31");
  EXPECT_EQ(FormatSerial(2958466, NumberKind::kDate, false), std::nullopt);
  EXPECT_EQ(FormatSerial(0, NumberKind::kDate, true), "1904-01-01");
  EXPECT_EQ(FormatSerial(34519, NumberKind::kDate, true), "1998-07-05");
  EXPECT_EQ(FormatSerial(2957003, NumberKind::kDate, true), "9999-12-31");
  EXPECT_EQ(FormatSerial(2957004, NumberKind::kDate, true), std::nullopt);
  EXPECT_EQ(FormatSerial(45292.25, NumberKind::kDate, false), "2024-01-01");
  EXPECT_EQ(FormatSerial(45292.25, NumberKind::kDateTime, false), "2024-01-01T06:00:00");
  EXPECT_EQ(FormatSerial(45292.9999999, NumberKind::kDateTime, false), "2024-01-02");
  EXPECT_EQ(FormatSerial(0.5, NumberKind::kTime, false), "12:00:00");
  EXPECT_EQ(FormatSerial(-0.5, NumberKind::kTime, false), std::nullopt);
}

TEST(XlsxValuesTest, CellReferencesAndPaths) {
  auto ref = xlsx::ParseCellRef("H12");
  ASSERT_TRUE(ref);
  EXPECT_EQ(ref->column, 7u);
  EXPECT_EQ(ref->row, 12);
  EXPECT_EQ(xlsx::ParseCellRef("XFD1048576")->column, 16383u);
  EXPECT_EQ(xlsx::ParseCellRef("XFE1"), std::nullopt);
  EXPECT_EQ(xlsx::ParseCellRef("A1048577"), std::nullopt);
  EXPECT_EQ(xlsx::ParseCellRef("A0"), std::nullopt);
  EXPECT_EQ(xlsx::ParseCellRef("1A"), std::nullopt);
  EXPECT_EQ(xlsx::ParseCellRef("AAAAA1"), std::nullopt);
  EXPECT_EQ(xlsx::ResolveTarget("xl/workbook.xml", "worksheets/sheet1.xml"), "xl/worksheets/sheet1.xml");
  EXPECT_EQ(xlsx::ResolveTarget("xl/workbook.xml", "/xl/worksheets/s.xml"), "xl/worksheets/s.xml");
  EXPECT_EQ(xlsx::ResolveTarget("xl/workbook.xml", "./a/../blad%20ett.xml"), "xl/blad ett.xml");
  EXPECT_EQ(xlsx::ResolveTarget("xl/workbook.xml", "../../x.xml"), std::nullopt);
  EXPECT_EQ(xlsx::ResolveTarget("", "xl/workbook.xml"), "xl/workbook.xml");
  EXPECT_EQ(xlsx::ResolveTarget("xl/workbook.xml", "%4"), std::nullopt);
  EXPECT_EQ(xlsx::RelsPartFor("xl/workbook.xml"), "xl/_rels/workbook.xml.rels");
  EXPECT_EQ(xlsx::DecodeEscapes("a_x000D_b_x005F_x0041_c_xD83D__xDE00_"), "a\rb_x0041_c\xF0\x9F\x98\x80");
}

// ---- seed corpus for the fuzzer ---------------------------------------------
// Builds the fuzzer's seed workbooks and checks that each reads back.
// KPLAN_WRITE_XLSX_CORPUS=tests/fuzz/corpus/xlsx kplan_io_tests --gtest_filter=XlsxCorpus.*
// also rewrites the committed seed files.
TEST(XlsxCorpus, SeedWorkbooksReadBack) {
  const char* dir = std::getenv("KPLAN_WRITE_XLSX_CORPUS");
  auto write = [&](const std::string& name, const std::string& bytes) {
    auto table = ReadXlsx(bytes, name);
    EXPECT_TRUE(table.ok()) << name << ": " << table.error().Describe();
    if (table.ok()) {
      EXPECT_FALSE(table.value().header.empty()) << name;
    }
    if (dir) {
      std::filesystem::create_directories(dir);
      std::ofstream(std::filesystem::path(dir) / name, std::ios::binary) << bytes;
    }
  };
  write("personal.xlsx",
        OneSheet(Row(1, S("A1", 0) + S("B1", 1) + S("C1", 2) + S("D1", 3)) +
                     Row(2, Inl("A2", "A1") + N("B2", "1968") + N("C2", "0.755", kPercent) +
                            N("D2", "45292", kDateBuiltin)) +
                     Row(4, Inl("A4", "A2") + N("C4", "1") + N("D4", "45292.5", kDateTime)),
                 {"Anställningsnr", "Födelseår", "Sysselsättningsgrad",
                  "<r><t>Anställnings</t></r><r><t>datum</t></r>"}));
  BookSpec book;
  book.date1904 = true;
  book.seekable = false;
  book.sheets.push_back({"Dold", Row(1, Inl("A1", "x")), true});
  book.sheets.push_back({"Kategorier", Header(3) + Row(2, R"(<c r="A2" t="b"><v>1</v></c>)"
                                                         R"(<c r="B2" t="e"><v>#N/A</v></c>)"
                                                         R"(<c r="C2"><f>1+1</f><v>2</v></c>)"),
                         false, "/xl/worksheets/kat.xml"});
  write("streamed_1904.xlsx", Xlsx(book));
  // Uncompressed, so that mutations of the file reach the XML.
  BookSpec stored;
  stored.stored = true;
  stored.sheets.push_back({"Personal", Row(1, S("A1", 0) + Inl("B1", "Datum") + Inl("C1", "Tid")) +
                                           Row(2, Inl("A2", "Åsa") + N("B2", "45292", kDateIso)) +
                                           Row(3, N("A3", "1.5") + N("C3", "0.5", kTime))});
  stored.shared = {"Namn"};
  write("stored.xlsx", Xlsx(stored));
}

}  // namespace
}  // namespace kplan::io
