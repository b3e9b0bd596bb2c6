#pragma once
// Kompetensanalys: one analysis document, computed in full.
//
// From the categories' inventories and assumptions: need, gap, goals and change
// since last year per horizon, and the risk matrices; from the indicators:
// their assessments; from the optional projection: the staffing forecast; and
// a summary over everything. Pure: the same input always gives the same result.

#include <optional>
#include <string>
#include <vector>

#include "kplan/core/category.hpp"
#include "kplan/core/competence_scale.hpp"
#include "kplan/core/followup.hpp"
#include "kplan/core/projection.hpp"
#include "kplan/core/risk.hpp"
#include "kplan/core/summary.hpp"

namespace kplan {

struct AnalysisInput {
  std::string organisation;  // e.g. "Arbetsmarknads- och socialförvaltningen, Malmö stad"
  std::optional<int> year;   // the year of the analysis
  CompetenceScale scale = CompetenceScale::Default();
  std::vector<int> horizons;  // years ahead, as listed in the document
  std::vector<CategoryInput> categories;
  std::vector<Indicator> indicators;
  std::optional<ProjectionInput> projection;
};

struct AssessedIndicator {
  Indicator indicator;
  IndicatorAssessment assessment;
};

struct AnalysisResult {
  std::string organisation;
  std::optional<int> year;
  CompetenceScale scale = CompetenceScale::Default();
  std::vector<int> horizons;
  std::vector<CategoryAnalysis> categories;
  RiskMatrix operations_risks;        // risk för verksamheten
  RiskMatrix work_environment_risks;  // risk för arbetsmiljön
  std::vector<AssessedIndicator> indicators;
  std::optional<ProjectionResult> projection;
  AnalysisSummary summary;
};

AnalysisResult Analyze(const AnalysisInput& input);

}  // namespace kplan
