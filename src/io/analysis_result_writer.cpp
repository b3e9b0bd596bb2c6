// Writes an AnalysisResult as JSON (docs/analysis-format.md, "Resultatet").
// Keys come in a fixed, readable order; levels are keyed by their names so
// that the output reads like the published tables.

#include <cmath>
#include <utility>

#include "analysis_json.hpp"
#include "kplan/core/rounding.hpp"
#include "kplan/io/analysis_document.hpp"
#include "kplan/io/target_rule_json.hpp"

namespace kplan::io {
namespace {

using analysis_json::Json;

// Computed values to six decimals; whole values as integers (116, not 116.0).
Json Number(double value) {
  const double rounded = RoundToDecimals(value, 6);
  if (std::fabs(rounded) < 9e15 && rounded == std::trunc(rounded)) {
    return static_cast<std::int64_t>(rounded);
  }
  return rounded;
}

Json OptionalNumber(const std::optional<double>& value) { return value ? Number(*value) : Json(nullptr); }

// A level's target share goes between supply and need, as the need follows from it.
Json LevelGapJson(const LevelGap& gap, std::optional<double> target_share = std::nullopt) {
  Json json = {{"supply", Number(gap.supply)}};
  if (target_share) json["target_share"] = Number(*target_share);
  json["need"] = Number(gap.need);
  json["gap"] = Number(gap.gap);
  json["gap_rounded"] = gap.gap_rounded;
  return json;
}

Json GoalJson(const CompetenceGoal& goal, const CompetenceScale& scale) {
  Json moves = Json::array();
  for (const CompetenceMove& move : goal.plan.moves) {
    moves.push_back({{"from", scale.name(move.from_level)},
                     {"to", scale.name(move.to_level)},
                     {"count", move.count}});
  }
  Json recruitment = Json::object();
  for (std::size_t level = 0; level < goal.plan.recruitment.size(); ++level) {
    recruitment[scale.name(level)] = goal.plan.recruitment[level];
  }
  return {{"quantitative", goal.quantitative},
          {"moves", std::move(moves)},
          {"recruitment", std::move(recruitment)},
          {"sentence", MovePlanSentence(goal.plan, scale)}};
}

Json ChangeJson(const GapChange& change, const CompetenceScale& scale) {
  Json levels = Json::object();
  for (std::size_t level = 0; level < change.levels.size(); ++level) {
    const LevelGapChange& c = change.levels[level];
    levels[scale.name(level)] = {{"previous", Number(c.previous)},
                                 {"current", c.current},
                                 {"change", GapChangeKindKey(c.kind)}};
  }
  return {{"quantitative",
           {{"previous", change.previous_goal},
            {"current", change.current_goal},
            {"change", QuantityChangeKey(change.quantitative)}}},
          {"levels", std::move(levels)},
          {"sentence", GapChangeSentence(change, scale)}};
}

Json HorizonJson(const HorizonAnalysis& horizon, const CompetenceScale& scale) {
  Json levels = Json::object();
  for (std::size_t level = 0; level < horizon.gap.levels.size(); ++level) {
    levels[scale.name(level)] =
        LevelGapJson(horizon.gap.levels[level], horizon.assumption.target_shares[level]);
  }
  Json json = {{"years", horizon.need.years},
               {"growth_percent", Number(horizon.assumption.growth * 100)},
               {"need", Number(horizon.need.total)},
               {"levels", std::move(levels)},
               {"total", LevelGapJson(horizon.gap.total)},
               {"goal", GoalJson(horizon.goal, scale)}};
  if (horizon.change) json["change"] = ChangeJson(*horizon.change, scale);
  return json;
}

Json RiskJson(const RiskAssessment& risk) {
  return {{"consequence", risk.consequence},
          {"consequence_label", ConsequenceLabel(risk.consequence)},
          {"probability", risk.probability},
          {"probability_label", ProbabilityLabel(risk.probability)},
          {"value", risk.Value()}};
}

Json CategoryJson(const CategoryAnalysis& category, const CompetenceScale& scale) {
  Json json = {{"name", category.name}};
  if (!category.comment.empty()) json["comment"] = category.comment;
  json["inventory_total"] = Number(category.inventory_total);
  json["base"] = Number(category.base);
  Json horizons = Json::array();
  for (const HorizonAnalysis& horizon : category.horizons) horizons.push_back(HorizonJson(horizon, scale));
  json["horizons"] = std::move(horizons);
  if (category.risk) {
    json["risk"] = {{"operations", RiskJson(category.risk->operations)},
                    {"work_environment", RiskJson(category.risk->work_environment)}};
  }
  return json;
}

// {"Mycket allvarlig": {"Låg": [...], ...}, ...}, the most serious row first
// as a risk matrix is drawn.
Json RiskMatrixJson(const RiskMatrix& matrix) {
  Json rows = Json::object();
  for (int consequence = kRiskSteps; consequence >= 1; --consequence) {
    Json row = Json::object();
    for (int probability = 1; probability <= kRiskSteps; ++probability) {
      row[std::string(ProbabilityLabel(probability))] = matrix.Cell(consequence, probability);
    }
    rows[std::string(ConsequenceLabel(consequence))] = std::move(row);
  }
  return rows;
}

Json IndicatorJson(const AssessedIndicator& assessed) {
  const Indicator& i = assessed.indicator;
  const IndicatorAssessment& a = assessed.assessment;
  Json json = {{"goal", i.goal},
               {"name", i.name},
               {"unit", i.unit},
               {"period", i.period},
               {"target", TargetRuleToJson(i.target)},
               {"target_text", DescribeTarget(i.target, i.unit)},
               {"outcome", OptionalNumber(i.outcome)},
               {"previous", OptionalNumber(i.previous)},
               {"change", OptionalNumber(a.change)},
               {"assessment", AssessmentKey(a.final)},
               {"assessment_label", AssessmentLabel(a.final)},
               {"computed_assessment", AssessmentKey(a.computed)},
               {"manual", a.manual}};
  if (i.manual) json["comment"] = i.manual->comment;
  return json;
}

Json ProjectionYearJson(const ProjectionYear& y) {
  return {{"year", y.year},
          {"headcount_start", Number(y.headcount_start)},
          {"retirements", Number(y.retirements)},
          {"leavers", Number(y.leavers)},
          {"need", Number(y.need)},
          {"recruitment", Number(y.recruitment)},
          {"headcount_end", Number(y.headcount_end)},
          {"increase", Number(y.increase)},
          {"cost_of_increase", Number(y.cost_of_increase)},
          {"other_solutions", Number(y.other_solutions)},
          {"other_solutions_cost", Number(y.other_solutions_cost)}};
}

Json StaffingJson(const StaffingProjection& projection, bool with_cost_per_fte) {
  Json json = {{"name", projection.name}, {"headcount", Number(projection.headcount)}};
  if (with_cost_per_fte) json["yearly_cost_per_fte"] = Number(projection.yearly_cost_per_fte);
  Json by_year = Json::array();
  for (const ProjectionYear& year : projection.years) by_year.push_back(ProjectionYearJson(year));
  json["by_year"] = std::move(by_year);
  json["totals"] = {{"retirements", Number(projection.TotalRetirements())},
                    {"leavers", Number(projection.TotalLeavers())},
                    {"recruitment", Number(projection.TotalRecruitment())}};
  return json;
}

Json ProjectionJson(const ProjectionResult& projection) {
  const ProjectionSettings& s = projection.settings;
  Json categories = Json::array();
  for (const StaffingProjection& category : projection.categories) {
    categories.push_back(StaffingJson(category, true));
  }
  return {{"start_year", s.start_year},
          {"years", s.years},
          {"pension_age", s.pension_age},
          {"recruit_age", s.recruit_age},
          {"other_solutions_percent", Number(s.other_solutions_share * 100)},
          {"categories", std::move(categories)},
          {"total", StaffingJson(projection.total, false)}};
}

Json SummaryJson(const AnalysisResult& result) {
  const AnalysisSummary& summary = result.summary;
  Json goals = Json::object();
  for (const auto& [years, goal] : summary.quantitative_goals) goals[std::to_string(years)] = goal;
  Json ranking = Json::array();
  for (const QualitativeGap& gap : summary.ranking) {
    ranking.push_back({{"category", result.categories[gap.category].name},
                       {"shortage", Number(gap.shortage)},
                       {"need", Number(gap.need)},
                       {"share_percent", Number(gap.Share() * 100)}});
  }
  return {{"quantitative_goals", std::move(goals)},
          {"qualitative_gap_years", summary.years},
          {"largest_qualitative_gaps", std::move(ranking)},
          {"text", summary.text}};
}

bool AnyRisk(const AnalysisResult& result) {
  for (const CategoryAnalysis& category : result.categories) {
    if (category.risk) return true;
  }
  return false;
}

}  // namespace

std::string WriteAnalysisResultJson(const AnalysisResult& result) {
  Json json = Json::object();
  if (!result.organisation.empty()) json["organisation"] = result.organisation;
  if (result.year) json["year"] = *result.year;
  json["levels"] = result.scale.names();
  json["horizons"] = result.horizons;
  Json categories = Json::array();
  for (const CategoryAnalysis& category : result.categories) {
    categories.push_back(CategoryJson(category, result.scale));
  }
  json["categories"] = std::move(categories);
  if (AnyRisk(result)) {
    json["risk_matrix"] = {{"operations", RiskMatrixJson(result.operations_risks)},
                           {"work_environment", RiskMatrixJson(result.work_environment_risks)}};
  }
  Json indicators = Json::array();
  for (const AssessedIndicator& indicator : result.indicators) indicators.push_back(IndicatorJson(indicator));
  json["indicators"] = std::move(indicators);
  if (result.projection) json["projection"] = ProjectionJson(*result.projection);
  json["summary"] = SummaryJson(result);
  return json.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace kplan::io
