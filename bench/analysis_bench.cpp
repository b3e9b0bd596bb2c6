// Gap analysis at the size of a large administration: 500 occupational
// categories, 4 levels, 3 horizons, with last year's gaps, so that need, gap,
// goals, moves, change, their sentences and the summary are all computed.

#include <benchmark/benchmark.h>

#include <nlohmann/json.hpp>
#include <random>

#include "kplan/core/analysis.hpp"
#include "kplan/io/analysis_document.hpp"

namespace kplan {
namespace {

AnalysisInput LargeAdministration(int categories) {
  std::mt19937 random(500);
  std::uniform_int_distribution<int> count(0, 120);
  std::uniform_int_distribution<int> gap(-20, 20);
  AnalysisInput input;
  input.horizons = {1, 2, 5};
  for (int c = 0; c < categories; ++c) {
    CategoryInput category;
    category.name = "Yrkeskategori " + std::to_string(c + 1);
    category.inventory = {double(count(random)), double(count(random)), double(count(random)),
                          double(count(random))};
    const PerLevel shares{10, 30, 40, 20};
    category.horizons = {{1, 0.012, shares}, {2, 0.026, shares}, {5, 0.067, shares}};
    for (int years : input.horizons) {
      category.previous.push_back(
          {years, {double(gap(random)), double(gap(random)), double(gap(random)), double(gap(random))},
           double(gap(random))});
    }
    category.risk = CategoryRisk{{1 + c % 4, 1 + c % 3}, {2, 1 + c % 4}};
    input.categories.push_back(std::move(category));
  }
  return input;
}

void BM_GapAnalysis(benchmark::State& state) {
  const AnalysisInput input = LargeAdministration(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    AnalysisResult result = Analyze(input);
    benchmark::DoNotOptimize(result);
  }
  state.counters["categories"] = static_cast<double>(state.range(0));
}
BENCHMARK(BM_GapAnalysis)->Arg(500)->Unit(benchmark::kMillisecond);

// The same input as an analysis document (without last year's gaps and risks).
std::string AsDocument(const AnalysisInput& input) {
  nlohmann::ordered_json document;
  document["horizons"] = {1, 2, 5};
  const nlohmann::ordered_json growth = {{"1", 0.012}, {"2", 0.026}, {"5", 0.067}};
  const CompetenceScale scale = CompetenceScale::Default();
  for (const CategoryInput& category : input.categories) {
    nlohmann::ordered_json inventory, shares;
    for (std::size_t level = 0; level < scale.size(); ++level) {
      inventory[scale.name(level)] = category.inventory[level];
      shares[scale.name(level)] = category.horizons[0].target_shares[level];
    }
    document["categories"].push_back(
        {{"name", category.name}, {"inventory", inventory}, {"growth", growth}, {"target_shares", shares}});
  }
  return document.dump();
}

// What `kplan analyze` does: read the document, analyse, write JSON; for
// comparison with the core alone.
void BM_GapAnalysisFromDocumentToJson(benchmark::State& state) {
  const std::string document = AsDocument(LargeAdministration(static_cast<int>(state.range(0))));
  for (auto _ : state) {
    const Result<AnalysisInput> input = io::ParseAnalysisDocument(document);
    std::string json = io::WriteAnalysisResultJson(Analyze(input.value()));
    benchmark::DoNotOptimize(json);
  }
}
BENCHMARK(BM_GapAnalysisFromDocumentToJson)->Arg(500)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace kplan
