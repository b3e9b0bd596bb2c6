// Random numbers and dates for the demo generator: written out in full so that
// the demo municipality is the same on every platform and standard library.

#include <cmath>

#include "demo_parts.hpp"

namespace kplan::cli::demo {
namespace {

// splitmix64 (Steele, Lea, Flood 2014): expands the seed into the state.
std::uint64_t SplitMix64(std::uint64_t& x) {
  std::uint64_t z = (x += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

constexpr std::uint64_t RotateLeft(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

}  // namespace

Random::Random(std::uint64_t seed) {
  for (auto& word : s_) word = SplitMix64(seed);
}

// xoshiro256** 1.0 (Blackman, Vigna 2018).
std::uint64_t Random::Next() {
  const std::uint64_t result = RotateLeft(s_[1] * 5, 7) * 9;
  const std::uint64_t t = s_[1] << 17;
  s_[2] ^= s_[0];
  s_[3] ^= s_[1];
  s_[1] ^= s_[2];
  s_[0] ^= s_[3];
  s_[2] ^= t;
  s_[3] = RotateLeft(s_[3], 45);
  return result;
}

double Random::Uniform() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }

int Random::Between(int lo, int hi) {
  const auto span = static_cast<std::uint64_t>(static_cast<std::int64_t>(hi) - lo + 1);
  // Multiply-shift on the high 32 bits: the bias is below 2^-32 per draw.
  const std::uint64_t r = (Next() >> 32) * span >> 32;
  return static_cast<int>(lo + static_cast<std::int64_t>(r));
}

std::size_t Random::Pick(std::span<const double> weights) {
  double total = 0;
  for (double w : weights) total += w;
  double x = Uniform() * total;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    if (x < weights[i]) return i;
    x -= weights[i];
  }
  // Rounding left x just above the last positive weight.
  for (std::size_t i = weights.size(); i-- > 0;) {
    if (weights[i] > 0) return i;
  }
  return 0;
}

double RoundTo(double value, int decimals) {
  double scale = 1;
  for (int i = 0; i < decimals; ++i) scale *= 10;
  const double scaled = value * scale;
  return (scaled < 0 ? -std::floor(-scaled + 0.5) : std::floor(scaled + 0.5)) / scale;
}

// Howard Hinnant's days_from_civil / civil_from_days (proleptic Gregorian).
int DaysFromCivil(const CalendarDate& date) {
  const int y = date.year - (date.month <= 2 ? 1 : 0);
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int mp = (date.month + 9) % 12;
  const int doy = (153 * mp + 2) / 5 + date.day - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CalendarDate CivilFromDays(int days) {
  days += 719468;
  const int era = (days >= 0 ? days : days - 146096) / 146097;
  const int doe = days - era * 146097;
  const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int mp = (5 * doy + 2) / 153;
  const int day = doy - (153 * mp + 2) / 5 + 1;
  const int month = mp < 10 ? mp + 3 : mp - 9;
  const int year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return {year, month, day};
}

CalendarDate OneYearBefore(const CalendarDate& date) {
  CalendarDate earlier{date.year - 1, date.month, date.day};
  if (!IsValidDate(earlier)) earlier.day = 28;
  return earlier;
}

}  // namespace kplan::cli::demo
