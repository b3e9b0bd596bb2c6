// The first pass of a year (microsim_year.hpp) with AVX2: eight persons at a
// time draw their numbers (four SplitMix64 numbers in the four 64-bit lanes,
// the 64-bit multiplies made of 32-bit ones) and look up their limits (a
// gather); those to whom nothing happens are packed together and stored at
// the write position, the others packed and stored in the list set aside.
// No branch but the loop's. Built
// for AVX2 whatever the compiler's target, and chosen at run time only on a
// processor that has it.

#include "microsim_year.hpp"

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>

namespace kplan::microsim {
namespace {

#define KPLAN_AVX2 __attribute__((target("avx2,popcnt,bmi")))

// For a mask of the persons who stay (bit j: lane j), their lanes first, in
// order: the permutation that packs them to the front.
struct PackTable {
  alignas(32) std::int32_t lanes[256][8];
  PackTable() {
    for (unsigned mask = 0; mask < 256; ++mask) {
      int next = 0;
      for (int j = 0; j < 8; ++j) {
        if (mask & (1u << j)) lanes[mask][next++] = j;
      }
      for (int j = next; j < 8; ++j) lanes[mask][j] = 0;
    }
  }
};
const PackTable kPack;

// a · b modulo 2^64 in each 64-bit lane.
KPLAN_AVX2 inline __m256i Multiply(__m256i a, std::uint64_t b) {
  const __m256i b_low = _mm256_set1_epi64x(static_cast<long long>(b & 0xFFFFFFFFull));
  const __m256i b_high = _mm256_set1_epi64x(static_cast<long long>(b >> 32));
  const __m256i cross = _mm256_add_epi64(_mm256_mul_epu32(_mm256_srli_epi64(a, 32), b_low), _mm256_mul_epu32(a, b_high));
  return _mm256_add_epi64(_mm256_mul_epu32(a, b_low), _mm256_slli_epi64(cross, 32));
}

// Stream::Mix in each 64-bit lane.
KPLAN_AVX2 inline __m256i Mix(__m256i z) {
  z = Multiply(_mm256_xor_si256(z, _mm256_srli_epi64(z, 30)), 0xBF58476D1CE4E5B9ull);
  z = Multiply(_mm256_xor_si256(z, _mm256_srli_epi64(z, 27)), 0x94D049BB133111EBull);
  return _mm256_xor_si256(z, _mm256_srli_epi64(z, 31));
}

KPLAN_AVX2 inline std::int64_t Sum(__m256i lanes) {
  alignas(32) std::uint32_t value[8];
  _mm256_store_si256(reinterpret_cast<__m256i*>(value), lanes);
  std::int64_t sum = 0;
  for (std::uint32_t v : value) sum += v;
  return sum;
}

}  // namespace

bool HasAvx2() {
  __builtin_cpu_init();
  return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("popcnt") && __builtin_cpu_supports("bmi");
}

KPLAN_AVX2 std::int64_t LiveOneYearAvx2(const YearLimits& year, Stream& stream, People& people, AsideList& aside,
                                        YearCounts& counts) {
  const std::size_t n = people.size();
  aside.Reserve(n);
  std::int32_t* keys = people.key.data();
  std::uint32_t* ftes = people.fte.data();
  const Stream start = stream;
  const std::uint64_t s0 = start.state();
  const std::uint64_t g = Stream::kGamma;
  __m256i state = _mm256_set_epi64x(static_cast<long long>(s0 + 4 * g), static_cast<long long>(s0 + 3 * g),
                                    static_cast<long long>(s0 + 2 * g), static_cast<long long>(s0 + g));
  const __m256i step = _mm256_set1_epi64x(static_cast<long long>(4 * g));
  const __m256i offset = _mm256_set1_epi32(static_cast<int>(year.offset));
  const __m256i sign = _mm256_set1_epi32(static_cast<int>(0x80000000u));
  const int* stay = reinterpret_cast<const int*>(year.stay);
  std::size_t kept = 0;
  std::size_t set_aside = 0;
  std::int64_t fte_sum = 0;
  __m256i fte_lanes = _mm256_setzero_si256();  // flushed before a lane could overflow
  std::size_t blocks_in_lanes = 0;
  std::size_t block = 0;
  for (; block + 8 <= n; block += 8) {
    // Lanes of 32 bits: low and high halves of the four numbers, persons block .. block + 7.
    const __m256i u = _mm256_srli_epi32(Mix(state), 1);
    state = _mm256_add_epi64(state, step);
    const __m256i key = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(keys + block));
    const __m256i fte = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(ftes + block));
    const __m256i limit = _mm256_i32gather_epi32(stay, _mm256_add_epi32(key, offset), 4);
    // u < limit, unsigned: compare with the sign bits flipped.
    const __m256i event = _mm256_cmpgt_epi32(_mm256_xor_si256(limit, sign), _mm256_xor_si256(u, sign));
    const auto events = static_cast<unsigned>(_mm256_movemask_ps(_mm256_castsi256_ps(event)));
    const unsigned staying = ~events & 0xFFu;
    const __m256i keep = _mm256_load_si256(reinterpret_cast<const __m256i*>(kPack.lanes[staying]));
    const __m256i away = _mm256_load_si256(reinterpret_cast<const __m256i*>(kPack.lanes[events]));
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(keys + kept), _mm256_permutevar8x32_epi32(key, keep));
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(ftes + kept), _mm256_permutevar8x32_epi32(fte, keep));
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(aside.key.data() + set_aside), _mm256_permutevar8x32_epi32(key, away));
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(aside.fte.data() + set_aside), _mm256_permutevar8x32_epi32(fte, away));
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(aside.u.data() + set_aside), _mm256_permutevar8x32_epi32(u, away));
    fte_lanes = _mm256_add_epi32(fte_lanes, _mm256_andnot_si256(event, fte));
    kept += static_cast<std::size_t>(__builtin_popcount(staying));
    set_aside += static_cast<std::size_t>(__builtin_popcount(events));
    if (++blocks_in_lanes == 65536) {
      fte_sum += Sum(fte_lanes);
      fte_lanes = _mm256_setzero_si256();
      blocks_in_lanes = 0;
    }
  }
  fte_sum += Sum(fte_lanes);
  SortPersons(year, start, block, n, keys, ftes, kept, fte_sum, aside, set_aside);
  LiveEvents(year, aside, set_aside, keys, ftes, kept, fte_sum, counts);
  people.Resize(kept);
  stream.Skip((n + 1) / 2);
  return fte_sum;
}

}  // namespace kplan::microsim

#else  // not x86-64 with GCC or Clang: the portable version only

namespace kplan::microsim {

bool HasAvx2() { return false; }

std::int64_t LiveOneYearAvx2(const YearLimits& year, Stream& stream, People& people, AsideList& aside,
                             YearCounts& counts) {
  return LiveOneYearScalar(year, stream, people, aside, counts);
}

}  // namespace kplan::microsim

#endif
