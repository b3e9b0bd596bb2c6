#include "kplan/report/pdf_layout.hpp"

namespace kplan::report {

std::vector<TableSlice> SplitTableRows(double header_height, const std::vector<double>& row_heights,
                                       double available_first, double page_height) {
  std::vector<TableSlice> slices;
  std::size_t row = 0;
  const std::size_t n = row_heights.size();
  double available = available_first;
  bool fresh = false;
  // Start on a new page unless the header and the first row fit here.
  const double first = n > 0 ? row_heights[0] : 0.0;
  if (header_height + first > available && available < page_height) {
    available = page_height;
    fresh = true;
  }
  do {
    TableSlice slice{row, row, fresh};
    double used = header_height;
    while (row < n && (used + row_heights[row] <= available || slice.end_row == slice.first_row)) {
      used += row_heights[row];
      ++row;
      slice.end_row = row;
      if (used > available) break;  // a row taller than the page: alone, clipped
    }
    slices.push_back(slice);
    available = page_height;
    fresh = true;
  } while (row < n);
  return slices;
}

}  // namespace kplan::report
