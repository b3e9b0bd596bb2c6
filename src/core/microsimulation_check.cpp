// ValidateSimulation: every rule of the model, the scenarios and the options,
// each error naming the field (`categories[2].turnover`) and the thing it
// belongs to in words.

#include <cmath>
#include <cstdio>
#include <set>

#include "kplan/core/microsimulation.hpp"
#include "kplan/core/result_macros.hpp"
#include "kplan/core/swedish_text.hpp"
#include "microsim_engine.hpp"

namespace kplan {
namespace {

std::string Number(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%g", value);
  return text;
}

// An input error at `field`; `owner` starts the message ("kategorin \"X\": ").
Error Invalid(const std::string& field, const std::string& owner_sv, const std::string& owner_en,
              const std::string& sv, const std::string& en, std::string rule) {
  return Error(ErrorCode::kInvalidInput, owner_sv + sv, owner_en + en)
      .WithField(field)
      .WithRule(std::move(rule));
}

std::string Svenska(double value) { return FormatDecimal(value, 6); }

bool Within(double value, double min, double max) {
  return std::isfinite(value) && value >= min && value <= max;
}

// "… är inte mellan 0 och 1" for a number that must lie within min–max.
Status CheckRange(double value, double min, double max, const std::string& field,
                  const std::string& owner_sv, const std::string& owner_en, const std::string& what_sv,
                  const std::string& what_en) {
  if (Within(value, min, max)) return Ok();
  return Invalid(field, owner_sv, owner_en,
                 what_sv + " " + Svenska(value) + " ligger inte mellan " + Svenska(min) + " och " + Svenska(max),
                 what_en + " " + Number(value) + " is not between " + Number(min) + " and " + Number(max),
                 "range")
      .WithValue(Number(value));
}

// A category's field prefix (`categories[2]`) and the start of its messages in both languages.
struct CategoryOwner {
  std::string at;
  std::string sv;
  std::string en;
};

Status CheckRecruitLevels(const SimulationModel& model, const SimulationCategory& c, const CategoryOwner& o) {
  if (c.recruit_levels.empty()) return Ok();
  if (c.recruit_levels.size() > static_cast<std::size_t>(std::max(model.levels, 0))) {
    return Invalid(o.at + ".recruit_levels", o.sv, o.en, "fler nivåer för rekryterade än skalan har",
                   "more recruit levels than the scale has", "levels");
  }
  double sum = 0;
  for (std::size_t l = 0; l < c.recruit_levels.size(); ++l) {
    KPLAN_RETURN_IF_ERROR(CheckRange(c.recruit_levels[l], 0, 1, o.at + ".recruit_levels[" + std::to_string(l) + "]",
                              o.sv, o.en, "andelen", "the share"));
    sum += c.recruit_levels[l];
  }
  if (std::abs(sum - 1.0) > 0.005) {
    return Invalid(o.at + ".recruit_levels", o.sv, o.en,
                   "de rekryterades nivåer summerar till " + Svenska(sum * 100) + " %, inte 100 %",
                   "the recruits' levels sum to " + Number(sum * 100) + " %, not 100 %", "share_sum");
  }
  return Ok();
}

// Turnover, promotion and the recruits' levels.
Status CheckRates(const SimulationModel& model, const SimulationCategory& c, const CategoryOwner& o) {
  for (std::size_t b = 0; b < c.turnover.size(); ++b) {
    KPLAN_RETURN_IF_ERROR(CheckRange(c.turnover[b], 0, 1, o.at + ".turnover[" + std::to_string(b) + "]", o.sv, o.en,
                              "personalomsättningen", "the turnover"));
  }
  if (c.promotion.size() > static_cast<std::size_t>(std::max(model.levels, 0))) {
    return Invalid(o.at + ".promotion", o.sv, o.en,
                   "har " + std::to_string(c.promotion.size()) + " utvecklingstakter men skalan har " +
                       std::to_string(model.levels) + " nivåer",
                   "has " + std::to_string(c.promotion.size()) + " promotion rates but the scale has " +
                       std::to_string(model.levels) + " levels",
                   "levels");
  }
  for (std::size_t l = 0; l < c.promotion.size(); ++l) {
    KPLAN_RETURN_IF_ERROR(CheckRange(c.promotion[l], 0, 1, o.at + ".promotion[" + std::to_string(l) + "]", o.sv, o.en,
                              "utvecklingstakten", "the promotion rate"));
  }
  return CheckRecruitLevels(model, c, o);
}

// The driver of the need, the elasticity and the cost per FTE.
Status CheckNeedAndCost(const SimulationModel& model, const SimulationCategory& c, const CategoryOwner& o) {
  if (c.driver >= model.drivers.size()) {
    return Invalid(o.at + ".driver", o.sv, o.en, "drivfaktorn finns inte", "the driver does not exist", "driver");
  }
  KPLAN_RETURN_IF_ERROR(CheckRange(c.elasticity, -5, 5, o.at + ".elasticity", o.sv, o.en, "elasticiteten", "the elasticity"));
  KPLAN_RETURN_IF_ERROR(CheckRange(c.monthly_salary, 0, 1e7, o.at + ".monthly_salary", o.sv, o.en, "månadslönen",
                            "the monthly salary"));
  return CheckRange(c.overhead, 0, 3, o.at + ".overhead", o.sv, o.en, "PO-pålägget", "the overhead");
}

Status CheckStaffGroup(const SimulationModel& model, const StaffGroup& s, const std::string& f,
                       const CategoryOwner& o) {
  const std::string& sv = o.sv;
  const std::string& en = o.en;
  const int age = model.start_year - s.birth_year;
  if (age < 14 || age > 100) {
    return Invalid(f + ".birth_year", sv, en,
                   "födelseåret " + std::to_string(s.birth_year) + " ger åldern " + std::to_string(age) +
                       " år " + std::to_string(model.start_year) + " (ska vara 14–100)",
                   "the birth year " + std::to_string(s.birth_year) + " gives the age " +
                       std::to_string(age) + " in " + std::to_string(model.start_year) +
                       " (must be 14–100)",
                   "age")
        .WithValue(std::to_string(s.birth_year));
  }
  if (s.level < -1 || s.level >= model.levels) {
    return Invalid(f + ".level", sv, en,
                   "nivån " + std::to_string(s.level) + " finns inte på skalan (0–" +
                       std::to_string(model.levels - 1) + ")",
                   "the level " + std::to_string(s.level) + " is not on the scale (0–" +
                       std::to_string(model.levels - 1) + ")",
                   "levels");
  }
  if (!Within(s.fte_percent, 1e-9, 100)) {
    return Invalid(f + ".fte_percent", sv, en,
                   "sysselsättningsgraden " + Svenska(s.fte_percent) + " ligger inte över 0 och högst 100",
                   "the FTE " + Number(s.fte_percent) + " is not above 0 and at most 100", "range");
  }
  if (s.count < 0) {
    return Invalid(f + ".count", sv, en, "antalet är negativt", "the count is negative", "range");
  }
  return Ok();
}

Status CheckCategory(const SimulationModel& model, const SimulationCategory& c, std::size_t i) {
  const CategoryOwner o{"categories[" + std::to_string(i) + "]", "kategorin \"" + c.name + "\": ",
                        "category \"" + c.name + "\": "};
  if (c.name.empty()) {
    return Invalid(o.at + ".name", "", "", "kategori nr " + std::to_string(i + 1) + " saknar namn",
                   "category no. " + std::to_string(i + 1) + " has no name", "name");
  }
  KPLAN_RETURN_IF_ERROR(CheckRates(model, c, o));
  KPLAN_RETURN_IF_ERROR(CheckNeedAndCost(model, c, o));
  for (std::size_t g = 0; g < c.staff.size(); ++g) {
    KPLAN_RETURN_IF_ERROR(CheckStaffGroup(model, c.staff[g], o.at + ".staff[" + std::to_string(g) + "]", o));
  }
  return Ok();
}

Status CheckScenario(const Scenario& s, std::size_t i) {
  const std::string at = "scenarios[" + std::to_string(i) + "]";
  if (s.name.empty()) {
    return Invalid(at + ".name", "", "", "scenario nr " + std::to_string(i + 1) + " saknar namn",
                   "scenario no. " + std::to_string(i + 1) + " has no name", "name");
  }
  const std::string sv = "scenariot \"" + s.name + "\": ";
  const std::string en = "scenario \"" + s.name + "\": ";
  KPLAN_RETURN_IF_ERROR(CheckRange(s.turnover_factor, 0, 10, at + ".turnover_factor", sv, en,
                            "faktorn för personalomsättning", "the turnover factor"));
  if (s.promotion) {
    KPLAN_RETURN_IF_ERROR(CheckRange(*s.promotion, 0, 1, at + ".promotion", sv, en, "utvecklingstakten",
                              "the promotion rate"));
  }
  KPLAN_RETURN_IF_ERROR(CheckRange(s.full_time_rate, 0, 1, at + ".full_time_rate", sv, en,
                            "andelen som går upp till heltid", "the full-time rate"));
  KPLAN_RETURN_IF_ERROR(CheckRange(s.full_time_percent, 1, 100, at + ".full_time_percent", sv, en,
                            "heltidens sysselsättningsgrad", "the full-time FTE"));
  if (s.recruit_fte_percent) {
    KPLAN_RETURN_IF_ERROR(CheckRange(*s.recruit_fte_percent, 1, 100, at + ".recruit_fte_percent", sv, en,
                              "de rekryterades sysselsättningsgrad", "the recruits' FTE"));
  }
  KPLAN_RETURN_IF_ERROR(CheckRange(s.other_solutions_share, 0, 1, at + ".other_solutions_share", sv, en,
                            "andelen andra lösningar", "the share of other solutions"));
  if (s.elasticity) {
    KPLAN_RETURN_IF_ERROR(CheckRange(*s.elasticity, -5, 5, at + ".elasticity", sv, en, "elasticiteten",
                              "the elasticity"));
  }
  return Ok();
}

// The options and the model's own numbers.
Status CheckSettings(const SimulationModel& model, const SimulationOptions& options) {
  const std::string none;
  KPLAN_RETURN_IF_ERROR(CheckRange(options.runs, 1, kMaxSimulationRuns, "runs", none, none, "antalet körningar",
                            "the number of runs"));
  KPLAN_RETURN_IF_ERROR(CheckRange(options.threads, 0, 1024, "threads", none, none, "antalet trådar",
                            "the number of threads"));
  KPLAN_RETURN_IF_ERROR(CheckRange(model.years, 1, kMaxSimulationYears, "years", none, none, "antalet år",
                            "the number of years"));
  KPLAN_RETURN_IF_ERROR(CheckRange(model.start_year, 1900, 2200, "start_year", none, none, "startåret",
                            "the start year"));
  KPLAN_RETURN_IF_ERROR(CheckRange(model.recruit_age, 16, 70, "recruit_age", none, none,
                            "de rekryterades ålder", "the recruits' age"));
  return CheckRange(model.levels, 0, microsim::kMaxLevels, "levels", none, none, "antalet nivåer",
                    "the number of levels");
}

Status CheckDrivers(const SimulationModel& model) {
  for (std::size_t d = 0; d < model.drivers.size(); ++d) {
    const DriverSeries& driver = model.drivers[d];
    const std::string at = "drivers[" + std::to_string(d) + "]";
    if (driver.values.empty() || !Within(driver.values[0], 1e-9, 1e15)) {
      return Invalid(at + ".values", "drivfaktorn \"" + driver.name + "\": ",
                     "driver \"" + driver.name + "\": ", "första värdet måste vara större än 0",
                     "the first value must be greater than 0", "driver_value");
    }
    for (double v : driver.values) {
      KPLAN_RETURN_IF_ERROR(CheckRange(v, 0, 1e15, at + ".values", "drivfaktorn \"" + driver.name + "\": ",
                                "driver \"" + driver.name + "\": ", "värdet", "the value"));
    }
  }
  return Ok();
}

// At least one category, each valid, no name twice.
Status CheckCategories(const SimulationModel& model) {
  if (model.categories.empty()) {
    return Error(ErrorCode::kInvalidInput, "det finns inga kategorier att göra prognos för",
                 "there are no categories to project")
        .WithField("categories")
        .WithRule("nothing_to_project");
  }
  std::set<std::string> names;
  for (std::size_t i = 0; i < model.categories.size(); ++i) {
    KPLAN_RETURN_IF_ERROR(CheckCategory(model, model.categories[i], i));
    if (!names.insert(model.categories[i].name).second) {
      return Invalid("categories[" + std::to_string(i) + "].name", "", "",
                     "kategorin \"" + model.categories[i].name + "\" finns två gånger",
                     "the category \"" + model.categories[i].name + "\" appears twice", "duplicate");
    }
  }
  return Ok();
}

// 1 to kMaxSimulationScenarios scenarios, each valid, no name twice.
Status CheckScenarios(const std::vector<Scenario>& scenarios) {
  if (scenarios.empty() || scenarios.size() > static_cast<std::size_t>(kMaxSimulationScenarios)) {
    return Error(ErrorCode::kInvalidInput,
                 "ange 1–" + std::to_string(kMaxSimulationScenarios) + " scenarier (har " +
                     std::to_string(scenarios.size()) + ")",
                 "give 1–" + std::to_string(kMaxSimulationScenarios) + " scenarios (has " +
                     std::to_string(scenarios.size()) + ")")
        .WithField("scenarios")
        .WithRule("scenarios");
  }
  std::set<std::string> scenario_names;
  for (std::size_t i = 0; i < scenarios.size(); ++i) {
    KPLAN_RETURN_IF_ERROR(CheckScenario(scenarios[i], i));
    if (!scenario_names.insert(scenarios[i].name).second) {
      return Invalid("scenarios[" + std::to_string(i) + "].name", "", "",
                     "scenariot \"" + scenarios[i].name + "\" finns två gånger",
                     "the scenario \"" + scenarios[i].name + "\" appears twice", "duplicate");
    }
  }
  return Ok();
}

// The figures of all runs are kept in memory: at most kMaxSimulationValues of them.
Status CheckSize(const SimulationModel& model, const SimulationOptions& options) {
  const double values = static_cast<double>(options.runs) * static_cast<double>(model.categories.size() + 1) *
                        model.years * static_cast<double>(microsim::kFigureCount);
  if (values <= kMaxSimulationValues) return Ok();
  return Error(ErrorCode::kTooLarge,
               std::to_string(options.runs) + " körningar av " + std::to_string(model.categories.size()) +
                   " kategorier i " + std::to_string(model.years) + " år ger för många tal att hålla i minnet",
               std::to_string(options.runs) + " runs of " + std::to_string(model.categories.size()) +
                   " categories over " + std::to_string(model.years) +  " years give too many numbers to keep")
      .WithRule("simulation_size")
      .WithHint("Färre körningar, färre år eller en mindre del av organisationen.");
}

}  // namespace

Status ValidateSimulation(const SimulationModel& model, const std::vector<Scenario>& scenarios,
                          const SimulationOptions& options) {
  KPLAN_RETURN_IF_ERROR(CheckSettings(model, options));
  KPLAN_RETURN_IF_ERROR(CheckDrivers(model));
  KPLAN_RETURN_IF_ERROR(CheckCategories(model));
  KPLAN_RETURN_IF_ERROR(CheckScenarios(scenarios));
  return CheckSize(model, options);
}

}  // namespace kplan
