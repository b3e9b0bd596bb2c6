#include "indicator_dto.hpp"

#include "../common.hpp"
#include "kplan/core/activity.hpp"  // kUnitCodeMaxChars
#include "kplan/core/followup.hpp"
#include "kplan/core/indicator_binding.hpp"
#include "kplan/core/indicator_record.hpp"
#include "kplan/core/kolada.hpp"
#include "kplan/io/target_rule_json.hpp"

namespace kplan::server::handlers {
namespace {

TargetRule RuleOfText(std::string_view text) {
  auto rule = io::ParseTargetRuleText(text);
  return rule.ok() ? rule.value() : TargetRule{};  // the store validated it on the way in
}

TargetRule RuleOf(const store::IndicatorRecord& indicator) { return RuleOfText(indicator.target_json); }

// The comparison values of one year; Kolada's unit is the KPI's.
Json ComparisonsOfYear(const store::IndicatorRecord& indicator, const std::vector<kplan::app::ComparisonSeries>& series,
                       int year) {
  const KoladaKpi* kpi = FindKoladaKpi(indicator.kolada_kpi);
  const std::string unit = kpi ? std::string(kpi->unit) : indicator.unit;
  Json out = Json::array();
  for (const kplan::app::ComparisonSeries& c : series) {
    const std::optional<double> v = c.At(year);
    out.push_back(Json{{"municipality", c.municipality},
                       {"label", c.label},
                       {"value", v ? Json(*v) : Json()},
                       {"value_text", v ? FormatWithUnit(*v, unit) : "–"}});
  }
  return out;
}

Json SeriesJson(const std::vector<kplan::app::ComparisonSeries>& series) {
  Json out = Json::array();
  for (const kplan::app::ComparisonSeries& c : series) {
    Json points = Json::array();
    for (const kplan::app::ComparisonPoint& p : c.points) {
      points.push_back(Json{{"period", std::to_string(p.year)}, {"value", p.value ? Json(*p.value) : Json()}});
    }
    out.push_back(Json{{"municipality", c.municipality}, {"label", c.label}, {"points", points}});
  }
  return out;
}

Json CodesJson(const std::string& joined) {
  Json out = Json::array();
  std::size_t start = 0;
  while (start < joined.size()) {
    std::size_t end = joined.find(',', start);
    if (end == std::string::npos) end = joined.size();
    out.push_back(joined.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

}  // namespace

Json OutcomesJson(const store::IndicatorRecord& indicator,
                  const std::vector<store::OutcomeRecord>& outcomes,
                  const std::vector<kplan::app::ComparisonSeries>& comparisons) {
  const TargetRule rule = RuleOf(indicator);
  const bool computed = FindKeyFigureBinding(indicator.key_figure) != nullptr;
  Json out = Json::array();
  std::optional<double> previous;
  for (const store::OutcomeRecord& o : outcomes) {
    Indicator i;
    i.name = indicator.name;
    i.unit = indicator.unit;
    i.period = o.period;
    // A period judged by its own target keeps it, whatever the indicator's is now.
    i.target = o.target_json ? RuleOfText(*o.target_json) : rule;
    i.outcome = o.value;
    i.previous = previous;
    if (auto manual = ParseAssessment(o.manual_assessment); manual && !o.manual_assessment.empty()) {
      i.manual = ManualAssessment{*manual, o.comment};
    }
    const IndicatorAssessment a = AssessIndicator(i);
    out.push_back(Json{{"period", o.period},
                       {"value", o.value ? Json(*o.value) : Json()},
                       {"value_text", o.value ? FormatWithUnit(*o.value, indicator.unit) : "–"},
                       {"target", io::TargetRuleToJson(i.target)},
                       {"target_text", DescribeTarget(i.target, indicator.unit)},
                       {"own_target", o.target_json.has_value()},
                       {"assessment", std::string(AssessmentKey(a.final))},
                       {"assessment_label", std::string(AssessmentLabel(a.final))},
                       {"computed_assessment", std::string(AssessmentKey(a.computed))},
                       {"manual", a.manual},
                       {"manual_assessment", o.manual_assessment},
                       {"comment", o.comment},
                       {"change", a.change ? Json(*a.change) : Json()},
                       {"computed", computed},
                       {"comparisons", ComparisonsOfYear(indicator, comparisons, PeriodYear(o.period))},
                       {"version", o.version}});
    if (o.value) previous = o.value;
  }
  return out;
}

Json IndicatorJson(const store::IndicatorRecord& indicator,
                   const std::vector<store::OutcomeRecord>& outcomes,
                   const std::vector<kplan::app::ComparisonSeries>& comparisons) {
  const TargetRule rule = RuleOf(indicator);
  Json assessed = OutcomesJson(indicator, outcomes, comparisons);
  const KeyFigureBinding* binding = FindKeyFigureBinding(indicator.key_figure);
  const KoladaKpi* kpi = FindKoladaKpi(indicator.kolada_kpi);
  // The newest period with an outcome: a later one holding only next year's
  // target has nothing to show yet.
  Json latest;
  for (const Json& o : assessed) {
    if (!o["value"].is_null()) latest = o;
  }
  return Json{{"id", indicator.id},
              {"unit", indicator.unit_code},
              {"goal_id", indicator.goal_id ? Json(*indicator.goal_id) : Json()},
              {"name", indicator.name},
              {"measure", indicator.unit},
              {"target", io::TargetRuleToJson(rule)},
              {"target_text", DescribeTarget(rule, indicator.unit)},
              {"latest", latest},
              {"key_figure", indicator.key_figure},
              {"key_figure_label", binding ? std::string(binding->label) : ""},
              {"computed", binding != nullptr},
              {"computed_label", binding ? std::string(kComputedOutcomeLabel) : ""},
              {"kolada_kpi", indicator.kolada_kpi},
              {"kolada_kpi_name", kpi ? std::string(kpi->name) : ""},
              {"comparison", CodesJson(indicator.comparison)},
              {"comparisons", SeriesJson(comparisons)},
              {"version", indicator.version}};
}

Result<store::IndicatorRecord> IndicatorFromJson(const Json& body) {
  Fields f(body);
  store::IndicatorRecord r;
  auto unit = f.String("unit", kUnitCodeMaxChars);
  if (!unit.ok()) return unit.error();
  auto name = f.String("name", kIndicatorNameMaxChars);
  if (!name.ok()) return name.error();
  auto measure = f.OptionalString("measure", kIndicatorUnitMaxChars);
  if (!measure.ok()) return measure.error();
  auto goal = f.OptionalId("goal_id");
  if (!goal.ok()) return goal.error();
  r.goal_id = goal.value();
  auto rule = io::TargetRuleFromJson(f.Get("target"), "target");
  if (!rule.ok()) return rule.error();
  if (Status valid = Validate(rule.value()); !valid.ok()) return valid.error();
  auto key_figure = f.OptionalString("key_figure", 40);
  if (!key_figure.ok()) return key_figure.error();
  auto kolada_kpi = f.OptionalString("kolada_kpi", 20);
  if (!kolada_kpi.ok()) return kolada_kpi.error();
  auto comparison = f.OptionalStrings("comparison", 20);  // core checks each code
  if (!comparison.ok()) return comparison.error();
  std::string codes;
  for (const std::string& c : comparison.value()) codes += (codes.empty() ? "" : ",") + c;
  r.key_figure = key_figure.value();
  r.kolada_kpi = kolada_kpi.value();
  r.comparison = codes;
  // A bound indicator's unit is its key figure's.
  if (const KeyFigureBinding* b = FindKeyFigureBinding(r.key_figure); b && !f.Has("measure")) {
    r.unit = std::string(b->unit);
  }
  r.unit_code = unit.value();
  r.name = name.value();
  if (r.unit.empty()) r.unit = measure.value();
  r.target_json = io::TargetRuleText(rule.value());
  if (Status valid = Validate(r); !valid.ok()) {
    // The record's "unit" (of measure) is "measure" on the wire.
    Error e = valid.error();
    return e.location().field == "unit" ? e.WithField("measure") : e;
  }
  return r;
}

}  // namespace kplan::server::handlers
