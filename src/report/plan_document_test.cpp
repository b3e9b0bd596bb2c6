#include "kplan/report/plan_document.hpp"

#include <type_traits>

#include <gtest/gtest.h>

namespace kplan::report {
namespace {

// The cases of a visitor, as the renderers write them.
auto HeadingCase = [](const Heading&) { return 'h'; };
auto ParagraphCase = [](const Paragraph&) { return 'p'; };
auto ListCase = [](const BulletList&) { return 'l'; };
auto TableCase = [](const Table&) { return 't'; };
auto ChartCase = [](const Chart&) { return 'c'; };

TEST(PlanDocumentTest, AVisitorWithACasePerBlockTypeSeesTheBlocksInReadingOrder) {
  Document document;
  document.AddHeading(1, "Inledning");
  document.AddParagraph("Planen gäller 2025.");
  document.AddParagraph("");  // nothing to say: no block
  document.AddBullets({"Attrahera", "Rekrytera"});
  document.AddBullets({});
  document.AddTable(Table{});
  document.AddChart(Chart{});
  std::string kinds;
  for (const Block& block : document.blocks) {
    kinds += std::visit(Overloaded{HeadingCase, ParagraphCase, ListCase, TableCase, ChartCase}, block);
  }
  EXPECT_EQ(kinds, "hpltc");
  ASSERT_EQ(document.Headings().size(), 1u);
  EXPECT_EQ(document.Headings()[0]->anchor, "s1");
}

// What makes std::visit refuse to compile a renderer that forgets a block
// type: the visitor cannot be called with it, and no other case takes it by
// conversion.
TEST(PlanDocumentTest, AVisitorWithoutACaseForABlockTypeCannotTakeIt) {
  using WithoutChart = decltype(Overloaded{HeadingCase, ParagraphCase, ListCase, TableCase});
  static_assert(!std::is_invocable_v<WithoutChart, const Chart&>);
  static_assert(std::is_invocable_v<WithoutChart, const Table&>);
  using WithoutParagraph = decltype(Overloaded{HeadingCase, ListCase, TableCase, ChartCase});
  static_assert(!std::is_invocable_v<WithoutParagraph, const Paragraph&>);
  // Checked when this file compiles; a failure here is a build failure.
  SUCCEED();
}

}  // namespace
}  // namespace kplan::report
