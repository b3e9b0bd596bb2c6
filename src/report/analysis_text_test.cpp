#include "kplan/report/analysis_text.hpp"

#include <gtest/gtest.h>

#include "analysis_text_table.hpp"

namespace kplan::report {
namespace {

TEST(TextTableTest, AlignsByCodePointsNotBytes) {
  TextTable table({{"Nivå", TextTable::Align::kLeft}, {"Gap", TextTable::Align::kRight}});
  table.AddRow({"Hög", "\u221214"});
  table.AddRow({"Mycket hög", "4"});
  EXPECT_EQ(table.Render(),
            "Nivå        Gap\n"
            "───────────────\n"
            "Hög         \u221214\n"
            "Mycket hög    4\n");
}

TEST(TextTableTest, ShortRowsAreFilledAndNoLineEndsInSpaces) {
  TextTable table({{"A", TextTable::Align::kLeft}, {"B", TextTable::Align::kLeft}});
  table.AddRow({"x"});
  EXPECT_EQ(table.Render(), "A  B\n────\nx\n");
}

TEST(WrapTextTest, BreaksAtSpacesWithinTheWidth) {
  EXPECT_EQ(WrapText("Det innebär att förflyttningar behöver göras", 20, "  "),
            "  Det innebär att\n  förflyttningar\n  behöver göras\n");
  EXPECT_EQ(WrapText("", 20), "");
}

// Seed 001's Sektionschef (Malmö stad 2019): 117 positions, growth 2.6 % and
// 6.7 % to the horizons 2 and 5, on the default four-level scale.
AnalysisResult Seed001Sektionschef() {
  AnalysisInput input;
  input.organisation = "Malmö stad";
  input.year = 2019;
  input.horizons = {2, 5};
  CategoryInput c;
  c.name = "Sektionschef";
  c.base = 117;
  c.inventory = {17, 39, 46, 14};
  const PerLevel target = {7, 28, 50, 15};
  c.horizons = {{2, 0.026, target}, {5, 0.067, target}};
  input.categories.push_back(c);
  return Analyze(input);
}

TEST(RenderAnalysisTextTest, GapTableReadsLikeSeed001) {
  const std::string text = RenderAnalysisText(Seed001Sektionschef());
  EXPECT_EQ(text.substr(0, text.find("\nBehov")),
            "Kompetensanalys – Malmö stad, 2019\n"
            "\n"
            "Kompetensgap\n"
            "============\n"
            "Tillgänglig kompetens minus behov per kompetensnivå; negativt tal = brist, positivt = "
            "överskott.\n"
            "\n"
            "Yrkeskategori  Sikt  Viss  God  Hög  Mycket hög  Totalt\n"
            "───────────────────────────────────────────────────────\n"
            "Sektionschef   2 år     9    5  \u221214          \u22124      \u22124\n"
            "               5 år     8    4  \u221216          \u22125      \u22129\n");
  EXPECT_NE(text.find("Sektionschef, 2 år: Det innebär att förflyttningar behöver göras från viss- och "
                      "god nivå till hög"),
            std::string::npos);
  EXPECT_EQ(text.find("Riskanalys"), std::string::npos);  // no risks given, no section
}

TEST(RenderAnalysisTextTest, AnEmptyAnalysisIsJustTheTitle) {
  EXPECT_EQ(RenderAnalysisText(AnalysisResult{}), "Kompetensanalys\n");
}

}  // namespace
}  // namespace kplan::report
