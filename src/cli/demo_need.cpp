// Behov for the demo: the need parameters of every category of every
// kartläggning, the way seed 001 sets them. Growth to each horizon follows the
// population forecast of the group the category serves (elderly care the 80+,
// preschool the 1–5 year olds ...), damped where productivity absorbs part of
// it; the target distribution moves today's shares upwards (fewer at Viss,
// more at Hög and Mycket hög), half-way at 2 years and fully at 5, so that the
// gap tables show shortages at the higher levels and surpluses at Viss. Last
// year's ambitions are drawn separately and its growth came from an older
// forecast (scaled 0.6–1.4), so that the change since last year varies
// between categories (grown, shrunk, new).

#include <algorithm>
#include <array>
#include <map>

#include "demo_parts.hpp"

namespace kplan::cli::demo {
namespace {

// The age group whose forecast drives a category, and how much of the
// group's growth becomes staff growth.
struct Driver {
  int age_from;
  int age_to;
  double factor;
};

Driver DriverOf(const std::string& category) {
  static const std::map<std::string, Driver> kDrivers = {
      {"Undersköterska", {80, 120, 0.6}},
      {"Vårdbiträde", {80, 120, 0.5}},
      {"Sjuksköterska", {80, 120, 0.6}},
      {"Enhetschef vård och omsorg", {80, 120, 0.4}},
      {"Biståndshandläggare", {65, 120, 0.8}},
      {"Stödassistent", {20, 64, 1.0}},
      {"Förskollärare", {0, 5, 1.0}},
      {"Barnskötare", {0, 5, 1.0}},
      {"Grundskollärare", {6, 15, 1.0}},
      {"Rektor", {0, 19, 0.8}},
  };
  auto it = kDrivers.find(category);
  return it != kDrivers.end() ? it->second : Driver{0, 120, 1.0};
}

// The forecast's people of ages [from, to] in `year`.
double People(const std::vector<store::PopulationEntry>& population, int year, int from, int to) {
  double sum = 0;
  for (const store::PopulationEntry& p : population) {
    if (p.year == year && p.age_from >= from && p.age_to <= to) sum += p.people;
  }
  return sum;
}

// Growth of the driver group from the plan year to `years` ahead, as a
// fraction with three decimals. The years are clamped into the forecast, so
// that a plan year before it uses the forecast's first years.
double Growth(const std::vector<store::PopulationEntry>& population, int year, int years,
              const Driver& driver) {
  if (population.empty()) return 0;
  int first = population.front().year, last = population.front().year;
  for (const store::PopulationEntry& p : population) {
    first = std::min(first, p.year);
    last = std::max(last, p.year);
  }
  const int from = std::clamp(year, first, last);
  const int to = std::min(from + years, last);
  const double now = People(population, from, driver.age_from, driver.age_to);
  if (now <= 0) return 0;
  const double later = People(population, to, driver.age_from, driver.age_to);
  return RoundTo((later / now - 1) * driver.factor, 3);
}

// How far a category's targets move from today's distribution at the full
// horizon: points added at Hög and Mycket hög, the share of Viss removed.
struct Ambition {
  int high;
  int top;
  double viss_cut;
};

// Whole percents summing to exactly 100, each within 0–100: Mycket hög
// first, then Hög, Viss, and God takes the rest.
PerLevel TargetShares(const std::array<double, 4>& today, const Ambition& a, double reach) {
  auto whole = [](double v) { return std::clamp(RoundTo(v, 0), 0.0, 100.0); };
  const double top = whole(today[3] + reach * a.top);
  const double high = std::min(100 - top, whole(today[2] + reach * a.high));
  const double viss = std::min(100 - top - high, whole(today[0] * (1 - reach * a.viss_cut)));
  return {viss, 100 - top - high - viss, high, top};
}

}  // namespace

std::vector<DemoNeed> DemoNeeds(const DemoMunicipality& demo, Random& rng) {
  const auto& levels = DemoLevelNames();
  int latest = 0;
  for (const DemoInventory& inventory : demo.inventories) latest = std::max(latest, inventory.year);
  std::vector<DemoNeed> out;
  for (const DemoInventory& inventory : demo.inventories) {
    // category → headcount per level
    std::map<std::string, std::array<double, 4>> counts;
    for (const store::InventoryEntry& e : inventory.entries) {
      const auto level = std::find(levels.begin(), levels.end(), e.level) - levels.begin();
      if (level < 0 || level >= 4) continue;
      counts[e.category][static_cast<std::size_t>(level)] += e.headcount;
    }
    for (const auto& [category, count] : counts) {
      const double total = count[0] + count[1] + count[2] + count[3];
      std::array<double, 4> today{};
      for (std::size_t l = 0; l < 4; ++l) today[l] = total > 0 ? 100 * count[l] / total : 25;
      const Ambition ambition{rng.Between(2, 8), rng.Between(3, 9), 0.3 + 0.4 * rng.Uniform()};
      const Driver driver = DriverOf(category);
      store::NeedParameters parameters;
      parameters.category = category;
      // Earlier years were planned with an older forecast: 0.6–1.4 times today's growth.
      const double revision = inventory.year < latest ? 0.6 + 0.8 * rng.Uniform() : 1.0;
      for (int years : {2, 5}) {
        const double growth = Growth(demo.population, inventory.year, years, driver);
        parameters.horizons.push_back({years, RoundTo(growth * revision, 3),
                                       TargetShares(today, ambition, years == 2 ? 0.5 : 1.0)});
      }
      out.push_back({inventory.plan_unit_code, inventory.year, std::move(parameters)});
    }
  }
  return out;
}

}  // namespace kplan::cli::demo
