// The deterministic staffing projection at the size of Stockholm city:
// 50,000 employees over 10 years, from the raw birth years (aggregation
// included), as one category and as 40 categories sharing the staff.

#include <benchmark/benchmark.h>

#include <random>

#include "kplan/core/projection.hpp"

namespace kplan {
namespace {

std::vector<int> BirthYears(int employees) {
  std::mt19937 random(50000);
  std::uniform_int_distribution<int> birth_year(1957, 2005);
  std::vector<int> years(static_cast<std::size_t>(employees));
  for (int& year : years) year = birth_year(random);
  return years;
}

ProjectionInput Settings(int categories) {
  ProjectionInput input;
  input.settings = {2024, 10, 67, 35, 0.3};
  DriverSeries population{"Befolkning", {}};
  for (int t = 0; t <= 10; ++t) population.values.push_back(1e6 * (1 + 0.012 * t));
  input.drivers.push_back(population);
  for (int c = 0; c < categories; ++c) {
    ProjectionCategory category;
    category.name = "Kategori " + std::to_string(c + 1);
    category.turnover = 0.08 + 0.001 * c;
    category.monthly_salary = 35000;
    category.overhead = 0.52;
    input.categories.push_back(category);
  }
  return input;
}

void BM_Projection(benchmark::State& state) {
  const std::vector<int> employees = BirthYears(static_cast<int>(state.range(0)));
  const auto categories = static_cast<std::size_t>(state.range(1));
  const std::size_t share = employees.size() / categories;
  for (auto _ : state) {
    ProjectionInput input = Settings(static_cast<int>(categories));
    for (std::size_t c = 0; c < categories; ++c) {
      input.categories[c].staff =
          AgeCohorts::FromBirthYears(std::span<const int>(employees).subspan(c * share, share));
    }
    ProjectionResult result = ProjectStaffing(input);
    benchmark::DoNotOptimize(result);
  }
  state.counters["employees"] = static_cast<double>(state.range(0));
}
BENCHMARK(BM_Projection)->Args({50000, 1})->Args({50000, 40})->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace kplan
