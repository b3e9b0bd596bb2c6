// The stochastic staffing projection (microsimulation) at the size of
// Stockholm city: 50,000 employees in 40 categories, 10 years, 1,000 runs,
// on one thread and on two. Target (issue 8): under 3 s on two cores.
//
// The model has the shape of bench/reference/microsim_input.py (which
// bench/simulation_bench.sh feeds to kplan and to the numpy and plain Python
// references, with the curves in employees and runs); it is built here in
// C++ so that this benchmark needs no files.

#include <benchmark/benchmark.h>

#include <random>

#include "kplan/core/microsimulation.hpp"

namespace kplan {
namespace {

SimulationModel BenchModel(int employees, int categories) {
  SimulationModel model;
  model.start_year = 2024;
  model.years = 10;
  model.levels = 4;
  DriverSeries population{"Befolkning", {}};
  for (int t = 0; t <= 10; ++t) population.values.push_back(1e6 * (1 + 0.012 * t));
  model.drivers.push_back(population);
  std::mt19937 random(50000);
  std::uniform_int_distribution<int> birth_year(1957, 2005);
  std::discrete_distribution<int> level({0.15, 0.40, 0.35, 0.10});
  std::discrete_distribution<int> fte({0.70, 0.05, 0.12, 0.08, 0.05});
  const double ftes[] = {100, 50, 75, 80, 90};
  for (int c = 0; c < categories; ++c) {
    SimulationCategory category;
    category.name = "Kategori " + std::to_string(c + 1);
    const double scale = 0.8 + 0.01 * c;
    category.turnover = {0.14 * scale, 0.10 * scale, 0.07 * scale, 0.05 * scale, 0.04 * scale};
    category.promotion = {0.08, 0.05, 0.03};
    category.monthly_salary = 35000;
    category.overhead = 0.52;
    model.categories.push_back(category);
  }
  for (int i = 0; i < employees; ++i) {
    model.categories[static_cast<std::size_t>(i % categories)].staff.push_back(
        {birth_year(random), level(random), ftes[fte(random)], 1});
  }
  return model;
}

void BM_Simulation(benchmark::State& state) {
  const SimulationModel model = BenchModel(static_cast<int>(state.range(0)), 40);
  Scenario base;
  base.name = "Bas";
  const SimulationOptions options{static_cast<int>(state.range(1)), 1, static_cast<int>(state.range(2))};
  for (auto _ : state) {
    auto result = RunSimulation(model, {base}, options);
    if (!result.ok()) state.SkipWithError(result.error().Describe().c_str());
    benchmark::DoNotOptimize(result);
  }
  state.counters["employees"] = static_cast<double>(state.range(0));
  state.counters["runs"] = static_cast<double>(state.range(1));
  state.counters["threads"] = static_cast<double>(state.range(2));
  state.counters["employee_years_per_s"] = benchmark::Counter(
      static_cast<double>(state.range(0)) * 10.0 * static_cast<double>(state.range(1)),
      benchmark::Counter::kIsIterationInvariantRate);
}
// The case on one core and on two.
BENCHMARK(BM_Simulation)->Args({50000, 1000, 1})->Args({50000, 1000, 2})->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
}  // namespace kplan
