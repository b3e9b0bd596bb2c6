// The example plans (demo_examples.hpp): which there are, and the one writer
// that puts any of them into a store. The data sets live in
// demo_example_<key>.cpp, one per seed.

#include "demo_examples.hpp"

#include <map>
#include <ostream>
#include <set>

#include "demo_data.hpp"
#include "kplan/server/password.hpp"

namespace kplan::cli {
namespace {

constexpr const char* kActor = "demo";

using UnitIds = std::map<std::string, std::int64_t>;

Error Missing(const std::string& what) {
  return Error(ErrorCode::kInternal, "exempelplanen: " + what + " saknas efter att det skrivits",
               "example plan: " + what + " missing after it was written");
}

// The years a goal or an activity of the example belongs to.
YearSpan PlanYears(const ExamplePlan& e) { return YearSpan{e.year, e.through_year}; }

// Every category the example names, in first-mention order.
std::vector<store::OccupationalCategory> CategoriesOf(const ExamplePlan& e) {
  std::vector<store::OccupationalCategory> out;
  std::set<std::string> seen;
  auto add = [&](const std::string& name) {
    if (!name.empty() && seen.insert(name).second) out.push_back({0, name, "", 1});
  };
  for (const auto& i : e.inventory) add(i.category);
  for (const auto& n : e.needs) add(n.category);
  for (const auto& r : e.risks) add(r.category);
  for (const auto& a : e.activities) {
    for (const std::string& c : a.categories) add(c);
  }
  return out;
}

Status WritePlanYear(const ExamplePlan& e, store::Store& store, std::int64_t plan_unit) {
  store::PlanYear plan_year;
  plan_year.unit_code = e.plan_unit;
  plan_year.year = e.year;
  plan_year.horizons = e.horizons;
  if (auto saved = store.SavePlanYear(plan_year, kActor); !saved.ok()) return saved.error();
  if (!e.inventory.empty()) {
    std::vector<store::InventoryEntry> entries = e.inventory;
    for (auto& entry : entries) {
      if (entry.unit_code.empty()) entry.unit_code = e.plan_unit;
    }
    if (auto saved = store.SaveInventory(plan_unit, e.year, entries, kActor); !saved.ok())
      return saved.error();
  }
  for (store::NeedParameters need : e.needs) {
    need.version = 0;  // create
    if (auto saved = store.SaveNeedParameters(plan_unit, e.year, need, kActor); !saved.ok())
      return saved.error();
  }
  for (store::PlanText text : e.texts) {
    text.version = 0;
    if (auto saved = store.SavePlanText(plan_unit, e.year, text, kActor); !saved.ok())
      return saved.error();
  }
  for (std::size_t i = 0; i < e.chapters.size(); ++i) {
    store::PlanChapter chapter = e.chapters[i];
    if (chapter.unit_code.empty()) chapter.unit_code = e.plan_unit;
    chapter.year = e.year;
    if (chapter.position == 0) chapter.position = static_cast<int>(i);
    if (auto created = store.CreateChapter(chapter, kActor); !created.ok()) return created.error();
  }
  return Ok();
}

// A goal, then its indicators' periods (the import creates the indicators),
// then the link from each indicator to the goal.
Status WriteGoal(const ExamplePlan& e, const ExampleGoal& g, store::Store& store, std::int64_t plan_unit,
                 const std::map<std::string, std::int64_t>& malsattningar) {
  store::Goal goal;
  goal.unit_code = e.plan_unit;
  goal.title = g.title;
  goal.description = g.description;
  goal.years = PlanYears(e);
  goal.area = g.area;
  if (!g.serves.empty()) {
    auto parent = malsattningar.find(g.serves);
    if (parent == malsattningar.end()) return Missing("målsättningen " + g.serves);
    goal.parent_id = parent->second;
  }
  auto created = store.CreateGoal(goal, kActor);
  if (!created.ok()) return created.error();
  if (g.indicators.empty()) return Ok();
  std::vector<store::IndicatorOutcome> outcomes;
  for (const ExampleIndicator& indicator : g.indicators) {
    for (const ExampleOutcome& p : indicator.periods) {
      store::IndicatorOutcome o;
      o.unit_code = e.plan_unit;
      o.indicator = indicator.name;
      o.unit = indicator.unit;
      o.target_json = p.target_json;
      o.period = p.period;
      o.value = p.value;
      o.manual_assessment = p.manual_assessment;
      o.comment = p.comment;
      outcomes.push_back(std::move(o));
    }
  }
  if (auto saved = store.SaveIndicatorOutcomes(outcomes, kActor); !saved.ok()) return saved.error();
  auto listed = store.ListIndicators(plan_unit);
  if (!listed.ok()) return listed.error();
  for (const ExampleIndicator& indicator : g.indicators) {
    bool linked = false;
    for (store::IndicatorRecord record : listed.value()) {
      if (record.unit_code != e.plan_unit || record.name != indicator.name) continue;
      record.goal_id = created.value().id;
      if (auto updated = store.UpdateIndicator(record, kActor); !updated.ok()) return updated.error();
      linked = true;
    }
    if (!linked) return Missing("indikatorn " + indicator.name);
  }
  return Ok();
}

Status WriteUnitRecords(const ExamplePlan& e, store::Store& store) {
  std::vector<store::Activity> activities = e.activities;
  for (auto& a : activities) {
    if (a.unit_code.empty()) a.unit_code = e.plan_unit;
    if (a.years.first == 0) a.years = PlanYears(e);
  }
  if (!activities.empty()) {
    if (auto added = store.AddActivities(activities, kActor); !added.ok()) return added.error();
  }
  std::vector<store::Risk> risks = e.risks;
  for (auto& r : risks) {
    if (r.unit_code.empty()) r.unit_code = e.plan_unit;
    r.year = e.year;
  }
  if (!risks.empty()) {
    if (auto added = store.AddRisks(risks, kActor); !added.ok()) return added.error();
  }
  for (store::SuccessionEntry entry : e.succession) {
    if (entry.unit_code.empty()) entry.unit_code = e.plan_unit;
    if (entry.years.first == 0) entry.years = YearSpan{e.year, std::nullopt};
    if (auto created = store.CreateSuccession(entry, kActor); !created.ok()) return created.error();
  }
  return Ok();
}

}  // namespace

const std::vector<std::string>& ExampleKeys() {
  static const std::vector<std::string> kKeys = {"trelleborg", "malmo", "linkoping", "stockholm",
                                                 "hagersten"};
  return kKeys;
}

std::optional<ExamplePlan> FindExample(std::string_view key) {
  if (key == "trelleborg") return TrelleborgExample();
  if (key == "malmo") return MalmoExample();
  if (key == "linkoping") return LinkopingExample();
  if (key == "stockholm") return StockholmExample();
  if (key == "hagersten") return HagerstenExample();
  return std::nullopt;
}

std::string ExampleKeyList() {
  std::string list;
  for (const std::string& key : ExampleKeys()) list += (list.empty() ? "" : "|") + key;
  return list;
}

Result<ExamplePlan> ExampleNamed(std::string_view key) {
  if (auto example = FindExample(key)) return std::move(*example);
  return Error(ErrorCode::kInvalidInput,
               "okänd exempelplan \"" + std::string(key) + "\"; välj " + ExampleKeyList(),
               "unknown example plan \"" + std::string(key) + "\"; choose " + ExampleKeyList())
      .WithField("example")
      .WithValue(std::string(key));
}

Status WriteExample(const ExamplePlan& e, store::Store& store) {
  if (auto added = store.AddOrgUnits(e.units, kActor); !added.ok()) return added.error();
  auto units = store.ListOrgUnits();
  if (!units.ok()) return units.error();
  UnitIds ids;
  for (const OrgUnit& u : units.value()) ids[u.code] = u.id;
  auto plan_unit = ids.find(e.plan_unit);
  if (plan_unit == ids.end()) return Missing("enheten " + e.plan_unit);
  if (auto categories = CategoriesOf(e); !categories.empty()) {
    if (auto added = store.AddCategories(categories, kActor); !added.ok()) return added.error();
  }
  if (Status s = WritePlanYear(e, store, plan_unit->second); !s.ok()) return s;
  std::map<std::string, std::int64_t> malsattningar;
  for (const std::string& title : e.malsattningar) {
    store::Goal goal;
    goal.unit_code = e.units.front().code;
    goal.title = title;
    goal.years = PlanYears(e);
    auto created = store.CreateGoal(goal, kActor);
    if (!created.ok()) return created.error();
    malsattningar[title] = created.value().id;
  }
  for (const ExampleGoal& goal : e.goals) {
    if (Status s = WriteGoal(e, goal, store, plan_unit->second, malsattningar); !s.ok()) return s;
  }
  return WriteUnitRecords(e, store);
}

Status CreateExample(const ExamplePlan& e, store::Store& store, std::ostream& out) {
  if (Status written = WriteExample(e, store); !written.ok()) return written;
  auto hash = server::HashPassword(kDemoPassword);
  if (!hash.ok()) return hash.error();
  const std::pair<const char*, Role> users[] = {
      {"admin", Role::kAdmin}, {"hr", Role::kHr}, {"lasare", Role::kReader}};
  for (const auto& [name, role] : users) {
    store::User user;
    user.name = name;
    user.role = role;
    if (auto added = store.AddUser(user, hash.value(), "system"); !added.ok()) return added.error();
  }
  std::string plan_unit_name = e.plan_unit;
  for (const NewOrgUnit& u : e.units) {
    if (u.code == e.plan_unit) plan_unit_name = u.name;
  }
  std::size_t indicators = 0;
  for (const ExampleGoal& g : e.goals) indicators += g.indicators.size();
  out << "Exempelplan skapad: " << plan_unit_name << ", " << e.municipality << ", planår " << e.year
      << (e.through_year ? "–" + std::to_string(*e.through_year) : "") << " (efter seed " << e.seed
      << ")\n"
      << "  " << e.units.size() << " organisationsenheter; kartläggning " << e.inventory.size()
      << " rader; " << e.goals.size() << " mål med " << indicators << " indikatorer; "
      << e.activities.size() << " aktiviteter; " << e.risks.size() << " risker; " << e.texts.size()
      << " plantexter; " << e.chapters.size() << " egna kapitel; " << e.succession.size()
      << " nyckelbefattningar\n"
      << "  Planen: kplan report --org " << e.plan_unit << " --year " << e.year
      << " --format pdf, eller sidan Rapporter\n"
      << "Demoanvändare (lösenord \"" << kDemoPassword << "\"): admin, hr, lasare\n";
  return Ok();
}

}  // namespace kplan::cli
