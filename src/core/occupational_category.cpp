#include "kplan/core/occupational_category.hpp"

namespace kplan {

bool IsSsykCode(std::string_view code) {
  if (code.size() != kSsykCodeDigits) return false;
  for (char c : code) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

}  // namespace kplan
