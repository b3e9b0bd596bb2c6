#pragma once
// Private to the microsimulation: a fast random stream and binomial draws.
//
// Stream: SplitMix64 (java.util.SplittableRandom's generator; passes
// BigCrush), started from (seed, run), so every run has its own stream
// whatever thread runs it.
//
// A person's year is decided by one 31-bit number (EventThresholds below).
//
// Binomial(n, p), which splits a year's recruits over the competence levels:
// by inversion (walking the distribution from 0; expected steps about n·p)
// when n·min(p, 1 − p) is small, and by the standard library's exact
// rejection sampler otherwise. p above one half is
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
  static constexpr std::uint64_t kGamma = 0x9E3779B97F4A7C15ull;

  Stream(std::uint64_t seed, std::uint64_t run) : state_(Mix(seed ^ (run * 0xD1B54A32D192ED03ull))) {}

  result_type operator()() {
    state_ += kGamma;
    return Mix(state_);
  }

  // SplitMix64 is a counter passed through a mixing function, so any number
  // of the stream can be computed directly: Peek(k) is what the k-th call
  // from here (k ≥ 1) returns, and Skip(k) moves past k numbers. The
  // employee-years of a year are drawn this way, several at once.
  result_type Peek(std::uint64_t k) const { return Mix(state_ + k * kGamma); }
  void Skip(std::uint64_t k) { state_ += k * kGamma; }
  std::uint64_t state() const { return state_; }

  // Uniform in [0, 1), 53 random bits.
  double Uniform() { return static_cast<double>((*this)() >> 11) * 0x1.0p-53; }

  // 31 random bits.
  std::uint32_t Next31() { return static_cast<std::uint32_t>((*this)() >> 33); }

  // The mixing function of SplitMix64 (Steele, Lea and Flood 2014; the
  // constants of Stafford's "Mix13").
  static std::uint64_t Mix(std::uint64_t z) {
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }

 private:
  std::uint64_t state_;
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

// The events of one person's year as ranges of a 31-bit number u: retire
// below `retire`, else leave below `leave`, else move up below `up`, else go
// over to full time below `any`, else (u ≥ any, the common case) stay. The
// ranges have the probabilities p_r, (1 − p_r)·p_l, (1 − p_r)(1 − p_l)·p_u and
// (1 − p_r)(1 − p_l)(1 − p_u)·p_f: the same as drawing the events one after
// the other. 31 bits, so that a probability of 1 (2^31) fits the limits; the
// resolution, 2^−31, is far below any rate that matters here.
struct EventThresholds {
  std::uint32_t any = 0;
  std::uint32_t retire = 0;
  std::uint32_t leave = 0;
  std::uint32_t up = 0;

  static EventThresholds Of(double p_retire, double p_leave, double p_up, double p_full) {
    EventThresholds t;
    double edge = p_retire;
    t.retire = Limit(edge);
    double rest = 1.0 - p_retire;
    edge += rest * p_leave;
    t.leave = Limit(edge);
    rest *= 1.0 - p_leave;
    edge += rest * p_up;
    t.up = Limit(edge);
    rest *= 1.0 - p_up;
    edge += rest * p_full;
    t.any = Limit(edge);
    return t;
  }

 private:
  static std::uint32_t Limit(double p) {
    const double x = p * 2147483648.0;  // 2^31
    return x >= 2147483648.0 ? 2147483648u : static_cast<std::uint32_t>(x + 0.5);
  }
};

}  // namespace kplan::microsim
