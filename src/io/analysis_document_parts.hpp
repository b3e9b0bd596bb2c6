#pragma once
// Private: the readers of the sections of an analysis document. Each reads
// one section completely or returns the first error in it.

#include <optional>
#include <vector>

#include "kplan/io/json_fields.hpp"
#include "kplan/core/analysis.hpp"

namespace kplan::io::analysis_document {

using json_fields::Json;
using json_fields::Where;

// A horizon as declared at the top of the document ("horizons": [2, 5]).
struct DeclaredHorizon {
  int years = 0;
};

Result<std::vector<CategoryInput>> ReadCategories(const Json& categories, const Where& where,
                                                  const CompetenceScale& scale,
                                                  const std::vector<DeclaredHorizon>& horizons);

// "risks": [{"category": "...", "operations": [3, 2], "work_environment": [2, 2]}],
// each attached to its category (by name, ignoring case).
Status ReadRisks(const Json& risks, const Where& where, std::vector<CategoryInput>& categories);

Result<std::vector<Indicator>> ReadIndicators(const Json& indicators, const Where& where);

Result<ProjectionInput> ReadProjection(const Json& projection, const Where& where);

}  // namespace kplan::io::analysis_document
