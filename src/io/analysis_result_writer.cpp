// Writes an AnalysisResult as JSON (docs/analysis-format.md, "Resultatet").
// Keys come in a fixed, readable order; levels are keyed by their names so
// that the output reads like the published tables.

#include <cmath>
#include <utility>

#include "kplan/io/json_fields.hpp"
#include "kplan/core/rounding.hpp"
#include "kplan/io/analysis_document.hpp"
#include "kplan/io/target_rule_json.hpp"

namespace kplan::io {
namespace {

using json_fields::Json;

// Computed values to six decimals; whole values as integers (116, not 116.0).
Json Number(double value) {
  const double rounded = RoundToDecimals(value, 6);
  if (std::fabs(rounded) < 9e15 && rounded == std::trunc(rounded)) {
    return static_cast<std::int64_t>(rounded);
  }
  return rounded;
}

Json OptionalNumber(const std::optional<double>& value) { return value ? Number(*value) : Json(nullptr); }

// {"total": 46.35, "levels": {"Viss": 4.635, ...}}
template <typename Value>
Json TotalAndLevels(const CompetenceGap& gap, const CompetenceScale& scale, Value value) {
  Json levels = Json::object();
  for (std::size_t level = 0; level < gap.levels.size(); ++level) {
    levels[scale.name(level)] = value(gap.levels[level]);
  }
  return {{"total", value(gap.total)}, {"levels", std::move(levels)}};
}

// The twelve kinds: the core's "unchanged" is told apart by side.
std::string_view ChangeKind(const LevelGapChange& change) {
  switch (change.kind) {
    case GapChangeKind::kUnchanged:
      if (change.previous < 0) return "shortage_unchanged";
      if (change.previous > 0) return "surplus_unchanged";
      return "balanced";
    case GapChangeKind::kShortageTurnedIntoSurplus: return "shortage_became_surplus";
    default: return GapChangeKindKey(change.kind);
  }
}

Json HorizonJson(const HorizonAnalysis& horizon, const CompetenceScale& scale) {
  const CompetenceGap& gap = horizon.gap;
  Json shares = Json::object();
  for (std::size_t level = 0; level < horizon.assumption.target_shares.size() && level < scale.size(); ++level) {
    shares[scale.name(level)] = Number(horizon.assumption.target_shares[level]);
  }
  Json json = {{"years", horizon.need.years},
               {"growth", Number(horizon.assumption.growth)},
               {"target_shares", std::move(shares)},
               {"need", TotalAndLevels(gap, scale, [](const LevelGap& g) { return Number(g.need); })},
               {"supply", TotalAndLevels(gap, scale, [](const LevelGap& g) { return Number(g.supply); })},
               {"gap", TotalAndLevels(gap, scale, [](const LevelGap& g) { return Number(g.gap); })},
               {"gap_rounded", TotalAndLevels(gap, scale, [](const LevelGap& g) { return Json(g.gap_rounded); })},
               {"quantitative_goal", horizon.goal.quantitative}};
  Json moves = Json::array();
  for (const CompetenceMove& move : horizon.goal.plan.moves) {
    moves.push_back({{"from", scale.name(move.from_level)},
                     {"to", scale.name(move.to_level)},
                     {"count", move.count}});
  }
  Json recruitment = Json::object();  // only the levels to recruit at
  for (std::size_t level = 0; level < horizon.goal.plan.recruitment.size(); ++level) {
    if (horizon.goal.plan.recruitment[level] != 0) {
      recruitment[scale.name(level)] = horizon.goal.plan.recruitment[level];
    }
  }
  json["moves"] = std::move(moves);
  json["recruitment"] = std::move(recruitment);
  json["moves_text"] = MovePlanSentence(horizon.goal.plan, scale);
  Json changes = Json::array();
  if (horizon.change) {
    const GapChange& change = *horizon.change;
    for (std::size_t level = 0; level < change.levels.size(); ++level) {
      const LevelGapChange& c = change.levels[level];
      changes.push_back({{"level", scale.name(level)},
                         {"kind", ChangeKind(c)},
                         {"previous", Number(c.previous)},
                         {"current", c.current}});
    }
    json["changes"] = std::move(changes);
    json["previous_quantitative_goal"] = change.previous_goal;
    json["quantitative_change"] = QuantityChangeKey(change.quantitative);
    json["change_text"] = GapChangeSentence(change, scale);
  } else {
    json["changes"] = std::move(changes);
    json["previous_quantitative_goal"] = nullptr;
    json["quantitative_change"] = nullptr;
    json["change_text"] = nullptr;
  }
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
  json["ssyk"] = category.ssyk.empty() ? Json(nullptr) : Json(category.ssyk);
  if (!category.comment.empty()) json["comment"] = category.comment;
  json["inventory_total"] = Number(category.inventory_total);
  json["base"] = Number(category.base);
  Json horizons = Json::array();
  for (const HorizonAnalysis& horizon : category.horizons) horizons.push_back(HorizonJson(horizon, scale));
  json["horizons"] = std::move(horizons);
  return json;
}

// {"Mycket allvarlig": {"Låg": {"count": 0, "categories": []}, ...}, ...},
// the most serious row first as a risk matrix is drawn.
Json RiskMatrixJson(const RiskMatrix& matrix) {
  Json rows = Json::object();
  for (int consequence = kRiskSteps; consequence >= 1; --consequence) {
    Json row = Json::object();
    for (int probability = 1; probability <= kRiskSteps; ++probability) {
      const std::vector<std::string>& names = matrix.Cell(consequence, probability);
      row[std::string(ProbabilityLabel(probability))] = {{"count", names.size()}, {"categories", names}};
    }
    rows[std::string(ConsequenceLabel(consequence))] = std::move(row);
  }
  return rows;
}

Json IndicatorJson(const AssessedIndicator& assessed) {
  const Indicator& i = assessed.indicator;
  const IndicatorAssessment& a = assessed.assessment;
  Json json = {{"name", i.name},
               {"unit", i.unit},
               {"goal", i.goal},
               {"period", i.period},
               {"target", TargetRuleToJson(i.target)},
               {"target_text", DescribeTarget(i.target, i.unit)},
               {"outcome", OptionalNumber(i.outcome)},
               {"previous", OptionalNumber(i.previous)},
               {"change", OptionalNumber(a.change)},
               {"assessment", AssessmentLabel(a.final)},
               {"assessment_key", AssessmentKey(a.final)},
               {"computed_assessment", AssessmentLabel(a.computed)},
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
          {"largest_qualitative_gaps", std::move(ranking)}};
}

Json RisksJson(const AnalysisResult& result) {
  Json risks = Json::array();
  for (const CategoryAnalysis& category : result.categories) {
    if (!category.risk) continue;
    risks.push_back({{"category", category.name},
                     {"operations", RiskJson(category.risk->operations)},
                     {"work_environment", RiskJson(category.risk->work_environment)}});
  }
  return risks;
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
  Json indicators = Json::array();
  for (const AssessedIndicator& indicator : result.indicators) indicators.push_back(IndicatorJson(indicator));
  json["indicators"] = std::move(indicators);
  json["risks"] = RisksJson(result);
  json["risk_matrix"] = {{"operations", RiskMatrixJson(result.operations_risks)},
                         {"work_environment", RiskMatrixJson(result.work_environment_risks)}};
  if (result.projection) json["projection"] = ProjectionJson(*result.projection);
  json["summary"] = SummaryJson(result);
  json["summary_text"] = result.summary.text;
  return json.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace kplan::io
