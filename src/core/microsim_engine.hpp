#pragma once
// Private to the microsimulation: the model of one scenario compiled into flat
// arrays, and one run over it (microsimulation.hpp states the model).
//
// Per category, the staff is a list of groups (birth year, level, FTE) with a
// head count each. The list is ordered so that every move within a year (up a
// level, over to full time) goes to a group earlier in the list: a group
// that receives people this year has already drawn its own events, and nobody
// moves twice in one year. Recruits of year t go to groups made for them
// (birth year t − recruit age, each recruit level, the recruit FTE); groups
// that moves can reach are made up front, so a run never allocates.

#include <cstddef>
#include <vector>

#include "kplan/core/microsimulation.hpp"
#include "microsim_random.hpp"

namespace kplan::microsim {

// The figures kept per category, year and run.
enum Figure : std::size_t {
  kHeadcount,
  kFte,
  kRetirements,
  kLeavers,
  kPromotions,
  kToFullTime,
  kRecruitment,
  kRecruitmentGrowth,
  kRecruitmentRetirements,
  kRecruitmentTurnover,
  kFigureCount,
};

inline constexpr int kMaxAge = 130;  // rates are tabled by age 0..kMaxAge

struct CompiledCategory {
  // Groups, in the order described above.
  std::vector<int> birth_year;
  std::vector<double> fte;      // per head, as a fraction (0.75 for 75 %)
  std::vector<int> initial;     // heads today
  std::vector<int> level;       // −1 unknown
  std::vector<int> up;          // the group one level up (when its level has a rate), or −1
  std::vector<int> full;        // the same group at full time (when the scenario moves people), or −1
  std::vector<BinomialRate> promotion_rates;   // per level
  std::vector<BinomialRate> leave_by_age;      // [age], turnover after the scenario's factor

  // Recruits: year t (1..T) and recruit level j go to group
  // recruit_group[(t − 1) · recruit_split.size() + j]; recruit_split[j] is the
  // share of j among the recruits not given to an earlier level.
  std::vector<int> recruit_group;
  std::vector<BinomialRate> recruit_split;
  double recruit_fte = 1;

  std::vector<double> need;      // D'_t for t = 1..T, in FTE
  std::vector<double> increase;  // D_t − D_0 for t = 1..T (before other solutions)
  std::vector<double> other_solutions;  // α · max(0, D_t − D_0)
};

struct CompiledModel {
  int start_year = 0;
  int years = 0;
  std::vector<BinomialRate> retire_by_age;  // [age]
  BinomialRate full_time;
  std::vector<CompiledCategory> categories;

  // Figures one run writes: categories and the total, every year.
  std::size_t FiguresPerRun() const { return (categories.size() + 1) * static_cast<std::size_t>(years) * kFigureCount; }
  // Where figure f of year t (1..T) of category c (categories.size() for the
  // total) goes among a run's figures.
  std::size_t Index(std::size_t c, int t, Figure f) const {
    return (c * static_cast<std::size_t>(years) + static_cast<std::size_t>(t - 1)) * kFigureCount + f;
  }
};

// Requires ValidateSimulation(model, {scenario}, ...) to have passed.
CompiledModel Compile(const SimulationModel& model, const Scenario& scenario);

// Heads today per group of every category, concatenated: the start of a run.
std::vector<int> InitialState(const CompiledModel& model);

// One run from `state` (a copy of InitialState, overwritten). Figure i of the
// run is written to out[i * stride]: the caller keeps the runs of one figure
// next to each other.
void SimulateRun(const CompiledModel& model, Stream& stream, std::vector<int>& state, float* out,
                 std::size_t stride);

}  // namespace kplan::microsim
