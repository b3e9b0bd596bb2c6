#pragma once
// Private: the readers of the sections of an analysis document. Each reads
// one section completely or returns the first error in it.

#include <optional>
#include <vector>

#include "analysis_json.hpp"
#include "kplan/core/analysis.hpp"

namespace kplan::io::analysis_document {

using analysis_json::Json;
using analysis_json::Where;

// A horizon as declared at the top of the document; a category may give its
// own growth, and must when the document gives none.
struct DeclaredHorizon {
  int years = 0;
  std::optional<double> growth_percent;
};

Result<std::vector<CategoryInput>> ReadCategories(const Json& categories, const Where& where,
                                                  const CompetenceScale& scale,
                                                  const std::vector<DeclaredHorizon>& horizons);

Result<std::vector<Indicator>> ReadIndicators(const Json& indicators, const Where& where);

Result<ProjectionInput> ReadProjection(const Json& projection, const Where& where);

}  // namespace kplan::io::analysis_document
