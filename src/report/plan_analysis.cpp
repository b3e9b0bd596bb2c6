// AnalyseUnit: a unit's plan year through the core analysis (kplan::Analyze),
// with the defaults of plan_data.hpp where no need parameters are stored.

#include <algorithm>
#include "kplan/core/gap.hpp"
#include "plan_sections.hpp"

namespace kplan::report::detail {
namespace {

PerLevel SharesOf(const PerLevel& inventory) {
  const double total = SumOf(inventory);
  PerLevel shares(inventory.size(), total > 0 ? 0.0 : 100.0 / static_cast<double>(inventory.size()));
  if (total > 0) {
    for (std::size_t l = 0; l < inventory.size(); ++l) shares[l] = 100.0 * inventory[l] / total;
  }
  return shares;
}

// The assumption of a horizon: as entered when it is, else the defaults.
NeedAssumption Assumption(const std::optional<NeedParameters>& need, int years, double growth,
                          const PerLevel& inventory) {
  if (need) {
    for (const NeedAssumption& a : need->horizons) {
      if (a.years == years && a.target_shares.size() == inventory.size()) return a;
    }
  }
  return NeedAssumption{years, growth, SharesOf(inventory)};
}

}  // namespace

}  // namespace kplan::report::detail

namespace kplan::report {

bool UnitPlan::Includes(std::string_view section) const {
  return sections.empty() || std::find(sections.begin(), sections.end(), section) != sections.end();
}

std::string UnitPlan::Text(const std::string& section, const std::string& category) const {
  auto it = texts.find({section, category});
  return it == texts.end() ? std::string() : it->second;
}

AnalysisInput PlanAnalysisInput(const UnitPlan& plan) {
  using detail::Assumption;
  AnalysisInput input;
  input.organisation = plan.unit.name;
  input.year = plan.year;
  if (plan.levels.size() >= 2) input.scale = CompetenceScale(plan.levels);
  input.horizons = plan.horizons;
  const CompetenceScale& scale = input.scale;
  for (const CategoryPlan& c : plan.categories) {
    CategoryInput in;
    in.name = c.name;
    in.ssyk = c.ssyk;
    in.inventory = c.inventory;
    in.inventory.resize(scale.size(), 0.0);
    if (c.need && c.need->base) in.base = *c.need->base;
    for (std::size_t h = 0; h < plan.horizons.size(); ++h) {
      const double growth = h < plan.growth.size() ? plan.growth[h] : 0.0;
      in.horizons.push_back(Assumption(c.need, plan.horizons[h], growth, in.inventory));
      if (c.previous_inventory) {
        PerLevel before = *c.previous_inventory;
        before.resize(scale.size(), 0.0);
        double base = SumOf(before);
        if (c.previous_need && c.previous_need->base) base = *c.previous_need->base;
        const NeedAssumption last = Assumption(c.previous_need, plan.horizons[h], growth, before);
        const CompetenceGap gap = ComputeGap(before, ComputeNeed(base, last));
        PreviousGaps previous{plan.horizons[h], {}, static_cast<double>(gap.total.gap_rounded)};
        for (auto g : gap.RoundedLevelGaps()) previous.levels.push_back(static_cast<double>(g));
        in.previous.push_back(std::move(previous));
      }
    }
    for (const Risk& r : plan.risks) {
      if (r.category == c.name) {
        in.risk = CategoryRisk{{r.operations_consequence, r.operations_probability},
                               {r.work_environment_consequence, r.work_environment_probability}};
        break;
      }
    }
    input.categories.push_back(std::move(in));
  }
  for (const IndicatorPlan& i : plan.indicators) input.indicators.push_back(i.indicator);
  return input;
}

}  // namespace kplan::report

namespace kplan::report::detail {

UnitAnalysis AnalyseUnit(const UnitPlan& plan) {
  UnitAnalysis out;
  out.plan = &plan;
  const AnalysisInput input = PlanAnalysisInput(plan);
  out.scale = input.scale;
  for (const CategoryPlan& c : plan.categories) out.need_entered.push_back(c.need.has_value());
  out.result = Analyze(input);
  if (plan.projection) {
    out.result.projection = plan.projection;
    out.result.summary = Summarise(out.result);
  }
  return out;
}

}  // namespace kplan::report::detail
