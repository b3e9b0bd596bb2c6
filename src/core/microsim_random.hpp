#pragma once
// Private to the microsimulation: a fast random stream and binomial draws.
//
// Stream: xoshiro256++ (Blackman and Vigna), seeded through splitmix64 from
// (seed, run), so every run has its own stream whatever thread runs it.
//
// Binomial(n, p): by inversion (walking the distribution from 0; expected
// steps about n·p) when n·min(p, 1 − p) is small, which is nearly always the
// case here (groups of a few people, rates of a few percent), and by the
// standard library's exact rejection sampler otherwise. p above one half is
// drawn as n − Binomial(n, 1 − p). Everything that depends on p only is
// computed once per rate (BinomialRate), not per draw.

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <random>

namespace kplan::microsim {

class Stream {
 public:
  using result_type = std::uint64_t;
  static constexpr result_type min() { return 0; }
  static constexpr result_type max() { return std::numeric_limits<result_type>::max(); }

  Stream(std::uint64_t seed, std::uint64_t run) {
    std::uint64_t x = seed ^ (run * 0xD1B54A32D192ED03ull);
    for (auto& word : s_) word = SplitMix(x);
  }

  result_type operator()() {
    const std::uint64_t result = Rotl(s_[0] + s_[3], 23) + s_[0];
    const std::uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = Rotl(s_[3], 45);
    return result;
  }

  // Uniform in [0, 1), 53 random bits.
  double Uniform() { return static_cast<double>((*this)() >> 11) * 0x1.0p-53; }

 private:
  static std::uint64_t Rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  static std::uint64_t SplitMix(std::uint64_t& x) {
    std::uint64_t z = (x += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }

  std::uint64_t s_[4];
};

// A probability prepared for binomial draws.
class BinomialRate {
 public:
  BinomialRate() = default;
  explicit BinomialRate(double p) : p_(p) {
    flip_ = p > 0.5;
    const double small = flip_ ? 1.0 - p : p;
    small_ = small;
    if (small > 0 && small < 1) {
      log_q_ = std::log1p(-small);
      odds_ = small / (1.0 - small);
    }
  }

  double p() const { return p_; }

  // Binomial(n, p) for n ≥ 0.
  int Draw(Stream& stream, int n) const {
    if (n <= 0 || p_ <= 0) return 0;
    if (p_ >= 1) return n;
    const int x = DrawSmall(stream, n);
    return flip_ ? n - x : x;
  }

 private:
  // Binomial(n, small_) with 0 < small_ ≤ 1/2.
  int DrawSmall(Stream& stream, int n) const {
    const double mean = n * small_;
    if (mean >= kInversionLimit) {
      std::binomial_distribution<int> exact(n, small_);
      return exact(stream);
    }
    // Inversion: P(0) = q^n, P(x) = P(x − 1) · ((n + 1) · odds / x − odds).
    const double a = (n + 1) * odds_;
    // Beyond this bound the remaining tail is below rounding; start over
    // rather than walk on (as numpy's binomial_inversion does).
    const double bound = std::min<double>(n, mean + 10.0 * std::sqrt(mean * (1.0 - small_) + 1.0));
    const double p0 = std::exp(n * log_q_);
    for (;;) {
      double u = stream.Uniform();
      double px = p0;
      int x = 0;
      while (u > px) {
        u -= px;
        ++x;
        if (x > bound) break;
        px *= a / x - odds_;
      }
      if (x <= bound) return x;
    }
  }

  static constexpr double kInversionLimit = 30.0;

  double p_ = 0;
  double small_ = 0;
  double log_q_ = 0;
  double odds_ = 0;
  bool flip_ = false;
};

}  // namespace kplan::microsim
