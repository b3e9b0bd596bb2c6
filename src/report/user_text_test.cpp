#include "user_text.hpp"

#include <gtest/gtest.h>

#include "kplan/report/renderers.hpp"

namespace kplan::report::detail {
namespace {

// Seed 004's department chapter, as an HR strategist writes it in the app.
constexpr const char* kChapter =
    "## Uppgifter\n"
    "Avdelningen ansvarar för **bygglov** och *tillsyn*, se [planen](https://example.se/plan).\n"
    "Rad två av samma stycke.\n"
    "\n"
    "### Attrahera och rekrytera\n"
    "- Traineeprogram\n"
    "- Sommarjobb\n"
    "  - för gymnasieelever\n"
    "\n"
    "1. Kartlägg\n"
    "2. Prioritera\n"
    "\n"
    "| Befattning | Pension |\n"
    "|---|---|\n"
    "| Enhetschef | 2027 |\n";

Document Read(std::string_view markdown, int level = 1, const std::string& lead = "") {
  Document doc;
  AddUserText(doc, markdown, level, "Texter", lead);
  return doc;
}

TEST(UserText, MarkdownBecomesTheDocumentsOwnBlocks) {
  const Document doc = Read(kChapter);
  ASSERT_EQ(doc.blocks.size(), 6u);
  const auto& h2 = std::get<Heading>(doc.blocks[0]);
  EXPECT_EQ(h2.level, 2);
  EXPECT_EQ(h2.text, "Uppgifter");
  const auto& p = std::get<Paragraph>(doc.blocks[1]);
  EXPECT_EQ(p.style, ParagraphStyle::kUserText);
  EXPECT_EQ(p.text,
            "Avdelningen ansvarar för bygglov och tillsyn, se planen (https://example.se/plan). Rad två av samma stycke.");
  ASSERT_EQ(p.spans.size(), 7u);
  EXPECT_TRUE(p.spans[1].bold);
  EXPECT_EQ(p.spans[1].text, "bygglov");
  EXPECT_TRUE(p.spans[3].italic);
  EXPECT_EQ(p.spans[5].link, "https://example.se/plan");
  EXPECT_EQ(std::get<Heading>(doc.blocks[2]).level, 3);
  const auto& bullets = std::get<BulletList>(doc.blocks[3]);
  EXPECT_FALSE(bullets.numbered);
  EXPECT_EQ(bullets.items, (std::vector<std::string>{"Traineeprogram", "Sommarjobb", "för gymnasieelever"}));
  const auto& numbered = std::get<BulletList>(doc.blocks[4]);
  EXPECT_TRUE(numbered.numbered);
  EXPECT_EQ(numbered.items, (std::vector<std::string>{"Kartlägg", "Prioritera"}));
  const auto& table = std::get<Table>(doc.blocks[5]);
  EXPECT_EQ(table.sheet, "Texter");
  EXPECT_EQ(table.header, (std::vector<std::string>{"Befattning", "Pension"}));
  ASSERT_EQ(table.rows.size(), 1u);
  EXPECT_EQ(table.rows[0][1].text, "2027");
}

TEST(UserText, HeadingsNeverGoBelowLevelThree) {
  const Document doc = Read("# A\n\n#### B\n", 2);
  EXPECT_EQ(std::get<Heading>(doc.blocks[0]).level, 3);
  EXPECT_EQ(std::get<Heading>(doc.blocks[1]).level, 3);
}

TEST(UserText, PlainTextStaysPlainAndBlankAddsNothing) {
  const Document doc = Read("Behovet bedöms vara oförändrat.\n\nAndra stycket.");
  ASSERT_EQ(doc.blocks.size(), 2u);
  EXPECT_TRUE(std::get<Paragraph>(doc.blocks[0]).spans.empty());
  EXPECT_TRUE(Read(" \n\t ").blocks.empty());
}

// Script probes stay text in every format; only http(s) and mailto links.
TEST(UserText, RawHtmlIsTextAndOnlySafeLinksAreLinks) {
  const Document doc = Read("<script>alert(1)</script>\n\n[klicka](javascript:alert(1)) och <b>fet</b> &amp; &#229;");
  ASSERT_EQ(doc.blocks.size(), 2u);
  EXPECT_EQ(std::get<Paragraph>(doc.blocks[0]).text, "<script>alert(1)</script>");
  const auto& p = std::get<Paragraph>(doc.blocks[1]);
  EXPECT_EQ(p.text, "klicka och <b>fet</b> & å");
  EXPECT_TRUE(p.spans.empty());  // no formatting survived
  Document whole;
  whole.title = "Plan";
  whole.blocks = doc.blocks;
  const std::string html = RenderHtml(whole);
  EXPECT_EQ(html.find("<script>alert"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  EXPECT_EQ(html.find("javascript:"), std::string::npos);
}

TEST(UserText, LeadOpensTheFirstParagraphInBold) {
  const Document doc = Read("Svårt att rekrytera *erfarna*.", 2, "Sjuksköterska: ");
  const auto& p = std::get<Paragraph>(doc.blocks[0]);
  EXPECT_EQ(p.text, "Sjuksköterska: Svårt att rekrytera erfarna.");
  ASSERT_FALSE(p.spans.empty());
  EXPECT_TRUE(p.spans[0].bold);
  EXPECT_EQ(p.spans[0].text, "Sjuksköterska: ");
}

TEST(UserText, EveryFormatCarriesTheFormatting) {
  Document doc;
  doc.title = "Kompetensförsörjningsplan 2026";
  doc.file_stem = "plan";
  AddUserText(doc, kChapter, 1, "Texter");
  const std::string html = RenderHtml(doc);
  EXPECT_NE(html.find("<strong>bygglov</strong>"), std::string::npos);
  EXPECT_NE(html.find("<em>tillsyn</em>"), std::string::npos);
  EXPECT_NE(html.find("<a href=\"https://example.se/plan\">planen</a>"), std::string::npos);
  EXPECT_NE(html.find("<ol><li>Kartlägg</li>"), std::string::npos);
  EXPECT_TRUE(RenderPdf(doc).ok());
  auto docx = RenderDocx(doc);
  ASSERT_TRUE(docx.ok());
  auto xlsx = RenderXlsx(doc);
  ASSERT_TRUE(xlsx.ok());
}

}  // namespace
}  // namespace kplan::report::detail
