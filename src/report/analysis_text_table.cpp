#include "analysis_text_table.hpp"

#include <algorithm>
#include <sstream>

#include "kplan/core/swedish_text.hpp"

namespace kplan::report {
namespace {

constexpr const char* kColumnGap = "  ";

std::string Pad(const std::string& text, std::size_t width, TextTable::Align align) {
  const std::size_t shown = DisplayWidth(text);
  const std::string fill(width > shown ? width - shown : 0, ' ');
  return align == TextTable::Align::kLeft ? text + fill : fill + text;
}

void TrimRight(std::string& line) {
  while (!line.empty() && line.back() == ' ') line.pop_back();
}

}  // namespace

TextTable::TextTable(std::vector<Column> columns) : columns_(std::move(columns)) {}

void TextTable::AddRow(std::vector<std::string> cells) {
  cells.resize(columns_.size());
  rows_.push_back(std::move(cells));
}

std::string TextTable::Render() const {
  std::vector<std::size_t> widths;
  for (const Column& column : columns_) widths.push_back(DisplayWidth(column.header));
  for (const auto& row : rows_) {
    for (std::size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], DisplayWidth(row[c]));
  }
  const auto render_line = [&](const std::vector<std::string>& cells) {
    std::string line;
    for (std::size_t c = 0; c < columns_.size(); ++c) {
      if (c > 0) line += kColumnGap;
      // Headers follow their column's alignment, so numbers and headings line up.
      line += Pad(cells[c], widths[c], columns_[c].align);
    }
    TrimRight(line);
    return line + "\n";
  };
  std::vector<std::string> headers;
  for (const Column& column : columns_) headers.push_back(column.header);
  std::string out = render_line(headers);
  std::size_t total = 0;
  for (std::size_t w : widths) total += w;
  total += 2 * (widths.empty() ? 0 : widths.size() - 1);
  for (std::size_t i = 0; i < total; ++i) out += "─";
  out += "\n";
  for (const auto& row : rows_) out += render_line(row);
  return out;
}

std::string WrapText(const std::string& text, std::size_t width, const std::string& indent) {
  std::istringstream words(text);
  std::string word, line, out;
  while (words >> word) {
    if (!line.empty() && DisplayWidth(line) + 1 + DisplayWidth(word) > width) {
      out += line + "\n";
      line.clear();
    }
    line += line.empty() ? indent + word : " " + word;
  }
  if (!line.empty()) out += line + "\n";
  return out;
}

}  // namespace kplan::report
