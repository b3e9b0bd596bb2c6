// One year of one category, as microsim_year.hpp states: the portable
// version and the choice between it and the AVX2 one.

#include "microsim_year.hpp"

namespace kplan::microsim {

std::int64_t LiveOneYearScalar(const YearLimits& year, Stream& stream, People& people, AsideList& aside,
                               YearCounts& counts) {
  const std::size_t n = people.size();
  aside.Reserve(n);
  std::size_t kept = 0;
  std::size_t set_aside = 0;
  std::int64_t fte_sum = 0;
  SortPersons(year, stream, 0, n, people.key.data(), people.fte.data(), kept, fte_sum, aside, set_aside);
  LiveEvents(year, aside, set_aside, people.key.data(), people.fte.data(), kept, fte_sum, counts);
  people.Resize(kept);
  stream.Skip((n + 1) / 2);
  return fte_sum;
}

std::int64_t LiveOneYear(const YearLimits& year, Stream& stream, People& people, AsideList& aside,
                         YearCounts& counts) {
  static const bool avx2 = HasAvx2();
  return avx2 ? LiveOneYearAvx2(year, stream, people, aside, counts)
              : LiveOneYearScalar(year, stream, people, aside, counts);
}

}  // namespace kplan::microsim
