// LoadPlanData: the units and plan years of the report, their kartläggning,
// need parameters, risks, activities, indicators and texts from the store.
// The register side (key figures, age pyramid, staffing projection) is in
// plan_data_register.cpp.

#include "kplan/app/plan_data.hpp"

#include <algorithm>
#include <set>

#include <nlohmann/json.hpp>

#include "kplan/io/target_rule_json.hpp"
#include "plan_data_parts.hpp"
#include "kplan/app/indicator_sources.hpp"
#include "kplan/core/indicator_binding.hpp"
#include "kplan/core/kolada.hpp"
#include "unit_lookup.hpp"

namespace kplan::app {

namespace detail {

Result<std::vector<std::string>> ScaleOf(store::Store& store, std::int64_t unit_id, int year) {
  return store.PlanLevels(unit_id, year);
}

// The kartläggning of a plan year summed over its units, per category.
Result<std::map<std::string, PerLevel>> InventoryByCategory(store::Store& store, std::int64_t unit_id,
                                                            int year,
                                                            const std::vector<std::string>& levels) {
  auto entries = store.LoadInventory(unit_id, year);
  if (!entries.ok()) return entries.error();
  std::map<std::string, PerLevel> out;
  for (const store::InventoryEntry& e : entries.value()) {
    auto level = std::find(levels.begin(), levels.end(), e.level);
    if (level == levels.end()) continue;
    PerLevel& row = out[e.category];
    row.resize(levels.size(), 0.0);
    row[static_cast<std::size_t>(level - levels.begin())] += e.headcount;
  }
  return out;
}

}  // namespace detail

namespace {

using detail::InventoryByCategory;

// The population forecast's growth of the total from `year` to year + h.
void PopulationGrowth(const std::vector<store::PopulationEntry>& population, UnitPlan& plan) {
  std::map<int, double> totals;
  for (const auto& p : population) totals[p.year] += p.people;
  plan.growth.assign(plan.horizons.size(), 0.0);
  auto base = totals.find(plan.year);
  if (base == totals.end() || base->second <= 0) return;
  bool all = true;
  for (std::size_t i = 0; i < plan.horizons.size(); ++i) {
    auto at = totals.find(plan.year + plan.horizons[i]);
    if (at == totals.end()) {
      all = false;
      continue;
    }
    plan.growth[i] = at->second / base->second - 1.0;
  }
  plan.growth_from_forecast = all;
}

TargetRule RuleOf(const std::optional<std::string>& text) {
  if (!text || text->empty()) return {};
  auto rule = io::ParseTargetRuleText(*text);
  return rule.ok() ? rule.value() : TargetRule{};
}

// outcomes: one indicator's periods, oldest first (IndicatorPlan's contract);
// `period` non-empty: that period's outcome rather than the year's latest.
IndicatorPlan ToIndicatorPlan(const std::vector<store::IndicatorOutcome>& outcomes, int year,
                              const std::string& period) {
  IndicatorPlan plan;
  Indicator& ind = plan.indicator;
  const store::IndicatorOutcome& any = outcomes.front();
  plan.unit_code = any.unit_code;
  ind.name = any.indicator;
  ind.unit = any.unit;
  ind.goal = any.goal;
  const store::IndicatorOutcome* current = nullptr;
  for (const auto& o : outcomes) {
    if (o.period.empty()) {  // an indicator with no period at all: its own target
      ind.target = RuleOf(o.target_json);
      continue;
    }
    const int at = PeriodYear(o.period);
    if (at < year && o.value) ind.previous = o.value;
    if (at == year && (period.empty() || o.period == period)) current = &o;
    if (at == year + 1 && o.target_json && !o.target_json->empty() && !plan.next_target) {
      plan.next_target = RuleOf(o.target_json);
    }
  }
  if (!current) return plan;  // Ej bedömd: nothing recorded for the year
  ind.period = current->period;
  ind.outcome = current->value;
  ind.target = RuleOf(current->target_json);
  plan.comment = current->comment.value_or("");
  const std::string manual = current->manual_assessment.value_or("");
  if (auto a = ParseAssessment(manual); a && !manual.empty()) ind.manual = ManualAssessment{*a, plan.comment};
  return plan;
}

// Whether each indicator is computed from the register, and Kolada's values
// of its outcome's year (the plan year when it has none) for the
// municipalities it is compared with: "Riket 6,9 %".
Status AddIndicatorSources(store::Store& store, std::int64_t unit_id, int year, UnitPlan& plan) {
  auto records = store.ListIndicators(unit_id);
  if (!records.ok()) return records.error();
  for (IndicatorPlan& p : plan.indicators) {
    auto it = std::find_if(records.value().begin(), records.value().end(), [&](const store::IndicatorRecord& r) {
      return r.unit_code == p.unit_code && r.name == p.indicator.name;
    });
    if (it == records.value().end()) continue;
    p.computed = FindKeyFigureBinding(it->key_figure) != nullptr;
    auto series = LoadComparisons(store, *it);
    if (!series.ok()) return series.error();
    const int at = p.indicator.period.empty() ? year : PeriodYear(p.indicator.period);
    const KoladaKpi* kpi = FindKoladaKpi(it->kolada_kpi);
    for (const ComparisonSeries& c : series.value()) {
      if (std::optional<double> v = c.At(at)) {
        p.comparisons.push_back(c.label + " " + FormatWithUnit(*v, kpi ? std::string(kpi->unit) : p.indicator.unit));
      }
    }
  }
  return Ok();
}

// After LoadModules: the plan year's goals decide which indicators are in it.
Status LoadIndicators(store::Store& store, std::int64_t unit_id, int year, const std::string& period,
                      UnitPlan& plan) {
  auto outcomes = store.LoadIndicatorOutcomes(unit_id);
  if (!outcomes.ok()) return outcomes.error();
  std::map<std::pair<std::string, std::string>, std::vector<store::IndicatorOutcome>> by;
  std::vector<std::pair<std::string, std::string>> order;
  for (const auto& o : outcomes.value()) {
    auto key = std::make_pair(o.unit_code, o.indicator);
    if (!by.count(key)) order.push_back(key);
    by[key].push_back(o);
  }
  // An indicator follows its goal into the plans of the goal's years only.
  const auto in_plan = [&](const std::string& goal) {
    return goal.empty() || std::any_of(plan.goals.begin(), plan.goals.end(),
                                       [&](const store::Goal& g) { return g.title == goal; });
  };
  for (const auto& key : order) {
    auto& list = by[key];
    if (!in_plan(list.front().goal)) continue;
    std::stable_sort(list.begin(), list.end(),
                     [](const auto& a, const auto& b) { return a.period < b.period; });
    plan.indicators.push_back(ToIndicatorPlan(list, year, period));
  }
  return AddIndicatorSources(store, unit_id, year, plan);
}

Result<UnitPlan> LoadUnitPlan(store::Store& store, const OrgUnit& unit, int year,
                              const std::map<std::string, std::string>& ssyk, const std::string& period) {
  UnitPlan plan;
  plan.unit = unit;
  plan.year = year;
  auto levels = detail::ScaleOf(store, unit.id, year);
  if (!levels.ok()) return levels.error();
  plan.levels = levels.value();
  auto inventory = InventoryByCategory(store, unit.id, year, plan.levels);
  if (!inventory.ok()) return inventory.error();
  auto previous = InventoryByCategory(store, unit.id, year - 1, plan.levels);
  if (!previous.ok()) return previous.error();
  plan.has_previous_year = !previous.value().empty();
  for (auto& [name, per_level] : inventory.value()) {
    CategoryPlan c;
    c.name = name;
    if (auto it = ssyk.find(name); it != ssyk.end()) c.ssyk = it->second;
    c.inventory = per_level;
    if (auto it = previous.value().find(name); it != previous.value().end()) {
      c.previous_inventory = it->second;
    }
    plan.categories.push_back(std::move(c));
  }
  if (Status s = detail::LoadModules(store, unit.id, year, plan); !s.ok()) return s.error();
  auto risks = store.ListRisks(unit.id, year);
  if (!risks.ok()) return risks.error();
  plan.risks = std::move(risks).value();
  auto activities = store.ListActivities(unit.id, year);
  if (!activities.ok()) return activities.error();
  plan.activities = std::move(activities).value();
  if (Status s = LoadIndicators(store, unit.id, year, period, plan); !s.ok()) return s.error();
  return plan;
}

// The codes of the units in org's subtree that have a plan year for `year`:
// a plan year is a plan whatever it holds (kartläggning or not).
Result<std::set<std::string>> UnitsWithPlanYear(store::Store& store, const OrgUnit& org, int year) {
  auto plan_years = store.ListPlanYears(org.id);
  if (!plan_years.ok()) return plan_years.error();
  std::set<std::string> codes;
  for (const store::PlanYear& p : plan_years.value()) {
    if (p.year == year) codes.insert(p.unit_code);
  }
  return codes;
}

std::string AreaOf(const std::string& root_name) {
  const std::string suffix = " kommun";
  if (root_name.size() > suffix.size() &&
      root_name.compare(root_name.size() - suffix.size(), suffix.size(), suffix) == 0) {
    return root_name.substr(0, root_name.size() - suffix.size());
  }
  return root_name;
}

// Keeps the rows of `list` whose unit is not inside any of `excluded`.
template <typename T>
void DropUnits(std::vector<T>& list, const std::set<std::string>& excluded) {
  list.erase(std::remove_if(list.begin(), list.end(),
                            [&](const T& row) { return excluded.count(row.unit_code) > 0; }),
             list.end());
}

// The plan units below `org`: the topmost units (not enheter) with a plan
// year for the year; units inside one of them belong to its part.
std::vector<const OrgUnit*> PartUnits(const OrgTree& tree, const OrgUnit& org, const std::set<std::string>& planned) {
  std::vector<const OrgUnit*> parts;
  for (const OrgUnit* u : tree.Subtree(org.id)) {  // parents before children
    if (u->id == org.id || u->kind == OrgUnitKind::kEnhet) continue;
    const bool inside = std::any_of(parts.begin(), parts.end(),
                                    [&](const OrgUnit* p) { return tree.IsInSubtree(u->id, p->id); });
    if (!inside && planned.count(u->code)) parts.push_back(u);
  }
  return parts;
}

Error NoPlanYear(const OrgUnit& org, int year) {
  return Error(ErrorCode::kNotFound,
               "det finns inget planår " + std::to_string(year) + " för " + org.name +
                   " eller för någon enhet under den",
               "there is no plan year " + std::to_string(year) + " for " + org.name + " or any unit below it")
      .WithField("year")
      .WithHint("Lägg upp planåret med POST /api/v1/plan-years, eller importera en kartläggning med kplan "
                "import inventory FIL --org " + org.code + " --year " + std::to_string(year) +
                "; ett planår blir en plan även utan kartläggning.");
}

// The main unit's plan and one per part; in a roll-up the kommun keeps only
// its own rows (the förvaltningar's are in their parts).
Status LoadPlans(store::Store& store, const OrgTree& tree, const OrgUnit& org,
                 const std::vector<const OrgUnit*>& part_units, const std::string& period, PlanData& data) {
  std::map<std::string, std::string> ssyk;
  if (auto categories = store.ListCategories(); categories.ok()) {
    for (const auto& c : categories.value()) ssyk[c.name] = c.ssyk;
  }
  auto main = LoadUnitPlan(store, org, data.year, ssyk, period);
  if (!main.ok()) return main.error();
  data.main = std::move(main).value();
  std::set<std::string> part_codes;  // every unit inside a part
  for (const OrgUnit* u : part_units) {
    auto part = LoadUnitPlan(store, *u, data.year, ssyk, period);
    if (!part.ok()) return part.error();
    data.parts.push_back(std::move(part).value());
    for (const OrgUnit* s : tree.Subtree(u->id)) part_codes.insert(s->code);
  }
  if (data.rollup) {
    DropUnits(data.main.activities, part_codes);
    DropUnits(data.main.risks, part_codes);
    DropUnits(data.main.indicators, part_codes);
    DropUnits(data.main.succession, part_codes);
  }
  return Ok();
}

// The population forecast of the kommun: by its name without " kommun", else
// by its full name; growth to each horizon from it.
Result<std::vector<store::PopulationEntry>> LoadForecast(store::Store& store, PlanData& data) {
  data.population_area = AreaOf(data.municipality);
  auto population = store.LoadPopulation(data.population_area);
  if (!population.ok()) return population.error();
  if (population.value().empty()) {
    data.population_area = data.municipality;
    population = store.LoadPopulation(data.population_area);
    if (!population.ok()) return population.error();
  }
  if (population.value().empty()) data.population_area.clear();
  PopulationGrowth(population.value(), data.main);
  for (UnitPlan& part : data.parts) PopulationGrowth(population.value(), part);
  return population;
}

}  // namespace

Result<PlanData> LoadPlanData(store::Store& store, const PlanRequest& request) {
  Result<OrgTree> tree = detail::LoadOrgTree(store);
  if (!tree.ok()) return tree.error();
  Result<OrgUnit> org = detail::FindOrgUnit(tree.value(), request.org_code);
  if (!org.ok()) return org.error();
  auto planned = UnitsWithPlanYear(store, org.value(), request.year);
  if (!planned.ok()) return planned.error();
  const std::vector<const OrgUnit*> part_units = PartUnits(tree.value(), org.value(), planned.value());
  if (!planned.value().count(org.value().code) && part_units.empty()) {
    return NoPlanYear(org.value(), request.year);
  }
  PlanData data;
  data.year = request.year;
  const OrgUnit* root = tree.value().Root();
  data.municipality = root ? root->name : org.value().name;
  data.pension_age = request.pension_age;
  data.rollup = !part_units.empty();
  if (Status s = LoadPlans(store, tree.value(), org.value(), part_units, request.followup_period, data); !s.ok()) {
    return s.error();
  }
  auto population = LoadForecast(store, data);
  if (!population.ok()) return population.error();
  if (!request.with_register) return data;
  if (Status s = detail::LoadRegister(store, tree.value(), org.value(), request, population.value(), data); !s.ok()) {
    return s.error();
  }
  return data;
}

}  // namespace kplan::app
