#include "indicator_dto.hpp"

#include "../common.hpp"
#include "kplan/core/activity.hpp"  // kUnitCodeMaxChars
#include "kplan/core/followup.hpp"
#include "kplan/core/indicator_record.hpp"
#include "kplan/io/target_rule_json.hpp"

namespace kplan::server::handlers {
namespace {

TargetRule RuleOf(const store::IndicatorRecord& indicator) {
  auto rule = io::ParseTargetRuleText(indicator.target_json);
  return rule.ok() ? rule.value() : TargetRule{};  // the store validated it on the way in
}

}  // namespace

Json OutcomesJson(const store::IndicatorRecord& indicator,
                  const std::vector<store::OutcomeRecord>& outcomes) {
  const TargetRule rule = RuleOf(indicator);
  Json out = Json::array();
  std::optional<double> previous;
  for (const store::OutcomeRecord& o : outcomes) {
    Indicator i;
    i.name = indicator.name;
    i.unit = indicator.unit;
    i.period = o.period;
    i.target = rule;
    i.outcome = o.value;
    i.previous = previous;
    if (auto manual = ParseAssessment(o.manual_assessment); manual && !o.manual_assessment.empty()) {
      i.manual = ManualAssessment{*manual, o.comment};
    }
    const IndicatorAssessment a = AssessIndicator(i);
    out.push_back(Json{{"period", o.period},
                       {"value", o.value ? Json(*o.value) : Json()},
                       {"value_text", o.value ? FormatWithUnit(*o.value, indicator.unit) : "–"},
                       {"assessment", std::string(AssessmentKey(a.final))},
                       {"assessment_label", std::string(AssessmentLabel(a.final))},
                       {"computed_assessment", std::string(AssessmentKey(a.computed))},
                       {"manual", a.manual},
                       {"manual_assessment", o.manual_assessment},
                       {"comment", o.comment},
                       {"change", a.change ? Json(*a.change) : Json()},
                       {"version", o.version}});
    if (o.value) previous = o.value;
  }
  return out;
}

Json IndicatorJson(const store::IndicatorRecord& indicator,
                   const std::vector<store::OutcomeRecord>& outcomes) {
  const TargetRule rule = RuleOf(indicator);
  Json assessed = OutcomesJson(indicator, outcomes);
  return Json{{"id", indicator.id},
              {"unit", indicator.unit_code},
              {"goal_id", indicator.goal_id ? Json(*indicator.goal_id) : Json()},
              {"name", indicator.name},
              {"measure", indicator.unit},
              {"target", io::TargetRuleToJson(rule)},
              {"target_text", DescribeTarget(rule, indicator.unit)},
              {"latest", assessed.empty() ? Json() : assessed.back()},
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
  if (f.Has("goal_id")) {
    const Json& g = f.Get("goal_id");
    if (!g.is_number_integer() || g.get<long long>() <= 0) {
      return FieldError("goal_id", "ska vara ett måls id", "must be the id of a goal");
    }
    r.goal_id = g.get<std::int64_t>();
  }
  auto rule = io::TargetRuleFromJson(f.Get("target"), "target");
  if (!rule.ok()) return rule.error();
  if (Status valid = Validate(rule.value()); !valid.ok()) return valid.error();
  r.unit_code = unit.value();
  r.name = name.value();
  r.unit = measure.value();
  r.target_json = io::TargetRuleText(rule.value());
  if (Status valid = Validate(r); !valid.ok()) {
    // The record's "unit" (of measure) is "measure" on the wire.
    Error e = valid.error();
    return e.location().field == "unit" ? e.WithField("measure") : e;
  }
  return r;
}

}  // namespace kplan::server::handlers
