#include "kplan/core/rounding.hpp"

#include <algorithm>
#include <cmath>

namespace kplan {
namespace {

constexpr double kLargestRounded = 4.6e18;  // just below 2^62
// Relative to the value, and never more than 1e-6 in absolute terms: a few
// floating-point roundings leave an error near 1e-15 of the value, so this
// catches every "true half" without moving a value that is really below it.
constexpr double kHalfTolerance = 1e-12;
constexpr double kLargestTolerance = 1e-6;

}  // namespace

std::int64_t RoundHalfAwayFromZero(double value) {
  if (std::isnan(value)) return 0;
  const double magnitude = std::fabs(value);
  const double clamped = std::min(magnitude, kLargestRounded);
  const double nudge = std::min(kHalfTolerance * std::max(1.0, clamped), kLargestTolerance);
  const auto whole = static_cast<std::int64_t>(std::floor(clamped + 0.5 + nudge));
  return value < 0 ? -whole : whole;
}

double RoundToDecimals(double value, int decimals) {
  const double scale = std::pow(10.0, std::clamp(decimals, 0, 9));
  if (!std::isfinite(value) || std::fabs(value * scale) >= kLargestRounded) return value;
  return static_cast<double>(RoundHalfAwayFromZero(value * scale)) / scale;
}

}  // namespace kplan
