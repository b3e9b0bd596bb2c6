#pragma once
// Private to the microsimulation: the model of one scenario compiled into flat
// arrays, and one run over it (microsimulation.hpp states the model).
//
// Every employee is a key (birth year and class in one number) and an FTE
// (People, microsim_year.hpp). The class is the competence level and whether
// the person works part time in a scenario that moves part-timers to full
// time. Each year one 31-bit random number per person decides between
// staying, retiring, leaving, moving up a level and going over to full time,
// against limits looked up by age and class (EventThresholds); recruits are
// appended. The cost is a couple of nanoseconds per employee-year, linear in
// employees, years and runs.

#include <cstddef>
#include <cstdint>
#include <vector>

#include "kplan/core/microsimulation.hpp"
#include "microsim_random.hpp"
#include "microsim_year.hpp"

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


// The class of a person: level + 1 (0 for an unknown level) times two, plus
// one for a part-timer the scenario may move to full time. A model with L
// levels has (L + 1) · 2 classes.
inline std::int32_t ClassOf(int level, bool part_time) { return (level + 1) * 2 + (part_time ? 1 : 0); }
inline constexpr int kMaxLevels = kMaxSimulationLevels;

inline constexpr double kFullTime = 10000;  // 100 % in People::fte units

struct CompiledCategory {
  People initial;
  int classes = 2;
  // Limits for the ages first_age..last_age, which are all the ages anyone
  // can have in a year: the staff's in the first year, recruits' from the
  // year after they join, and nobody is left after the retirement table's
  // last age. `stay` (the `any` limit, all the common case reads) apart from
  // the rest, so that it stays in the first-level cache.
  int first_age = 0;
  int last_age = 0;
  std::vector<std::uint32_t> stay;         // [(age − first_age) · classes + class]
  std::vector<EventThresholds> limits;     // the same index

  // A person's key (microsim_year.hpp).
  std::int32_t KeyOf(int birth_year, std::int32_t klass) const { return klass - birth_year * classes; }

  // Recruits: level mix[j] with the share recruit_split[j] of the recruits not
  // given to an earlier level; recruit_class[j] their class.
  std::vector<BinomialRate> recruit_split;
  std::vector<std::int32_t> recruit_class;
  std::uint32_t recruit_fte = 10000;

  std::uint32_t full_time_fte = 10000;  // what a part-timer's FTE becomes
  std::vector<double> need;  // D'_t for t = 1..T, in FTE
  std::vector<double> increase;         // D_t − D_0 for t = 1..T (before other solutions)
  std::vector<double> other_solutions;  // α · max(0, D_t − D_0)
};

struct CompiledModel {
  int start_year = 0;
  int years = 0;
  int recruit_age = 35;
  std::vector<CompiledCategory> categories;

  // Figures one run writes: categories and the total, every year.
  std::size_t FiguresPerRun() const {
    return (categories.size() + 1) * static_cast<std::size_t>(years) * kFigureCount;
  }
  // Where figure f of year t (1..T) of category c (categories.size() for the
  // total) goes among a run's figures.
  std::size_t Index(std::size_t c, int t, Figure f) const {
    return (c * static_cast<std::size_t>(years) + static_cast<std::size_t>(t - 1)) * kFigureCount + f;
  }
};

// Requires ValidateSimulation(model, {scenario}, ...) to have passed.
CompiledModel Compile(const SimulationModel& model, const Scenario& scenario);

// One run. `people` is scratch space kept between runs.
// Figure i of the run is written to out[i * stride]: the caller keeps the
// runs of one figure next to each other.
void SimulateRun(const CompiledModel& model, Stream& stream, People& people, float* out,
                 std::size_t stride);

}  // namespace kplan::microsim
