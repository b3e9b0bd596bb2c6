#include "kplan/core/analysis.hpp"

namespace kplan {

AnalysisResult Analyze(const AnalysisInput& input) {
  AnalysisResult result;
  result.organisation = input.organisation;
  result.year = input.year;
  result.scale = input.scale;
  result.horizons = input.horizons;
  for (const CategoryInput& category : input.categories) {
    result.categories.push_back(AnalyzeCategory(category, input.scale));
    if (category.risk) {
      result.operations_risks.Place(category.name, category.risk->operations);
      result.work_environment_risks.Place(category.name, category.risk->work_environment);
    }
  }
  for (const Indicator& indicator : input.indicators) {
    result.indicators.push_back({indicator, AssessIndicator(indicator)});
  }
  if (input.projection) result.projection = ProjectStaffing(*input.projection);
  result.summary = Summarise(result);
  return result;
}

}  // namespace kplan
