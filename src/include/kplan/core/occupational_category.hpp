#pragma once
// The occupational categories (yrkeskategorier) a municipality registers, each
// with an optional SSYK 2012 code, and the free texts of a plan's sections:
// the limits every layer (the store, the API, the web forms) applies to them.

#include <cstddef>
#include <string_view>

namespace kplan {

inline constexpr std::size_t kCategoryNameMaxChars = 200;  // as a risk's or activity's category
inline constexpr std::size_t kSsykCodeDigits = 4;           // SSYK 2012 unit group, e.g. "5321"
inline constexpr std::size_t kPlanTextMaxChars = 100000;    // one section's (or category's) text

// True when `code` is an SSYK 2012 code: exactly kSsykCodeDigits ASCII digits.
// The empty code (not known) is not one; callers that allow it check first.
bool IsSsykCode(std::string_view code);

}  // namespace kplan
