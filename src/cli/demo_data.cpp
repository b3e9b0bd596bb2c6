// The demo municipality: assembles the parts (demo_organisation.cpp,
// demo_register.cpp, demo_planning.cpp) and writes them through the store.

#include "demo_data.hpp"

#include <algorithm>
#include <map>

#include "demo_parts.hpp"

namespace kplan::cli {
namespace {

constexpr const char* kActor = "demo";

// Separate streams for the register and the planning data, so that a change
// in one does not reshuffle the other.
constexpr std::uint64_t kRegisterStream = 0x5245474953544552ULL;  // "REGISTER"
constexpr std::uint64_t kPlanningStream = 0x504C414E4E494E47ULL;  // "PLANNING"
constexpr std::uint64_t kNeedStream = 0x4E45454450415241ULL;      // "NEEDPARA"
constexpr std::uint64_t kSuccessionStream = 0x5355434345535321ULL;  // "SUCCESS!"

}  // namespace

std::vector<NewOrgUnit> DemoOrganisation() {
  std::vector<NewOrgUnit> units;
  for (const demo::UnitPlan& plan : demo::Organisation()) units.push_back(plan.unit);
  return units;
}

const std::vector<std::string>& DemoLevelNames() {
  static const std::vector<std::string> kLevels = {"Viss", "God", "Hög", "Mycket hög"};
  return kLevels;
}

std::vector<CalendarDate> DemoExtractDates(int plan_year) {
  return {{plan_year - 2, 10, 31}, {plan_year - 1, 10, 31}, {plan_year, 10, 31}};
}

Status ValidateDemoOptions(const DemoOptions& options) {
  if (options.employees < kDemoMinEmployees || options.employees > kDemoMaxEmployees) {
    return Error(ErrorCode::kInvalidInput,
                 "antalet anställda måste vara mellan " + std::to_string(kDemoMinEmployees) +
                     " och " + std::to_string(kDemoMaxEmployees),
                 "the number of employees must be between " + std::to_string(kDemoMinEmployees) +
                     " and " + std::to_string(kDemoMaxEmployees))
        .WithField("employees")
        .WithValue(std::to_string(options.employees));
  }
  if (options.extract_dates.empty() || options.extract_dates.size() > 10) {
    return Error(ErrorCode::kInvalidInput, "demodata behöver ett till tio uttagsdatum",
                 "the demo needs one to ten extract dates")
        .WithField("extract_dates");
  }
  for (std::size_t i = 0; i < options.extract_dates.size(); ++i) {
    const CalendarDate& date = options.extract_dates[i];
    if (!IsValidDate(date) || date.year < 1950 || date.year > 2150) {
      return Error(ErrorCode::kInvalidInput, "ogiltigt uttagsdatum", "invalid extract date")
          .WithField("extract_dates")
          .WithValue(FormatIsoDate(date));
    }
    if (i > 0 &&
        demo::DaysFromCivil(date) - demo::DaysFromCivil(options.extract_dates[i - 1]) < 30) {
      return Error(ErrorCode::kInvalidInput,
                   "uttagsdatumen måste komma i tidsordning med minst 30 dagar emellan",
                   "extract dates must be in order, at least 30 days apart")
          .WithField("extract_dates")
          .WithValue(FormatIsoDate(date));
    }
  }
  return Ok();
}

// The demo's plan years are those of its kartläggningar: its goals are
// followed up through all of them, each activity belongs to the plan years
// its dates fall in, and the succession plan is the latest year's.
namespace {

void AssignPlanYears(DemoMunicipality& demo) {
  int first = demo.snapshots.back().extract_date.year, last = first;
  for (const DemoInventory& inventory : demo.inventories) {
    first = std::min(first, inventory.year);
    last = std::max(last, inventory.year);
  }
  const auto within = [&](int year) { return std::clamp(year, first, last); };
  for (DemoGoal& goal : demo.goals) goal.goal.years = YearSpan{first, last};
  for (store::Activity& a : demo.activities) {
    a.years = YearSpan{within(a.start ? a.start->year : first), within(a.end ? a.end->year : last)};
  }
  for (store::SuccessionEntry& e : demo.succession) e.years = YearSpan{last, std::nullopt};
}

}  // namespace

DemoMunicipality GenerateDemo(const DemoOptions& options) {
  DemoMunicipality demo;
  demo.name = "Exempelby kommun";
  demo.root_code = "EX";
  demo.population_area = "Exempelby";
  demo.units = DemoOrganisation();
  for (const demo::CategorySpec& c : demo::Categories()) {
    demo.categories.push_back({0, c.name, c.ssyk, 1});
  }
  demo::Random register_rng(options.seed ^ kRegisterStream);
  demo.snapshots = demo::GenerateRegister(options, register_rng);
  demo::Random planning_rng(options.seed ^ kPlanningStream);
  demo::GeneratePlanning(options, planning_rng, demo);
  const int year = demo.snapshots.back().extract_date.year;
  demo::Random need_rng(options.seed ^ kNeedStream);
  demo.needs = demo::DemoNeeds(demo, need_rng);
  demo.goals = demo::DemoGoals(demo.root_code);
  demo.assessments = demo::DemoAssessments(demo.indicators, year);
  demo.texts = demo::DemoTexts(demo.inventories, year);
  demo::Random succession_rng(options.seed ^ kSuccessionStream);
  demo.succession = demo::DemoSuccession(demo.snapshots.back(), succession_rng);
  AssignPlanYears(demo);
  return demo;
}

Status WriteDemo(const DemoMunicipality& demo, store::Store& store) {
  if (auto added = store.AddOrgUnits(demo.units, kActor); !added.ok()) return added.error();
  auto units = store.ListOrgUnits();
  if (!units.ok()) return units.error();
  std::map<std::string, std::int64_t> ids;
  for (const OrgUnit& u : units.value()) ids[u.code] = u.id;
  auto id_of = [&](const std::string& code) -> Result<std::int64_t> {
    auto it = ids.find(code);
    if (it == ids.end()) {
      return Error(ErrorCode::kInternal, "demoenheten " + code + " saknas efter att den lagts till",
                   "demo unit " + code + " missing after it was added");
    }
    return it->second;
  };
  auto root = id_of(demo.root_code);
  if (!root.ok()) return root.error();

  for (const DemoSnapshot& snapshot : demo.snapshots) {
    store::RegisterExtract extract{root.value(), snapshot.extract_date,
                                   "demodata-" + FormatIsoDate(snapshot.extract_date) + ".csv",
                                   snapshot.employees};
    if (auto saved = store.SaveRegisterExtract(extract, false, kActor); !saved.ok())
      return saved.error();
  }
  if (auto added = store.AddCategories(demo.categories, kActor); !added.ok()) return added.error();
  for (const DemoInventory& inventory : demo.inventories) {
    auto plan_unit = id_of(inventory.plan_unit_code);
    if (!plan_unit.ok()) return plan_unit.error();
    if (auto saved =
            store.SaveInventory(plan_unit.value(), inventory.year, inventory.entries, kActor);
        !saved.ok()) {
      return saved.error();
    }
  }
  if (auto saved = store.SavePopulation(demo.population, kActor); !saved.ok()) return saved.error();
  if (auto saved = store.SaveIndicatorOutcomes(demo.indicators, kActor); !saved.ok())
    return saved.error();
  if (auto added = store.AddActivities(demo.activities, kActor); !added.ok()) return added.error();
  if (auto added = store.AddRisks(demo.risks, kActor); !added.ok()) return added.error();
  return demo::WritePlanModules(demo, store, ids, kActor);
}

}  // namespace kplan::cli
