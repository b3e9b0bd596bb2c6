#pragma once
// The section builders of the plan document (private to src/report): each
// appends one section of one unit to the document, at a heading level (1 in
// a unit's own plan, 2 inside a förvaltning's part of a roll-up). A section
// whose module holds nothing says so in a sentence.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kplan/core/analysis.hpp"
#include "kplan/report/plan_data.hpp"
#include "kplan/report/plan_document.hpp"
#include "report_strings.hpp"
#include "user_text.hpp"

namespace kplan::report::detail {

struct BuildContext {
  Document& doc;
  const PlanData& data;
  int charts = 0;

  // A unique ASCII chart name: "chart07-gap".
  std::string ChartName(std::string_view what);
  // The section heading, then the users' own text for the section, if any.
  void Section(const msg::SectionName& section, const UnitPlan& plan, int level);
};

// The core analysis of a unit's plan year (need, gap, goals, change, summary).
struct UnitAnalysis {
  const UnitPlan* plan = nullptr;
  CompetenceScale scale = CompetenceScale::Default();
  AnalysisResult result;
  std::vector<bool> need_entered;  // per category: need parameters stored
};
UnitAnalysis AnalyseUnit(const UnitPlan& plan);

// Cells.
Cell TextCell(std::string text);
Cell IntegerCell(double value);                  // rounded half away from zero
Cell DecimalCell(double value, int decimals);
Cell PercentCell(std::optional<double> fraction, int decimals = 1);  // "–" when absent
Cell GapCell(double gap);                        // toned shortage / surplus
std::string Years(int years);                    // "2 år"
std::string Distribution(const PerLevel& shares, const CompetenceScale& scale);

void AddNulage(BuildContext& ctx, const UnitPlan& plan, int level);
void AddGapSection(BuildContext& ctx, const UnitAnalysis& analysis, int level);
void AddGoalSection(BuildContext& ctx, const UnitAnalysis& analysis, int level);
void AddRiskSection(BuildContext& ctx, const UnitPlan& plan, int level);
void AddActivitySection(BuildContext& ctx, const UnitPlan& plan, int level);
void AddProjectionSection(BuildContext& ctx, const UnitPlan& plan, int level);
void AddFollowupSection(BuildContext& ctx, const UnitPlan& plan, int level);
void AddSuccessionSection(BuildContext& ctx, const UnitPlan& plan, int level);

// Roll-up: the tables across the förvaltningar.
void AddRollupOverview(BuildContext& ctx, const std::vector<UnitAnalysis>& parts, int level);

}  // namespace kplan::report::detail
