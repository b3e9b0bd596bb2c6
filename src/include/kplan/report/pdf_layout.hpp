#pragma once
// Page layout decisions of the PDF renderer, apart from drawing so that they
// can be tested: where a table breaks across pages.
//
// A table is placed row by row. The header row is drawn at the top of the
// table and again at the top of every page the table continues on. A row
// never splits; a row taller than a whole page gets a page of its own (and is
// clipped). The table does not start on a page where the header and its first
// row do not fit: it moves to the next page instead.

#include <cstddef>
#include <vector>

namespace kplan::report {

struct TableSlice {
  std::size_t first_row = 0;  // rows [first_row, end_row) on this page
  std::size_t end_row = 0;
  bool new_page = false;      // the slice starts on a fresh page
};

// `available_first`: space left on the current page; `page_height`: the
// content height of a fresh page. Heights in points, all ≥ 0.
std::vector<TableSlice> SplitTableRows(double header_height, const std::vector<double>& row_heights,
                                       double available_first, double page_height);

}  // namespace kplan::report
