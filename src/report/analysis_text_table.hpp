#pragma once
// Private: a plain-text table with columns sized to their widest cell, for
// the text report. Widths count Unicode code points, so "Hög" is three wide.

#include <string>
#include <vector>

namespace kplan::report {

class TextTable {
 public:
  enum class Align { kLeft, kRight };

  struct Column {
    std::string header;
    Align align = Align::kRight;
  };

  explicit TextTable(std::vector<Column> columns);

  // Missing cells at the end of a row are left empty.
  void AddRow(std::vector<std::string> cells);

  // Header, a rule, then the rows; each line ends with "\n", no trailing spaces.
  std::string Render() const;

 private:
  std::vector<Column> columns_;
  std::vector<std::vector<std::string>> rows_;
};

// Breaks text into lines of at most `width` code points at spaces, each line
// starting with `indent`. Words longer than a line stay whole.
std::string WrapText(const std::string& text, std::size_t width, const std::string& indent = "");

}  // namespace kplan::report
