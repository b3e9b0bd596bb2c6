// PrepareSimulation: the model of a unit from the store, with the document's
// changes, and every assumption noted.

#include "kplan/report/staffing_simulation.hpp"

#include <algorithm>
#include <map>

#include "kplan/core/swedish_text.hpp"
#include "staffing_simulation_parts.hpp"

namespace kplan::report {
namespace {

using simulation::RegisterChoice;

CalendarDate YearBefore(const CalendarDate& d) {
  CalendarDate out{d.year - 1, d.month, d.day};
  if (!IsValidDate(out)) out.day = 28;
  return out;
}

// The staff of each category: monthly-paid and employed on the date.
std::map<std::string, std::vector<StaffGroup>> StaffByCategory(const std::vector<EmployeeRecord>& employees,
                                                               const CalendarDate& as_of, int levels,
                                                               std::map<std::string, std::string>& ssyk) {
  std::map<std::string, std::map<std::tuple<int, int, double>, int>> counts;
  std::map<std::string, std::map<std::string, int>> codes;
  for (const EmployeeRecord& e : employees) {
    if (!IsMonthlyPaid(e) || !IsEmployedOn(e, as_of) || e.fte_percent <= 0) continue;
    const int level = e.competence_level && *e.competence_level < levels ? *e.competence_level : -1;
    ++counts[e.category][{e.birth_year, level, e.fte_percent}];
    if (!e.ssyk.empty()) ++codes[e.category][e.ssyk];
  }
  std::map<std::string, std::vector<StaffGroup>> staff;
  for (const auto& [category, groups] : counts) {
    for (const auto& [key, n] : groups) {
      staff[category].push_back({std::get<0>(key), std::get<1>(key), std::get<2>(key), n});
    }
    const auto& found = codes[category];
    const auto most = std::max_element(found.begin(), found.end(),
                                       [](const auto& a, const auto& b) { return a.second < b.second; });
    if (most != found.end()) ssyk[category] = most->first;
  }
  return staff;
}

Result<std::string> ChooseArea(store::Store& store, const io::SimulationDocument& document) {
  Result<std::vector<std::string>> areas = store.ListPopulationAreas();
  if (!areas.ok()) return areas.error();
  if (document.area) {
    const auto& list = areas.value();
    if (std::find(list.begin(), list.end(), *document.area) == list.end()) {
      return Error(ErrorCode::kNotFound,
                   "det finns ingen befolkningsprognos för \"" + *document.area + "\" (finns: " +
                       JoinWithOch(list) + ")",
                   "there is no population forecast for \"" + *document.area + "\"")
          .WithField("area")
          .WithValue(*document.area);
    }
    return *document.area;
  }
  if (areas.value().size() > 1) {
    return Error(ErrorCode::kInvalidInput,
                 "det finns befolkningsprognoser för flera områden (" + JoinWithOch(areas.value()) +
                     "): ange vilket med \"area\"",
                 "there are population forecasts for several areas: name one with \"area\"")
        .WithField("area")
        .WithRule("area");
  }
  return areas.value().empty() ? std::string() : areas.value().front();
}

Error UnknownCategory(const std::string& name, const std::string& org, std::size_t index) {
  return Error(ErrorCode::kInvalidInput,
               "kategorin \"" + name + "\" finns inte bland de anställda i " + org,
               "the category \"" + name + "\" is not among the employees of " + org)
      .WithField("categories[" + std::to_string(index) + "].name")
      .WithValue(name)
      .WithRule("category");
}

// The document's settings for the whole model.
void ApplyModelSettings(const io::SimulationDocument& d, SimulationModel& model) {
  if (d.retirement) model.retirement = *d.retirement;
  if (d.recruit_age) model.recruit_age = *d.recruit_age;
}

void ApplyOptions(const SimulationRequest& request, PreparedSimulation& p) {
  const io::SimulationDocument& d = request.document;
  p.model.years = request.years.value_or(d.years.value_or(10));
  p.options.runs = request.runs.value_or(d.runs.value_or(1000));
  p.options.seed = request.seed.value_or(d.seed.value_or(1));
  p.options.threads = request.threads;
  p.scenarios = io::ScenariosOf(d);
}

}  // namespace

Result<PreparedSimulation> PrepareSimulation(store::Store& store, const SimulationRequest& request) {
  const io::SimulationDocument& doc = request.document;
  if (doc.start_year || !doc.drivers.empty()) {
    return Error(ErrorCode::kInvalidInput,
                 "start_year och drivers hör till ett fullständigt underlag (--input), inte till en prognos ur registret",
                 "start_year and drivers belong to a complete model (--input), not to a projection of the register")
        .WithField(doc.start_year ? "start_year" : "drivers")
        .WithRule("register_model");
  }
  const std::string org_code = !request.org_code.empty() ? request.org_code : doc.org.value_or("");
  Result<RegisterChoice> choice = simulation::ChooseRegister(store, org_code, request.snapshot);
  if (!choice.ok()) return choice.error();
  const RegisterChoice& c = choice.value();
  const CalendarDate as_of = c.snapshots[c.chosen].extract_date;

  PreparedSimulation p;
  p.org_code = c.unit.code;
  p.org_name = c.unit.name;
  p.snapshot = as_of;
  p.period_start = c.chosen > 0 ? c.snapshots[c.chosen - 1].extract_date : YearBefore(as_of);
  ApplyOptions(request, p);
  SimulationModel& model = p.model;
  model.start_year = as_of.year;
  ApplyModelSettings(doc, model);

  Result<std::vector<std::string>> levels = store.PlanLevels(c.unit.id, as_of.year);
  if (!levels.ok()) return levels.error();
  p.level_names = doc.levels.empty() ? levels.value() : doc.levels;
  model.levels = static_cast<int>(p.level_names.size());

  Result<std::vector<EmployeeRecord>> employees = store.LoadEmployees(c.snapshots[c.chosen].id, c.unit.id);
  if (!employees.ok()) return employees.error();
  std::map<std::string, std::string> ssyk;
  const auto staff = StaffByCategory(employees.value(), as_of, model.levels, ssyk);
  if (staff.empty()) {
    return Error(ErrorCode::kNotFound,
                 "uttaget per " + FormatIsoDate(as_of) + " har inga månadsavlönade anställda i " + c.unit.name,
                 "the extract of " + FormatIsoDate(as_of) + " has no monthly-paid employees in " + c.unit.name);
  }
  const simulation::TurnoverEstimate turnover = simulation::EstimateTurnover(
      employees.value(), *p.period_start, as_of, model.retirement.first_age());
  if (!turnover.found) {
    p.notes.push_back("registret visar inga avgångar " + FormatIsoDate(*p.period_start) + "–" + FormatIsoDate(as_of) +
                      ": personalomsättningen antas vara " + FormatPercent(simulation::kDefaultTurnover * 100) +
                      " om året");
  }

  Result<std::string> area = ChooseArea(store, doc);
  if (!area.ok()) return area.error();
  p.area = area.value();
  std::vector<store::PopulationEntry> population;
  if (!p.area.empty()) {
    Result<std::vector<store::PopulationEntry>> loaded = store.LoadPopulation(p.area);
    if (!loaded.ok()) return loaded.error();
    population = std::move(loaded).value();
  } else {
    p.notes.push_back("det finns ingen befolkningsprognos: behovet antas oförändrat");
  }

  std::map<std::string, const io::SimulationCategoryDocument*> changes;
  for (std::size_t i = 0; i < doc.categories.size(); ++i) {
    if (!staff.count(doc.categories[i].name)) return UnknownCategory(doc.categories[i].name, c.unit.name, i);
    if (doc.categories[i].staff || doc.categories[i].driver) {
      return Error(ErrorCode::kInvalidInput,
                   "staff och driver hör till ett fullständigt underlag (--input); ange driver_ages",
                   "staff and driver belong to a complete model (--input); give driver_ages")
          .WithField("categories[" + std::to_string(i) + "]")
          .WithRule("register_model");
    }
    changes[doc.categories[i].name] = &doc.categories[i];
  }

  std::map<std::string, std::size_t> driver_index;  // by description
  for (const auto& [name, groups] : staff) {
    const io::SimulationCategoryDocument* change = changes.count(name) ? changes[name] : nullptr;
    SimulationCategory category;
    category.name = name;
    category.staff = groups;
    CategoryAssumptions a;
    a.name = name;
    a.ssyk = ssyk.count(name) ? ssyk[name] : "";
    for (const StaffGroup& g : groups) {
      a.headcount += g.count;
      a.fte += g.count * g.fte_percent / 100.0;
    }
    category.turnover = turnover.by_category.at(name);
    a.turnover_source = turnover.found ? "register" : "default";
    if (change && change->turnover) {
      category.turnover = *change->turnover;
      a.turnover_source = "document";
    }
    a.turnover = category.turnover;
    if (change && change->promotion) {
      category.promotion = *change->promotion;
    } else if (doc.promotion && model.levels > 1) {
      category.promotion.assign(static_cast<std::size_t>(model.levels - 1), *doc.promotion);
    }
    if (change && change->recruit_levels) category.recruit_levels = *change->recruit_levels;
    if (change && change->elasticity) category.elasticity = *change->elasticity;
    if (change && change->monthly_salary) category.monthly_salary = *change->monthly_salary;
    if (change && change->overhead) category.overhead = *change->overhead;
    a.elasticity = category.elasticity;

    std::optional<AgeBand> band = DefaultNeedDriver(a.ssyk);
    if (change && change->driver_ages) band = AgeBand{change->driver_ages->first, change->driver_ages->second};
    const std::string key = DescribeNeedDriver(band);
    if (!driver_index.count(key)) {
      std::string note;
      model.drivers.push_back(simulation::PopulationDriver(population, band, model.start_year, model.years, &note));
      driver_index[key] = model.drivers.size() - 1;
      if (!note.empty() && !p.area.empty()) p.notes.push_back(note);
    }
    category.driver = driver_index[key];
    a.driver = key;
    model.categories.push_back(std::move(category));
    p.categories.push_back(std::move(a));
  }
  if (Status valid = ValidateSimulation(model, p.scenarios, p.options); !valid) return valid.error();
  return p;
}

Result<PreparedSimulation> PrepareSimulationFromDocument(const SimulationRequest& request) {
  Result<SimulationModel> model = io::ModelFromDocument(request.document);
  if (!model.ok()) return model.error();
  PreparedSimulation p;
  p.model = std::move(model).value();
  p.org_name = request.document.org.value_or("");
  p.org_code = p.org_name;
  ApplyOptions(request, p);
  p.level_names = request.document.levels;
  for (const SimulationCategory& c : p.model.categories) {
    CategoryAssumptions a;
    a.name = c.name;
    for (const StaffGroup& g : c.staff) {
      a.headcount += g.count;
      a.fte += g.count * g.fte_percent / 100.0;
    }
    a.turnover = c.turnover;
    a.turnover_source = "document";
    a.driver = p.model.drivers[c.driver].name;
    a.elasticity = c.elasticity;
    p.categories.push_back(std::move(a));
  }
  if (Status valid = ValidateSimulation(p.model, p.scenarios, p.options); !valid) return valid.error();
  return p;
}

}  // namespace kplan::report
