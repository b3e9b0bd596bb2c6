#include "kplan/report/plan_input.hpp"

#include <map>
#include <set>

#include "kplan/core/need.hpp"

namespace kplan::report {
namespace {

// Inventory of the plan year summed over the units of `units`, per category
// and level index.
std::map<std::string, PerLevel> SumInventory(const std::vector<store::InventoryEntry>& entries,
                                             const std::set<std::string>& units,
                                             const CompetenceScale& scale) {
  std::map<std::string, PerLevel> out;
  for (const store::InventoryEntry& e : entries) {
    if (!units.count(e.unit_code)) continue;
    auto level = scale.Find(e.level);
    if (!level) continue;
    PerLevel& row = out[e.category];
    row.resize(scale.size(), 0.0);
    row[*level] += e.headcount;
  }
  return out;
}

// Last year's gaps per category, from the previous plan year's own analysis.
std::map<std::string, std::vector<PreviousGaps>> PreviousYearGaps(store::Store& store,
                                                                  const PlanScope& plan,
                                                                  const std::set<std::string>& units) {
  std::map<std::string, std::vector<PreviousGaps>> out;
  auto levels = store.PlanLevels(plan.plan_unit.id, plan.year - 1);
  auto inventory = store.LoadInventory(plan.plan_unit.id, plan.year - 1);
  auto need = store.LoadNeedParameters(plan.plan_unit.id, plan.year - 1);
  if (!levels.ok() || !inventory.ok() || !need.ok() || need.value().empty()) return out;
  CompetenceScale scale(levels.value());
  auto sums = SumInventory(inventory.value(), units, scale);
  for (const store::NeedParameters& p : need.value()) {
    CategoryInput in;
    in.name = p.category;
    in.inventory = sums.count(p.category) ? sums[p.category] : PerLevel(scale.size(), 0.0);
    in.base = p.base;
    in.horizons = p.horizons;
    CategoryAnalysis a = AnalyzeCategory(in, scale);
    for (const HorizonAnalysis& h : a.horizons) {
      PreviousGaps gaps{h.assumption.years, {}, h.gap.total.gap};
      for (const LevelGap& l : h.gap.levels) gaps.levels.push_back(l.gap);
      out[p.category].push_back(std::move(gaps));
    }
  }
  return out;
}

}  // namespace

Result<PlanScope> FindPlanScope(store::Store& store, const OrgUnit& scope, int year) {
  auto units = store.ListOrgUnits();
  if (!units.ok()) return units.error();
  std::map<std::int64_t, OrgUnit> by_id;
  for (const OrgUnit& u : units.value()) by_id[u.id] = u;
  // Walk up from the scope; the first unit with a plan year for `year` wins.
  std::optional<std::int64_t> at = scope.id;
  for (int depth = 0; at && depth < 64; ++depth) {
    auto here = store.ListPlanYears(*at);
    if (!here.ok()) return here.error();
    const OrgUnit& unit = by_id[*at];
    for (const store::PlanYear& p : here.value()) {
      if (p.year == year && p.unit_code == unit.code) return PlanScope{unit, scope, year};
    }
    at = unit.parent_id;
  }
  return PlanScope{scope, scope, year};
}

Result<AnalysisInput> LoadAnalysisInput(store::Store& store, const PlanScope& plan) {
  auto levels = store.PlanLevels(plan.plan_unit.id, plan.year);
  if (!levels.ok()) return levels.error();
  auto years = store.ListPlanYears(plan.plan_unit.id);
  if (!years.ok()) return years.error();
  auto subtree = store.Subtree(plan.scope.id);
  if (!subtree.ok()) return subtree.error();
  auto inventory = store.LoadInventory(plan.plan_unit.id, plan.year);
  if (!inventory.ok()) return inventory.error();
  auto need = store.LoadNeedParameters(plan.plan_unit.id, plan.year);
  if (!need.ok()) return need.error();
  auto texts = store.LoadPlanTexts(plan.plan_unit.id, plan.year);
  if (!texts.ok()) return texts.error();
  auto risks = store.ListRisks(plan.scope.id, plan.year);
  if (!risks.ok()) return risks.error();

  std::set<std::string> units;
  for (const OrgUnit& u : subtree.value()) units.insert(u.code);

  AnalysisInput input;
  input.organisation = plan.scope.name;
  input.year = plan.year;
  input.scale = CompetenceScale(levels.value());
  input.horizons = {2, 5};
  for (const store::PlanYear& p : years.value()) {
    if (p.year == plan.year && p.unit_code == plan.plan_unit.code) input.horizons = p.horizons;
  }

  auto sums = SumInventory(inventory.value(), units, input.scale);
  auto previous = PreviousYearGaps(store, plan, units);
  std::map<std::string, const store::NeedParameters*> need_by_category;
  for (const store::NeedParameters& p : need.value()) need_by_category[p.category] = &p;
  std::set<std::string> names;
  for (const auto& [name, row] : sums) names.insert(name);
  for (const auto& [name, p] : need_by_category) names.insert(name);

  // Risk per category: the highest of the scope's units, per kind of risk.
  std::map<std::string, CategoryRisk> risk_by_category;
  for (const store::Risk& r : risks.value()) {
    CategoryRisk& c = risk_by_category[r.category];
    RiskAssessment ops{r.operations_consequence, r.operations_probability};
    RiskAssessment env{r.work_environment_consequence, r.work_environment_probability};
    if (ops.Value() > c.operations.Value()) c.operations = ops;
    if (env.Value() > c.work_environment.Value()) c.work_environment = env;
  }

  for (const std::string& name : names) {
    CategoryInput c;
    c.name = name;
    c.inventory = sums.count(name) ? sums[name] : PerLevel(input.scale.size(), 0.0);
    c.inventory.resize(input.scale.size(), 0.0);
    if (auto it = need_by_category.find(name); it != need_by_category.end()) {
      c.base = it->second->base;
      c.horizons = it->second->horizons;
    } else {
      // No parameters yet: today's distribution as the target, no growth.
      const double total = SumOf(c.inventory);
      for (int h : input.horizons) {
        NeedAssumption a;
        a.years = h;
        for (double v : c.inventory) a.target_shares.push_back(total > 0 ? 100.0 * v / total : 100.0 / input.scale.size());
        c.horizons.push_back(a);
      }
    }
    if (auto it = previous.find(name); it != previous.end()) c.previous = it->second;
    if (auto it = risk_by_category.find(name); it != risk_by_category.end()) c.risk = it->second;
    for (const store::PlanText& t : texts.value()) {
      if (t.section == "kompetensgap" && t.category == name) c.comment = t.text;
    }
    input.categories.push_back(std::move(c));
  }
  return input;
}

}  // namespace kplan::report
