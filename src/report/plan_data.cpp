// LoadPlanData: the units and plan years of the report, their kartläggning,
// need parameters, risks, activities, indicators and texts from the store.
// The register side (key figures, age pyramid, staffing projection) is in
// plan_data_register.cpp.

#include "kplan/report/plan_data.hpp"

#include <algorithm>
#include <set>

#include <nlohmann/json.hpp>

#include "kplan/io/target_rule_json.hpp"
#include "plan_data_parts.hpp"

namespace kplan::report {

std::string UnitPlan::Text(const std::string& section, const std::string& category) const {
  auto it = texts.find({section, category});
  return it == texts.end() ? std::string() : it->second;
}

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

Indicator ToIndicator(const std::vector<store::IndicatorOutcome>& outcomes, int year) {
  // outcomes: one indicator, ordered by period; the latest period up to the year.
  Indicator ind;
  const store::IndicatorOutcome* latest = nullptr;
  const store::IndicatorOutcome* previous = nullptr;
  for (const auto& o : outcomes) {
    const int period_year = std::atoi(o.period.substr(0, 4).c_str());
    if (period_year > year) continue;
    previous = latest;
    latest = &o;
  }
  if (!latest) latest = &outcomes.back();
  ind.name = latest->indicator;
  ind.unit = latest->unit;
  ind.period = latest->period;
  ind.outcome = latest->value;
  if (previous) ind.previous = previous->value;
  if (!latest->target_json.empty()) {
    auto json = nlohmann::ordered_json::parse(latest->target_json, nullptr, false);
    if (!json.is_discarded()) {
      auto rule = io::TargetRuleFromJson(json, "target");
      if (rule.ok()) ind.target = rule.value();
    }
  }
  return ind;
}

Status LoadIndicators(store::Store& store, std::int64_t unit_id, int year, UnitPlan& plan) {
  auto outcomes = store.LoadIndicatorOutcomes(unit_id);
  if (!outcomes.ok()) return outcomes.error();
  std::map<std::pair<std::string, std::string>, std::vector<store::IndicatorOutcome>> by;
  std::vector<std::pair<std::string, std::string>> order;
  for (const auto& o : outcomes.value()) {
    auto key = std::make_pair(o.unit_code, o.indicator);
    if (!by.count(key)) order.push_back(key);
    by[key].push_back(o);
  }
  for (const auto& key : order) {
    auto& list = by[key];
    std::stable_sort(list.begin(), list.end(),
                     [](const auto& a, const auto& b) { return a.period < b.period; });
    IndicatorPlan ip{key.first, ToIndicator(list, year)};
    if (auto goal = plan.goal_of_indicator.find(key); goal != plan.goal_of_indicator.end()) {
      ip.indicator.goal = goal->second;
    }
    plan.indicators.push_back(std::move(ip));
  }
  return Ok();
}

Result<UnitPlan> LoadUnitPlan(store::Store& store, const OrgUnit& unit, int year,
                              const std::map<std::string, std::string>& ssyk) {
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
  auto activities = store.ListActivities(unit.id);
  if (!activities.ok()) return activities.error();
  plan.activities = std::move(activities).value();
  if (Status s = LoadIndicators(store, unit.id, year, plan); !s.ok()) return s.error();
  return plan;
}

bool HasPlanYear(store::Store& store, std::int64_t unit_id, int year) {
  auto entries = store.LoadInventory(unit_id, year);
  return entries.ok() && !entries.value().empty();
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

}  // namespace

Result<PlanData> LoadPlanData(store::Store& store, const PlanRequest& request) {
  auto units = store.ListOrgUnits();
  if (!units.ok()) return units.error();
  const OrgUnit* org = nullptr;
  const OrgUnit* root = nullptr;
  for (const OrgUnit& u : units.value()) {
    if (!u.parent_id) root = &u;
    if (request.org_code.empty() ? !u.parent_id : u.code == request.org_code) org = &u;
  }
  if (!org) {
    return Error(ErrorCode::kNotFound, "enheten \"" + request.org_code + "\" finns inte",
                 "the unit \"" + request.org_code + "\" does not exist")
        .WithField("org")
        .WithValue(request.org_code);
  }
  auto subtree = store.Subtree(org->id);
  if (!subtree.ok()) return subtree.error();

  PlanData data;
  data.year = request.year;
  data.municipality = root ? root->name : org->name;
  data.pension_age = request.pension_age;

  std::map<std::string, std::string> ssyk;
  if (auto categories = store.ListCategories(); categories.ok()) {
    for (const auto& c : categories.value()) ssyk[c.name] = c.ssyk;
  }

  // The plan units below `org`: the topmost units with a plan year for the year.
  std::map<std::int64_t, const OrgUnit*> by_id;
  for (const OrgUnit& u : subtree.value()) by_id[u.id] = &u;
  std::set<std::int64_t> planned;
  std::vector<const OrgUnit*> part_units;
  for (const OrgUnit& u : subtree.value()) {  // parents before children
    if (u.id == org->id || u.kind == OrgUnitKind::kEnhet) continue;
    bool inside = false;
    for (auto p = u.parent_id; p && *p != org->id; p = by_id.count(*p) ? by_id[*p]->parent_id : std::nullopt) {
      if (planned.count(*p)) inside = true;
    }
    if (inside) continue;
    if (HasPlanYear(store, u.id, request.year)) {
      planned.insert(u.id);
      part_units.push_back(&u);
    }
  }
  const bool own = HasPlanYear(store, org->id, request.year);
  if (!own && part_units.empty()) {
    return Error(ErrorCode::kNotFound,
                 "det finns ingen kartläggning för " + org->name + " " + std::to_string(request.year) +
                     " eller för någon enhet under den",
                 "there is no inventory for " + org->name + " " + std::to_string(request.year) +
                     " or any unit below it")
        .WithField("year")
        .WithHint("Importera en med kplan import inventory FIL --org " + org->code + " --year " +
                  std::to_string(request.year) + ".");
  }
  data.rollup = !part_units.empty();

  auto main = LoadUnitPlan(store, *org, request.year, ssyk);
  if (!main.ok()) return main.error();
  data.main = std::move(main).value();
  std::set<std::string> part_codes;  // every unit inside a part
  for (const OrgUnit* u : part_units) {
    auto part = LoadUnitPlan(store, *u, request.year, ssyk);
    if (!part.ok()) return part.error();
    data.parts.push_back(std::move(part).value());
    auto sub = store.Subtree(u->id);
    if (!sub.ok()) return sub.error();
    for (const OrgUnit& s : sub.value()) part_codes.insert(s.code);
  }
  if (data.rollup) {
    // The kommun's own rows only; the förvaltningar's are in their parts.
    DropUnits(data.main.activities, part_codes);
    DropUnits(data.main.risks, part_codes);
    DropUnits(data.main.indicators, part_codes);
    DropUnits(data.main.succession, part_codes);
  }

  // Population forecast of the kommun.
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

  if (!request.with_register) return data;
  if (Status s = detail::LoadRegister(store, *org, request, population.value(), data); !s.ok()) {
    return s.error();
  }
  return data;
}

}  // namespace kplan::report
