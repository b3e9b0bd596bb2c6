// RunSimulation: the scenarios one after another, the runs of each spread over
// the threads in chunks, progress and stop requests handled by the calling
// thread, and the bands computed from every run's figures.

#include "kplan/core/microsimulation.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "microsim_engine.hpp"

namespace kplan {

using microsim::CompiledModel;
using microsim::Figure;

std::size_t TurnoverAgeBand(int age) {
  if (age < 30) return 0;
  if (age < 40) return 1;
  if (age < 50) return 2;
  if (age < 60) return 3;
  return 4;
}

double Quantile(std::vector<float>& values, double q) {
  const double h = (static_cast<double>(values.size()) - 1.0) * std::clamp(q, 0.0, 1.0);
  const auto lo = static_cast<std::size_t>(h);
  std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(lo), values.end());
  const double low = values[lo];
  if (lo + 1 >= values.size()) return low;
  const double high = *std::min_element(values.begin() + static_cast<std::ptrdiff_t>(lo) + 1, values.end());
  return low + (h - static_cast<double>(lo)) * (high - low);
}

namespace {

constexpr int kRunsPerChunk = 16;  // runs a thread takes at a time (whole cache lines of figures)

// The value at h = (n − 1)·q of values[first, last), which hold the order
// statistics first..last − 1 in some order: linear between the two around h.
double OrderStatistic(std::vector<float>& values, std::size_t first, std::size_t last, double h) {
  const auto lo = static_cast<std::size_t>(h);
  const auto begin = values.begin();
  std::nth_element(begin + static_cast<std::ptrdiff_t>(first), begin + static_cast<std::ptrdiff_t>(lo),
                   begin + static_cast<std::ptrdiff_t>(last));
  const double low = values[lo];
  if (lo + 1 >= last) return low;
  const double high = *std::min_element(begin + static_cast<std::ptrdiff_t>(lo) + 1, begin + static_cast<std::ptrdiff_t>(last));
  return low + (h - static_cast<double>(lo)) * (high - low);
}

// Mean, P10, P50 and P90 of one figure over the runs: the median first, then
// P10 among the lower half and P90 among the upper (each partition smaller).
Band BandOf(const std::vector<float>& all, std::size_t figure, std::size_t runs, std::vector<float>& scratch) {
  const float* first = all.data() + figure * runs;
  scratch.assign(first, first + runs);
  double sum = 0;
  for (float v : scratch) sum += v;
  Band band;
  band.mean = sum / static_cast<double>(runs);
  const double n = static_cast<double>(runs) - 1.0;
  const auto middle = static_cast<std::size_t>(n * 0.5);
  if (runs < 20) {
    band.p10 = Quantile(scratch, 0.10);
    band.p50 = Quantile(scratch, 0.50);
    band.p90 = Quantile(scratch, 0.90);
    return band;
  }
  band.p50 = OrderStatistic(scratch, 0, runs, n * 0.5);
  band.p10 = OrderStatistic(scratch, 0, middle + 1, n * 0.1);
  band.p90 = OrderStatistic(scratch, middle + 1, runs, n * 0.9);
  return band;
}

SimulationSeries Summarise(const CompiledModel& compiled, std::size_t c, const std::string& name,
                           const std::vector<float>& values, std::size_t runs,
                           const std::vector<double>& yearly_cost) {
  SimulationSeries series;
  series.name = name;
  const bool total = c == compiled.categories.size();
  for (std::size_t k = 0; k < compiled.categories.size(); ++k) {
    if (!total && k != c) continue;
    const microsim::People& people = compiled.categories[k].initial;
    series.headcount += static_cast<int>(people.size());
    for (std::uint32_t f : people.fte) series.fte += f / microsim::kFullTime;
  }
  std::vector<float> scratch;
  for (int t = 1; t <= compiled.years; ++t) {
    SimulationYear y;
    y.year = compiled.start_year + t;
    for (std::size_t k = 0; k < compiled.categories.size(); ++k) {
      if (!total && k != c) continue;
      const microsim::CompiledCategory& cat = compiled.categories[k];
      const auto i = static_cast<std::size_t>(t - 1);
      y.need_fte += cat.need[i];
      y.increase_fte += cat.increase[i];
      y.other_solutions_fte += cat.other_solutions[i];
      y.cost_of_increase += cat.increase[i] * yearly_cost[k];
    }
    auto band = [&](Figure f) { return BandOf(values, compiled.Index(c, t, f), runs, scratch); };
    y.headcount = band(microsim::kHeadcount);
    y.fte = band(microsim::kFte);
    y.retirements = band(microsim::kRetirements);
    y.leavers = band(microsim::kLeavers);
    y.promotions = band(microsim::kPromotions);
    y.to_full_time = band(microsim::kToFullTime);
    y.recruitment = band(microsim::kRecruitment);
    y.recruitment_growth = band(microsim::kRecruitmentGrowth);
    y.recruitment_retirements = band(microsim::kRecruitmentRetirements);
    y.recruitment_turnover = band(microsim::kRecruitmentTurnover);
    series.years.push_back(y);
  }
  auto period = [&](Figure f) {
    std::vector<float> sums(runs, 0.0f);
    for (int t = 1; t <= compiled.years; ++t) {
      const float* first = values.data() + compiled.Index(c, t, f) * runs;
      for (std::size_t r = 0; r < runs; ++r) sums[r] += first[r];
    }
    return BandOf(sums, 0, runs, scratch);
  };
  series.period.retirements = period(microsim::kRetirements);
  series.period.leavers = period(microsim::kLeavers);
  series.period.recruitment = period(microsim::kRecruitment);
  return series;
}

Error Cancelled() {
  return Error(ErrorCode::kUnavailable, "prognosen avbröts", "the projection was cancelled")
      .WithRule("cancelled");
}

// What the scenarios' runs share: the run options, the progress over all scenarios and the
// cancellation.
struct RunControl {
  const SimulationOptions& options;
  int threads;
  int chunks;
  std::int64_t all_runs;
  const SimulationProgress& progress;
  std::stop_token stop;
  std::atomic<std::int64_t> done{0};
  std::atomic<bool> cancel{false};
  std::chrono::steady_clock::time_point last_report = std::chrono::steady_clock::now();
};

// On the calling thread while the workers run: passes a stop request on and reports progress at
// most every 100 ms.
void WatchRuns(RunControl& rc, std::mutex& mutex, std::condition_variable& finished, const int& running) {
  std::unique_lock lock(mutex);
  while (running > 0) {
    finished.wait_for(lock, std::chrono::milliseconds(20));
    if (rc.stop.stop_requested()) rc.cancel = true;
    const auto now = std::chrono::steady_clock::now();
    if (rc.progress && now - rc.last_report >= std::chrono::milliseconds(100)) {
      rc.last_report = now;
      lock.unlock();
      rc.progress(rc.done.load(), rc.all_runs);
      lock.lock();
    }
  }
}

// All runs of one compiled scenario, chunks handed out to the threads; the figures of run r go
// to values[index * runs + r]. False when cancelled.
bool RunScenario(const CompiledModel& compiled, RunControl& rc, std::vector<float>& values) {
  const SimulationOptions& options = rc.options;
  const auto runs = static_cast<std::size_t>(options.runs);
  std::atomic<int> next_chunk{0};
  std::mutex mutex;
  std::condition_variable finished;
  int running = rc.threads;

  auto work = [&] {
    microsim::People people;
    for (;;) {
      const int chunk = next_chunk.fetch_add(1);
      if (chunk >= rc.chunks || rc.cancel.load(std::memory_order_relaxed)) break;
      const int end = std::min(options.runs, (chunk + 1) * kRunsPerChunk);
      for (int run = chunk * kRunsPerChunk; run < end; ++run) {
        if (rc.cancel.load(std::memory_order_relaxed)) break;
        microsim::Stream stream(options.seed, static_cast<std::uint64_t>(run));
        microsim::SimulateRun(compiled, stream, people, values.data() + run, runs);
        rc.done.fetch_add(1, std::memory_order_relaxed);
      }
    }
    std::lock_guard lock(mutex);
    if (--running == 0) finished.notify_all();
  };
  std::vector<std::thread> pool;
  for (int i = 0; i < rc.threads; ++i) pool.emplace_back(work);
  WatchRuns(rc, mutex, finished, running);
  for (std::thread& t : pool) t.join();
  return !(rc.cancel || rc.stop.stop_requested());
}

ScenarioResult SummariseScenario(const SimulationModel& model, const Scenario& scenario,
                                 const CompiledModel& compiled, const std::vector<float>& values,
                                 std::size_t runs, const std::vector<double>& yearly_cost) {
  ScenarioResult summary;
  summary.name = scenario.name;
  for (std::size_t c = 0; c < model.categories.size(); ++c) {
    summary.categories.push_back(Summarise(compiled, c, model.categories[c].name, values, runs, yearly_cost));
  }
  summary.total = Summarise(compiled, model.categories.size(), "Totalt", values, runs, yearly_cost);
  return summary;
}

}  // namespace

Result<SimulationResult> RunSimulation(const SimulationModel& model, const std::vector<Scenario>& scenarios,
                                       const SimulationOptions& options, const SimulationProgress& progress,
                                       std::stop_token stop) {
  if (Status valid = ValidateSimulation(model, scenarios, options); !valid) return valid.error();
  const auto runs = static_cast<std::size_t>(options.runs);
  const int cores = std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
  const int chunks = (options.runs + kRunsPerChunk - 1) / kRunsPerChunk;
  const int threads = std::min(options.threads > 0 ? options.threads : cores, chunks);

  SimulationResult result;
  result.runs = options.runs;
  result.seed = options.seed;
  result.threads = threads;
  const std::int64_t all_runs = static_cast<std::int64_t>(options.runs) * static_cast<std::int64_t>(scenarios.size());
  RunControl rc{options, threads, chunks, all_runs, progress, stop};
  std::vector<double> yearly_cost;
  for (const SimulationCategory& c : model.categories) yearly_cost.push_back(c.YearlyCostPerFte());

  for (const Scenario& scenario : scenarios) {
    if (stop.stop_requested()) return Cancelled();
    const CompiledModel compiled = microsim::Compile(model, scenario);
    std::vector<float> values(compiled.FiguresPerRun() * runs);
    if (!RunScenario(compiled, rc, values)) return Cancelled();
    result.scenarios.push_back(SummariseScenario(model, scenario, compiled, values, runs, yearly_cost));
  }
  if (progress) progress(all_runs, all_runs);
  return result;
}

}  // namespace kplan
