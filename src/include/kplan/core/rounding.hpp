#pragma once
// Rounding for display.
//
// Calculations keep full precision; only the numbers people read (the gap
// tables, goals, moves, figures in sentences) are rounded, and always half
// away from zero, as people round by hand: 2.5 → 3, −2.5 → −3.

#include <cstdint>

namespace kplan {

// Rounds half away from zero to a whole number.
//
// A value within a relative 1e-12 of a half (and within 1e-6) counts as the
// half. Decimal inputs
// such as 7 % of 35 (2.45) or 50 % of 117 · 1.026 are not exact in binary
// floating point, and without this a true 2.5 stored as 2.4999999999999996
// would round to 2 where the published table, computed by hand, says 3.
// Values beyond ±2^62 (never produced by a valid document) are clamped.
std::int64_t RoundHalfAwayFromZero(double value);

// The same at `decimals` decimals (0–9): RoundToDecimals(8.455, 2) == 8.46.
double RoundToDecimals(double value, int decimals);

}  // namespace kplan
