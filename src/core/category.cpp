#include "kplan/core/category.hpp"


namespace kplan {
namespace {

void FitToScale(PerLevel& values, const CompetenceScale& scale) { values.resize(scale.size(), 0.0); }

const PreviousGaps* LastYearOn(const CategoryInput& input, int years) {
  for (const PreviousGaps& previous : input.previous) {
    if (previous.years == years) return &previous;
  }
  return nullptr;
}

const PerLevel* SupplyOn(const CategoryInput& input, int years) {
  for (const HorizonSupply& supply : input.supply) {
    if (supply.years == years) return &supply.levels;
  }
  return nullptr;
}

}  // namespace

CategoryAnalysis AnalyzeCategory(const CategoryInput& input, const CompetenceScale& scale) {
  CategoryAnalysis analysis;
  analysis.name = input.name;
  analysis.ssyk = input.ssyk;
  analysis.comment = input.comment;
  analysis.risk = input.risk;
  PerLevel supply = input.inventory;
  FitToScale(supply, scale);
  analysis.inventory_total = SumOf(supply);
  analysis.base = input.base.value_or(analysis.inventory_total);

  analysis.horizons.reserve(input.horizons.size());
  for (const NeedAssumption& assumption : input.horizons) {
    HorizonAnalysis& horizon = analysis.horizons.emplace_back();
    horizon.assumption = assumption;
    FitToScale(horizon.assumption.target_shares, scale);
    horizon.need = ComputeNeed(analysis.base, horizon.assumption);
    if (const PerLevel* given = SupplyOn(input, assumption.years)) {
      PerLevel on_horizon = *given;
      FitToScale(on_horizon, scale);
      horizon.gap = ComputeGap(on_horizon, horizon.need);
      horizon.supply_given = true;
    } else {
      horizon.gap = ComputeGap(supply, horizon.need);
    }
    horizon.goal = SetGoal(horizon.gap);
    if (const PreviousGaps* last_year = LastYearOn(input, assumption.years)) {
      horizon.change = CompareWithLastYear(*last_year, horizon.gap);
    }
  }
  return analysis;
}

}  // namespace kplan
