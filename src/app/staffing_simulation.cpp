// PrepareSimulation: the model of a unit from the store, with the document's
// changes, and every assumption noted; PrepareSimulationFromDocument: a
// complete model from the document alone.

#include "kplan/app/simulation.hpp"

#include <algorithm>
#include <map>

#include "kplan/core/swedish_text.hpp"
#include "register_choice.hpp"
#include "unit_lookup.hpp"
#include "staffing_simulation_parts.hpp"

namespace kplan::app {
namespace {

using detail::RegisterChoice;
using report::CategoryAssumptions;
using report::PreparedSimulation;

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

// start_year and drivers describe a complete model, not changes to the register's.
Status CheckRegisterDocument(const io::SimulationDocument& doc) {
  if (doc.start_year || !doc.drivers.empty()) {
    return Error(ErrorCode::kInvalidInput,
                 "start_year och drivers hör till ett fullständigt underlag (--input), inte till en prognos ur registret",
                 "start_year and drivers belong to a complete model (--input), not to a projection of the register")
        .WithField(doc.start_year ? "start_year" : "drivers")
        .WithRule("register_model");
  }
  return Ok();
}

// The staff of the chosen extract by category, and the turnover it shows.
struct RegisterStaff {
  std::map<std::string, std::vector<StaffGroup>> staff;
  std::map<std::string, std::string> ssyk;  // the most common code per category
  simulation::TurnoverEstimate turnover;
};

Result<RegisterStaff> LoadStaff(store::Store& store, const RegisterChoice& c, PreparedSimulation& p) {
  const CalendarDate as_of = c.Chosen().extract_date;
  Result<std::vector<EmployeeRecord>> employees = store.LoadEmployees(c.Chosen().id, c.unit.id);
  if (!employees.ok()) return employees.error();
  RegisterStaff out;
  out.staff = StaffByCategory(employees.value(), as_of, p.model.levels, out.ssyk);
  if (out.staff.empty()) {
    return Error(ErrorCode::kNotFound,
                 "uttaget per " + FormatIsoDate(as_of) + " har inga månadsavlönade anställda i " + c.unit.name,
                 "the extract of " + FormatIsoDate(as_of) + " has no monthly-paid employees in " + c.unit.name);
  }
  out.turnover = simulation::EstimateTurnover(employees.value(), *p.period_start, as_of,
                                              p.model.retirement.first_age());
  if (!out.turnover.found) {
    p.notes.push_back("registret visar inga avgångar " + FormatIsoDate(*p.period_start) + "–" + FormatIsoDate(as_of) +
                      ": personalomsättningen antas vara " + FormatPercent(simulation::kDefaultTurnover * 100) +
                      " om året");
  }
  return out;
}

// The population forecast of the chosen area; none is noted.
Result<std::vector<store::PopulationEntry>> LoadForecast(store::Store& store, const io::SimulationDocument& doc,
                                                         PreparedSimulation& p) {
  Result<std::string> area = ChooseArea(store, doc);
  if (!area.ok()) return area.error();
  p.area = area.value();
  if (p.area.empty()) {
    p.notes.push_back("det finns ingen befolkningsprognos: behovet antas oförändrat");
    return std::vector<store::PopulationEntry>{};
  }
  return store.LoadPopulation(p.area);
}

using CategoryChanges = std::map<std::string, const io::SimulationCategoryDocument*>;

// The document's changes per category: only to categories the register has,
// and no staff or driver series (those belong to a complete model).
Result<CategoryChanges> ChangesOf(const io::SimulationDocument& doc, const RegisterStaff& staff,
                                  const std::string& org) {
  CategoryChanges changes;
  for (std::size_t i = 0; i < doc.categories.size(); ++i) {
    if (!staff.staff.count(doc.categories[i].name)) return UnknownCategory(doc.categories[i].name, org, i);
    if (doc.categories[i].staff || doc.categories[i].driver) {
      return Error(ErrorCode::kInvalidInput,
                   "staff och driver hör till ett fullständigt underlag (--input); ange driver_ages",
                   "staff and driver belong to a complete model (--input); give driver_ages")
          .WithField("categories[" + std::to_string(i) + "]")
          .WithRule("register_model");
    }
    changes[doc.categories[i].name] = &doc.categories[i];
  }
  return changes;
}

// The rates and money of a category: the register's, with the document's changes.
void ApplyCategoryChanges(const io::SimulationDocument& doc, const io::SimulationCategoryDocument* change,
                          int levels, SimulationCategory& category, CategoryAssumptions& a) {
  if (change && change->turnover) {
    category.turnover = *change->turnover;
    a.turnover_source = "document";
  }
  a.turnover = category.turnover;
  if (change && change->promotion) {
    category.promotion = *change->promotion;
  } else if (doc.promotion && levels > 1) {
    category.promotion.assign(static_cast<std::size_t>(levels - 1), *doc.promotion);
  }
  if (change && change->recruit_levels) category.recruit_levels = *change->recruit_levels;
  if (change && change->elasticity) category.elasticity = *change->elasticity;
  if (change && change->monthly_salary) category.monthly_salary = *change->monthly_salary;
  if (change && change->overhead) category.overhead = *change->overhead;
  a.elasticity = category.elasticity;
}

// Builds the model's categories: staff, rates and a need driver each (one
// driver series per distinct age band).
struct CategoryBuilder {
  const io::SimulationDocument& doc;
  const RegisterStaff& register_staff;
  const CategoryChanges& changes;
  const std::vector<store::PopulationEntry>& population;
  PreparedSimulation& p;
  std::map<std::string, std::size_t> driver_index{};  // by description

  void Add(const std::string& name, const std::vector<StaffGroup>& groups) {
    const auto found = changes.find(name);
    const io::SimulationCategoryDocument* change = found == changes.end() ? nullptr : found->second;
    SimulationCategory category;
    category.name = name;
    category.staff = groups;
    CategoryAssumptions a;
    a.name = name;
    const auto code = register_staff.ssyk.find(name);
    a.ssyk = code == register_staff.ssyk.end() ? "" : code->second;
    for (const StaffGroup& g : groups) {
      a.headcount += g.count;
      a.fte += g.count * g.fte_percent / 100.0;
    }
    category.turnover = register_staff.turnover.by_category.at(name);
    a.turnover_source = register_staff.turnover.found ? "register" : "default";
    ApplyCategoryChanges(doc, change, p.model.levels, category, a);
    std::optional<AgeBand> band = DefaultNeedDriver(a.ssyk);
    if (change && change->driver_ages) band = AgeBand{change->driver_ages->first, change->driver_ages->second};
    category.driver = DriverFor(band);
    a.driver = DescribeNeedDriver(band);
    p.model.categories.push_back(std::move(category));
    p.categories.push_back(std::move(a));
  }

  std::size_t DriverFor(const std::optional<AgeBand>& band) {
    const std::string key = DescribeNeedDriver(band);
    if (auto it = driver_index.find(key); it != driver_index.end()) return it->second;
    std::string note;
    p.model.drivers.push_back(simulation::PopulationDriver(population, band, p.model.start_year, p.model.years, &note));
    if (!note.empty() && !p.area.empty()) p.notes.push_back(note);
    return driver_index[key] = p.model.drivers.size() - 1;
  }
};

// The prepared simulation's unit, dates, options and levels from the chosen extract.
Status StartFromRegister(store::Store& store, const SimulationRequest& request, const RegisterChoice& c,
                         PreparedSimulation& p) {
  const io::SimulationDocument& doc = request.document;
  const CalendarDate as_of = c.Chosen().extract_date;
  p.org_code = c.unit.code;
  p.org_name = c.unit.name;
  p.snapshot = as_of;
  p.period_start = c.PeriodStart();
  ApplyOptions(request, p);
  p.model.start_year = as_of.year;
  ApplyModelSettings(doc, p.model);
  Result<std::vector<std::string>> levels = store.PlanLevels(c.unit.id, as_of.year);
  if (!levels.ok()) return levels.error();
  p.level_names = doc.levels.empty() ? levels.value() : doc.levels;
  p.model.levels = static_cast<int>(p.level_names.size());
  return Ok();
}

}  // namespace

Result<PreparedSimulation> PrepareSimulation(store::Store& store, const SimulationRequest& request) {
  const io::SimulationDocument& doc = request.document;
  if (Status s = CheckRegisterDocument(doc); !s.ok()) return s.error();
  const std::string org_code = !request.org_code.empty() ? request.org_code : doc.org.value_or("");
  Result<OrgTree> tree = detail::LoadOrgTree(store);
  if (!tree.ok()) return tree.error();
  Result<RegisterChoice> choice = detail::ChooseRegister(store, tree.value(), org_code, request.snapshot);
  if (!choice.ok()) return choice.error();
  PreparedSimulation p;
  if (Status s = StartFromRegister(store, request, choice.value(), p); !s.ok()) return s.error();
  Result<RegisterStaff> staff = LoadStaff(store, choice.value(), p);
  if (!staff.ok()) return staff.error();
  Result<std::vector<store::PopulationEntry>> population = LoadForecast(store, doc, p);
  if (!population.ok()) return population.error();
  Result<CategoryChanges> changes = ChangesOf(doc, staff.value(), choice.value().unit.name);
  if (!changes.ok()) return changes.error();
  CategoryBuilder builder{doc, staff.value(), changes.value(), population.value(), p};
  for (const auto& [name, groups] : staff.value().staff) builder.Add(name, groups);
  if (Status valid = ValidateSimulation(p.model, p.scenarios, p.options); !valid) return valid.error();
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

}  // namespace kplan::app
