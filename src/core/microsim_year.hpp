#pragma once
// Private to the microsimulation: one year of one category's employees, the
// loop all the time goes into.
//
// The employees are two arrays: a key (class − birth year · classes, so that
// a person's limits in a year are at year offset + key, and moving up (+2)
// or to full time (−1) changes the key alone) and the FTE. A person's year
// is decided by a 31-bit number u against the limits of EventThresholds.
// Person i of the year takes the low (even i) or high (odd i) 32 bits of the
// (i / 2 + 1)-th number of the stream, shifted right by one.
//
// Two passes. The first writes those to whom nothing happens (u ≥ any,
// nearly everybody) back at the write position, in their order, and sets the
// others aside with their number; the write position never passes the
// person being read. The second goes through those set aside, in their
// order: who retires or leaves is counted and dropped, who moves up or goes
// over to full time is changed and written back after the others. No branch
// depends on a random number: which event happens is random, and a branch on
// it would often be mispredicted. The AVX2 version does the first pass for
// eight persons at once; both versions give the same result, number for
// number.

#include <cstddef>
#include <cstdint>
#include <vector>

#include "microsim_random.hpp"

namespace kplan::microsim {

struct People {
  std::vector<std::int32_t> key;
  std::vector<std::uint32_t> fte;  // in hundredths of a percent: 7500 for 75 %

  std::size_t size() const { return key.size(); }
  void Resize(std::size_t n) {
    key.resize(n);
    fte.resize(n);
  }
  void Assign(const People& other) {
    key.assign(other.key.begin(), other.key.end());
    fte.assign(other.fte.begin(), other.fte.end());
  }
  void Append(std::int32_t k, std::uint32_t f, std::size_t count) {
    key.insert(key.end(), count, k);
    fte.insert(fte.end(), count, f);
  }
};

// Those set aside in the first pass (scratch space of one thread).
struct AsideList {
  std::vector<std::int32_t> key;
  std::vector<std::uint32_t> fte;
  std::vector<std::uint32_t> u;

  void Reserve(std::size_t n) {
    if (key.size() < n + 8) {
      key.resize(n + 8);
      fte.resize(n + 8);
      u.resize(n + 8);
    }
  }
};

struct YearCounts {
  long long retirements = 0;
  long long leavers = 0;
  long long promotions = 0;
  long long to_full_time = 0;
};

// The limits of one category in one year: person with key k has
// stay[offset + k] and limits[offset + k]; every index is within the tables.
struct YearLimits {
  const std::uint32_t* stay = nullptr;  // the `any` limit of each entry of `limits`
  const EventThresholds* limits = nullptr;
  std::int64_t offset = 0;
  std::uint32_t full_time_fte = 10000;
};

// One year, in place: the people who stay (shorter, changed), the counts
// added to `counts`, the stream moved past the numbers used. Returns the FTE
// of those who stay. Uses AVX2 when the processor has it.
std::int64_t LiveOneYear(const YearLimits& year, Stream& stream, People& people, AsideList& aside,
                         YearCounts& counts);

// The two versions, for the test that they agree.
std::int64_t LiveOneYearScalar(const YearLimits& year, Stream& stream, People& people, AsideList& aside,
                               YearCounts& counts);
bool HasAvx2();
std::int64_t LiveOneYearAvx2(const YearLimits& year, Stream& stream, People& people, AsideList& aside,
                             YearCounts& counts);

// The event part of a block, shared by both versions: person (key, fte) with
// number u, to whom something happens. Without branches (which event it is,
// is random): 3 retires, 2 leaves, 1 moves up, 0 goes over to full time; the
// person is written at the write position, which advances only for those who
// stay.
inline void LiveEvent(const YearLimits& year, std::int32_t key, std::uint32_t fte, std::uint32_t u,
                      std::int32_t* keys, std::uint32_t* ftes, std::size_t& kept, std::int64_t& fte_sum,
                      long long* by_event) {
  const EventThresholds& limit = year.limits[year.offset + key];
  const unsigned event = static_cast<unsigned>(u < limit.retire) + static_cast<unsigned>(u < limit.leave) +
                         static_cast<unsigned>(u < limit.up);
  ++by_event[event];
  const bool stays = event < 2;
  keys[kept] = key + (event == 1 ? 2 : 0) - (event == 0 ? 1 : 0);
  const std::uint32_t after = event == 0 ? year.full_time_fte : fte;
  ftes[kept] = after;
  kept += stays ? 1 : 0;
  fte_sum += stays ? after : 0;
}

// Adds the counts of LiveEvent's by_event to `counts`.
inline void AddEventCounts(const long long* by_event, YearCounts& counts) {
  counts.to_full_time += by_event[0];
  counts.promotions += by_event[1];
  counts.leavers += by_event[2];
  counts.retirements += by_event[3];
}

// The 31-bit number of person i of a year whose numbers start after `start`.
inline std::uint32_t NumberOf(const Stream& start, std::size_t i) {
  const std::uint64_t bits = start.Peek(i / 2 + 1);
  return (i % 2 == 0 ? static_cast<std::uint32_t>(bits) : static_cast<std::uint32_t>(bits >> 32)) >> 1;
}

// The first pass for persons from..n, one at a time.
inline void SortPersons(const YearLimits& year, const Stream& start, std::size_t from, std::size_t n,
                        std::int32_t* keys, std::uint32_t* ftes, std::size_t& kept, std::int64_t& fte_sum,
                        AsideList& aside, std::size_t& set_aside) {
  for (std::size_t i = from; i < n; ++i) {
    const std::int32_t key = keys[i];
    const std::uint32_t fte = ftes[i];
    const std::uint32_t u = NumberOf(start, i);
    const bool event = u < year.stay[year.offset + key];
    keys[kept] = key;
    ftes[kept] = fte;
    aside.key[set_aside] = key;
    aside.fte[set_aside] = fte;
    aside.u[set_aside] = u;
    kept += event ? 0 : 1;
    fte_sum += event ? 0 : fte;
    set_aside += event ? 1 : 0;
  }
}

// The second pass: those set aside, in order.
inline void LiveEvents(const YearLimits& year, const AsideList& aside, std::size_t set_aside, std::int32_t* keys,
                       std::uint32_t* ftes, std::size_t& kept, std::int64_t& fte_sum, YearCounts& counts) {
  long long by_event[4] = {0, 0, 0, 0};
  for (std::size_t k = 0; k < set_aside; ++k) {
    LiveEvent(year, aside.key[k], aside.fte[k], aside.u[k], keys, ftes, kept, fte_sum, by_event);
  }
  AddEventCounts(by_event, counts);
}

}  // namespace kplan::microsim
