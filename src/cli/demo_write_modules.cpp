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

}  // namespace

Status WritePlanModules(const DemoMunicipality& demo, store::Store& store,
                        const std::map<std::string, std::int64_t>& unit_ids,
                        std::string_view actor) {
  auto id_of = [&](const std::string& code) -> Result<std::int64_t> {
    auto it = unit_ids.find(code);
    if (it == unit_ids.end()) return Missing("enheten " + code);
    return it->second;
  };

  for (const DemoNeed& need : demo.needs) {
    auto unit = id_of(need.plan_unit_code);
    if (!unit.ok()) return unit.error();
    store::NeedParameters parameters = need.parameters;
    parameters.version = 0;  // create
    if (auto saved = store.SaveNeedParameters(unit.value(), need.year, parameters, actor);
        !saved.ok()) {
      return saved.error();
    }
  }
  for (const DemoText& text : demo.texts) {
    auto unit = id_of(text.plan_unit_code);
    if (!unit.ok()) return unit.error();
    store::PlanText created = text.text;
    created.version = 0;
    if (auto saved = store.SavePlanText(unit.value(), text.year, created, actor); !saved.ok())
      return saved.error();
  }

  // The import created the indicators; the goals link them by name.
  auto root = id_of(demo.root_code);
  if (!root.ok()) return root.error();
  auto listed = store.ListIndicators(root.value());
  if (!listed.ok()) return listed.error();
  std::map<std::pair<std::string, std::string>, store::IndicatorRecord> indicators;
  for (store::IndicatorRecord& i : listed.value()) {
    const std::pair<std::string, std::string> key{i.unit_code, i.name};
    indicators.emplace(key, std::move(i));
  }
  auto indicator = [&](const std::string& unit,
                       const std::string& name) -> Result<store::IndicatorRecord*> {
    auto it = indicators.find({unit, name});
    if (it == indicators.end()) return Missing("indikatorn " + unit + "/" + name);
    return &it->second;
  };
  for (const DemoGoal& goal : demo.goals) {
    auto created = store.CreateGoal(goal.goal, actor);
    if (!created.ok()) return created.error();
    for (const std::string& name : goal.indicators) {
      auto record = indicator(goal.goal.unit_code, name);
      if (!record.ok()) return record.error();
      store::IndicatorRecord linked = *record.value();
      linked.goal_id = created.value().id;
      auto updated = store.UpdateIndicator(linked, actor);
      if (!updated.ok()) return updated.error();
      *record.value() = std::move(updated).value();
    }
  }
  for (const DemoAssessment& a : demo.assessments) {
    auto record = indicator(a.unit_code, a.indicator);
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

  for (const store::SuccessionEntry& entry : demo.succession) {
    if (auto created = store.CreateSuccession(entry, actor); !created.ok())
      return created.error();
  }
  return Ok();
}

}  // namespace kplan::cli::demo
