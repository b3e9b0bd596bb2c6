#include "kplan/io/table.hpp"

namespace kplan::io {

std::string ColumnLetters(std::size_t index) {
  std::string letters;
  ++index;
  while (index > 0) {
    --index;
    letters.insert(letters.begin(), static_cast<char>('A' + index % 26));
    index /= 26;
  }
  return letters;
}

}  // namespace kplan::io
