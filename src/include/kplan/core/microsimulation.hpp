#pragma once
// Personalprognos, stochastic: a microsimulation of every employee-year, run
// many times, reported as bands (P10, P50, P90) per category and year, for
// several scenarios side by side.
//
// The model, for each category and year t = 1..T (calendar year y = start + t),
// and for each employee, in this order:
//   1. retires with the probability of the retirement table at the age
//      reached that year (age = y − birth year);
//   2. if not, leaves with the category's turnover rate for the age band
//      (−29, 30–39, 40–49, 50–59, 60−, as in key_figures.hpp);
//   3. if not, moves up one competence level with the category's promotion
//      rate for the current level (optional);
//   4. if not, and working part time, goes over to full time with the
//      scenario's rate (optional, "heltid som norm").
// Need follows a driver as in the deterministic projection, but in full-time
// equivalents (årsarbetare), so that more hours per head mean fewer heads:
//   D_t = D_0 · (1 + ε · (P_t / P_0 − 1)), never below 0, D_0 = today's FTE,
// less the scenario's share α of a positive increase covered by "other
// solutions" (seed 002: 30 %): D'_t = D_t − α · max(0, D_t − D_0).
// Vacancies are recruited: x = max(0, (D'_t − FTE of those who stay) / f_r)
// heads, where f_r is the FTE of a recruit (default: the category's mean FTE
// today); x is rounded to a whole person at random (up with probability equal
// to its fraction, so the mean is exactly x). Recruits join at the recruit age
// with the category's level mix of today (or a given mix).
//
// Split of the recruitment k of a year into its causes, with R retirements and
// L leavers that year: when k ≥ R + L, retirements R, turnover L and growth
// k − R − L; when k < R + L (the need fell, or those who stay work more),
// growth 0 and k shared between retirements and turnover in proportion to R
// and L.
//
// Sampling: every employee-year is drawn (one random number decides a
// person's year), so the cost grows linearly with employees, years and runs.
// Each run has its own random stream derived from the seed and the run's
// number, so a result depends on the seed only, never on the number of
// threads. Scenarios use the same streams (common random numbers), so
// differences between scenarios are not noise.
//
// Percentiles are linear between order statistics (numpy's default).
//
// When everybody works full time, promotion and full-time moves are off and
// the retirement table is RetirementTable::Step(pension age), the means of
// many runs converge to the deterministic projection (projection.hpp); the
// tests check this.

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

#include "kplan/core/error.hpp"
#include "kplan/core/projection.hpp"
#include "kplan/core/retirement_table.hpp"

namespace kplan {

// Employees who share everything the model looks at.
struct StaffGroup {
  int birth_year = 0;
  int level = -1;            // position on the competence scale, lowest 0; −1 unknown
  double fte_percent = 100;  // sysselsättningsgrad, above 0 and at most 100
  int count = 0;
};

// −29, 30–39, 40–49, 50–59, 60− (the age bands of key_figures.hpp).
inline constexpr std::size_t kTurnoverAgeBands = 5;
std::size_t TurnoverAgeBand(int age);

struct SimulationCategory {
  std::string name;
  std::vector<StaffGroup> staff;
  std::array<double, kTurnoverAgeBands> turnover{};  // yearly share leaving, 0–1, per age band
  std::vector<double> promotion;       // [l]: yearly share moving from level l to l + 1; empty: none
  std::vector<double> recruit_levels;  // share of recruits per level, summing to 1; empty: today's mix
  std::size_t driver = 0;              // index into SimulationModel::drivers
  double elasticity = 1;               // ε
  double monthly_salary = 0;           // kr per month and FTE; 0: cost not known
  double overhead = 0;                 // personnel overhead as a fraction

  double YearlyCostPerFte() const { return monthly_salary * 12.0 * (1.0 + overhead); }
};

struct SimulationModel {
  int start_year = 0;  // year 0: the year of today's staff
  int years = 10;      // T
  RetirementTable retirement = RetirementTable::Default();
  int recruit_age = 35;
  int levels = 0;  // levels on the competence scale; staff levels lie below it
  std::vector<DriverSeries> drivers;  // a series shorter than T + 1 is held at its last value
  std::vector<SimulationCategory> categories;
};

// A named set of changes to the model.
struct Scenario {
  std::string name;
  std::optional<RetirementTable> retirement;
  double turnover_factor = 1;              // multiplies every turnover rate (capped at 1)
  std::optional<double> promotion;         // replaces every promotion rate
  double full_time_rate = 0;               // yearly share of part-timers who go to full time
  double full_time_percent = 100;          // what "full time" means, in percent
  std::optional<double> recruit_fte_percent;  // FTE of a recruit; default: the mean of today
  double other_solutions_share = 0;        // α, 0–1
  std::optional<double> elasticity;        // replaces every category's ε
};

struct SimulationOptions {
  int runs = 1000;
  std::uint64_t seed = 1;
  int threads = 0;  // 0: every core of the machine
};

inline constexpr int kMaxSimulationRuns = 100000;
inline constexpr int kMaxSimulationYears = 50;
inline constexpr int kMaxSimulationScenarios = 10;
inline constexpr int kMaxSimulationLevels = 30;
// Runs × (categories + 1) × years × figures kept at once (4 bytes each);
// beyond it the request is refused with kTooLarge (256 MB).
inline constexpr double kMaxSimulationValues = 64e6;

// Mean and percentiles over the runs.
struct Band {
  double mean = 0;
  double p10 = 0;
  double p50 = 0;
  double p90 = 0;
};

struct SimulationYear {
  int year = 0;
  double need_fte = 0;             // D'_t: the need recruitment works to
  double other_solutions_fte = 0;  // α · max(0, D_t − D_0)
  double increase_fte = 0;         // D_t − D_0
  double cost_of_increase = 0;     // (D_t − D_0) · yearly cost per FTE, kr
  Band headcount;                  // at the end of the year
  Band fte;
  Band retirements;
  Band leavers;
  Band promotions;
  Band to_full_time;
  Band recruitment;
  Band recruitment_growth;
  Band recruitment_retirements;
  Band recruitment_turnover;
};

// Sums over the whole period, run by run, as bands.
struct SimulationPeriod {
  Band retirements;
  Band leavers;
  Band recruitment;
};

struct SimulationSeries {
  std::string name;
  int headcount = 0;  // today
  double fte = 0;     // today
  std::vector<SimulationYear> years;
  SimulationPeriod period;
};

struct ScenarioResult {
  std::string name;
  std::vector<SimulationSeries> categories;
  SimulationSeries total;  // bands of the per-run totals, not sums of bands
};

struct SimulationResult {
  int runs = 0;
  std::uint64_t seed = 0;
  int threads = 0;  // threads used
  std::vector<ScenarioResult> scenarios;
};

// Called from the calling thread, at most about ten times a second and once
// at the end: runs done and runs in all (over every scenario).
using SimulationProgress = std::function<void(std::int64_t done, std::int64_t total)>;

// Checks the model, the scenarios (at least one, names unique and non-empty)
// and the options. Errors name the category, scenario or field.
Status ValidateSimulation(const SimulationModel& model, const std::vector<Scenario>& scenarios,
                          const SimulationOptions& options);

// Runs every scenario on every thread. A stop request ends the work within a
// run or so and returns an Error with rule "cancelled" (code kUnavailable).
Result<SimulationResult> RunSimulation(const SimulationModel& model,
                                       const std::vector<Scenario>& scenarios,
                                       const SimulationOptions& options,
                                       const SimulationProgress& progress = {},
                                       std::stop_token stop = {});

// The value at quantile q (0–1) of `values`, linear between order statistics;
// reorders `values`. Requires a non-empty span.
double Quantile(std::vector<float>& values, double q);

}  // namespace kplan
