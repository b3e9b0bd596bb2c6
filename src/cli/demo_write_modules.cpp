// Writes the demo's plan modules through the store's editing methods: need
// parameters, plan texts, goals (linking the indicators the import created),
// manual assessments of outcomes and the successionsplan.

#include <map>
#include <utility>

#include "demo_parts.hpp"

namespace kplan::cli::demo {
namespace {

Error Missing(const std::string& what) {
  return Error(ErrorCode::kInternal, "demodata: " + what + " saknas efter att det skrivits",
               "demo data: " + what + " missing after it was written");
}

using UnitIds = std::map<std::string, std::int64_t>;
// The indicators the import created, by (unit code, name).
using IndicatorsByName = std::map<std::pair<std::string, std::string>, store::IndicatorRecord>;

Result<std::int64_t> IdOf(const UnitIds& unit_ids, const std::string& code) {
  auto it = unit_ids.find(code);
  if (it == unit_ids.end()) return Missing("enheten " + code);
  return it->second;
}

Result<store::IndicatorRecord*> FindIndicator(IndicatorsByName& indicators, const std::string& unit,
                                              const std::string& name) {
  auto it = indicators.find({unit, name});
  if (it == indicators.end()) return Missing("indikatorn " + unit + "/" + name);
  return &it->second;
}

Status WriteNeedsAndTexts(const DemoMunicipality& demo, store::Store& store, const UnitIds& unit_ids,
                          std::string_view actor) {
  for (const DemoNeed& need : demo.needs) {
    auto unit = IdOf(unit_ids, need.plan_unit_code);
    if (!unit.ok()) return unit.error();
    store::NeedParameters parameters = need.parameters;
    parameters.version = 0;  // create
    if (auto saved = store.SaveNeedParameters(unit.value(), need.year, parameters, actor);
        !saved.ok()) {
      return saved.error();
    }
  }
  for (const DemoText& text : demo.texts) {
    auto unit = IdOf(unit_ids, text.plan_unit_code);
    if (!unit.ok()) return unit.error();
    store::PlanText created = text.text;
    created.version = 0;
    if (auto saved = store.SavePlanText(unit.value(), text.year, created, actor); !saved.ok())
      return saved.error();
  }
  return Ok();
}

// The import created the indicators; the goals link them by name.
Result<IndicatorsByName> ListIndicatorsByName(const DemoMunicipality& demo, store::Store& store,
                                              const UnitIds& unit_ids) {
  auto root = IdOf(unit_ids, demo.root_code);
  if (!root.ok()) return root.error();
  auto listed = store.ListIndicators(root.value());
  if (!listed.ok()) return listed.error();
  IndicatorsByName indicators;
  for (store::IndicatorRecord& i : listed.value()) {
    const std::pair<std::string, std::string> key{i.unit_code, i.name};
    indicators.emplace(key, std::move(i));
  }
  return indicators;
}

Status WriteGoals(const DemoMunicipality& demo, store::Store& store, IndicatorsByName& indicators,
                  std::string_view actor) {
  // The kommun's goal is the kommunövergripande målsättning every förvaltning's
  // goal serves (seed 000), so the roll-up to kommunstyrelsen has a Röd/Grön
  // per förvaltning; it comes first in DemoGoals.
  std::optional<std::int64_t> malsattning;
  for (const DemoGoal& goal : demo.goals) {
    store::Goal record = goal.goal;
    if (record.unit_code != demo.root_code && !record.parent_id) record.parent_id = malsattning;
    auto created = store.CreateGoal(record, actor);
    if (!created.ok()) return created.error();
    if (record.unit_code == demo.root_code && !malsattning) malsattning = created.value().id;
    for (const std::string& name : goal.indicators) {
      auto record = FindIndicator(indicators, goal.goal.unit_code, name);
      if (!record.ok()) return record.error();
      store::IndicatorRecord linked = *record.value();
      linked.goal_id = created.value().id;
      auto updated = store.UpdateIndicator(linked, actor);
      if (!updated.ok()) return updated.error();
      *record.value() = std::move(updated).value();
    }
  }
  return Ok();
}

Status WriteAssessments(const DemoMunicipality& demo, store::Store& store, IndicatorsByName& indicators,
                        std::string_view actor) {
  for (const DemoAssessment& a : demo.assessments) {
    auto record = FindIndicator(indicators, a.unit_code, a.indicator);
    if (!record.ok()) return record.error();
    auto outcomes = store.ListOutcomes(record.value()->id);
    if (!outcomes.ok()) return outcomes.error();
    bool found = false;
    for (store::OutcomeRecord outcome : outcomes.value()) {
      if (outcome.period != a.period) continue;
      outcome.manual_assessment = a.manual_assessment;
      outcome.comment = a.comment;
      if (auto saved = store.SaveOutcome(outcome, actor); !saved.ok()) return saved.error();
      found = true;
    }
    if (!found) return Missing("utfallet " + a.unit_code + "/" + a.indicator + " " + a.period);
  }
  return Ok();
}

}  // namespace

Status WritePlanModules(const DemoMunicipality& demo, store::Store& store, const UnitIds& unit_ids,
                        std::string_view actor) {
  if (auto written = WriteNeedsAndTexts(demo, store, unit_ids, actor); !written.ok()) return written;
  auto indicators = ListIndicatorsByName(demo, store, unit_ids);
  if (!indicators.ok()) return indicators.error();
  if (auto written = WriteGoals(demo, store, indicators.value(), actor); !written.ok()) return written;
  if (auto written = WriteAssessments(demo, store, indicators.value(), actor); !written.ok())
    return written;
  for (const store::SuccessionEntry& entry : demo.succession) {
    if (auto created = store.CreateSuccession(entry, actor); !created.ok())
      return created.error();
  }
  return Ok();
}

}  // namespace kplan::cli::demo
