#include "kplan/report/analysis_text.hpp"

#include <gtest/gtest.h>

#include "analysis_text_table.hpp"
#include "kplan/io/analysis_document.hpp"

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

AnalysisResult FromDocument(const std::string& json) {
  const Result<AnalysisInput> input = io::ParseAnalysisDocument(json);
  EXPECT_TRUE(input.ok()) << input.error().Describe();
  return input.ok() ? Analyze(input.value()) : AnalysisResult{};
}

TEST(RenderAnalysisTextTest, GapTableReadsLikeSeed001) {
  const std::string text = RenderAnalysisText(FromDocument(R"({
    "organisation": "Malmö stad", "year": 2019,
    "horizons": [2, 5],
    "categories": [{"name": "Sektionschef", "base": 117, "growth": {"2": 0.026, "5": 0.067},
      "inventory": {"Viss": 17, "God": 39, "Hög": 46, "Mycket hög": 14},
      "target_shares": {"Viss": 7, "God": 28, "Hög": 50, "Mycket hög": 15}}]})"));
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
