#include "kplan/report/plan_document.hpp"

namespace kplan::report {

void Document::AddHeading(int level, std::string text) {
  Heading h{level, std::move(text), "s" + std::to_string(blocks.size() + 1)};
  blocks.emplace_back(std::move(h));
}

void Document::AddParagraph(std::string text, ParagraphStyle style) {
  if (text.empty()) return;
  blocks.emplace_back(Paragraph{std::move(text), style});
}

void Document::AddBullets(std::vector<std::string> items) {
  if (items.empty()) return;
  blocks.emplace_back(BulletList{std::move(items)});
}

void Document::AddTable(Table table) { blocks.emplace_back(std::move(table)); }

void Document::AddChart(Chart chart) { blocks.emplace_back(std::move(chart)); }

std::vector<const Heading*> Document::Headings() const {
  std::vector<const Heading*> out;
  for (const Block& b : blocks) {
    if (const auto* h = std::get_if<Heading>(&b)) out.push_back(h);
  }
  return out;
}

}  // namespace kplan::report
