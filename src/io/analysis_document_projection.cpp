// Reads "projection": the settings of the staffing projection, its driver
// series and, per category, the staff by birth year (or age), turnover,
// salary and overhead.

#include <map>

#include "analysis_document_parts.hpp"
#include "kplan/core/retirement_table.hpp"
#include "kplan/core/swedish_text.hpp"
#include "kplan/core/result_macros.hpp"

namespace kplan::io::analysis_document {
namespace {

using namespace json_fields;

constexpr int kMaxYears = 50;

// An optional whole number with a default.
Result<int> ReadWholeNumberOr(const Json& json, std::string_view key, const Where& where, int fallback,
                              int min, int max) {
  const Json* value = Member(json, key);
  if (!value) return fallback;
  return ReadWholeNumber(*value, where.Key(key), min, max);
}

Result<double> ReadNumberOr(const Json& json, std::string_view key, const Where& where, double fallback,
                            double min, double max) {
  const Json* value = Member(json, key);
  if (!value) return fallback;
  return ReadNumberIn(*value, where.Key(key), min, max);
}

Result<ProjectionSettings> ReadSettings(const Json& json, const Where& where) {
  ProjectionSettings settings;
  const Json* start_year = nullptr;
  const Json* years = nullptr;
  KPLAN_ASSIGN_OR_RETURN(start_year, RequiredMember(json, "start_year", where));
  KPLAN_ASSIGN_OR_RETURN(settings.start_year, ReadWholeNumber(*start_year, where.Key("start_year"), 1900, 2200));
  KPLAN_ASSIGN_OR_RETURN(years, RequiredMember(json, "years", where));
  KPLAN_ASSIGN_OR_RETURN(settings.years, ReadWholeNumber(*years, where.Key("years"), 1, kMaxYears));
  KPLAN_ASSIGN_OR_RETURN(settings.pension_age, ReadWholeNumberOr(json, "pension_age", where, 67,
                                                                 kMinPensionAge, kMaxPensionAge));
  KPLAN_ASSIGN_OR_RETURN(settings.recruit_age, ReadWholeNumberOr(json, "recruit_age", where, 35, 16,
                                                                 settings.pension_age - 1));
  double percent = 0;
  KPLAN_ASSIGN_OR_RETURN(percent, ReadNumberOr(json, "other_solutions_percent", where, 0, 0, 100));
  settings.other_solutions_share = percent / 100.0;
  return settings;
}

Result<DriverSeries> ReadDriver(const Json& json, const Where& at, const ProjectionSettings& settings,
                                std::size_t number) {
  KPLAN_RETURN_IF_ERROR(ExpectObject(json, at));
  DriverSeries driver;
  const Json* name = nullptr;
  const Where unnamed = at.OwnedBy("drivfaktor nr " + std::to_string(number),
                                   "driver no. " + std::to_string(number));
  KPLAN_ASSIGN_OR_RETURN(name, RequiredMember(json, "name", unnamed));
  KPLAN_ASSIGN_OR_RETURN(driver.name, ReadNonEmptyText(*name, unnamed.Key("name")));
  const Where where = at.OwnedBy("drivfaktorn \"" + driver.name + "\"", "driver \"" + driver.name + "\"");
  KPLAN_RETURN_IF_ERROR(OnlyKnownKeys(json, where, {"name", "values"}));

  const Json* values = nullptr;
  KPLAN_ASSIGN_OR_RETURN(values, RequiredMember(json, "values", where));
  const Where at_values = where.Key("values");
  KPLAN_RETURN_IF_ERROR(ExpectArray(*values, at_values));
  const auto wanted = static_cast<std::size_t>(settings.years) + 1;
  if (values->size() != wanted) {
    const std::string period =
        std::to_string(settings.start_year) + "–" + std::to_string(settings.start_year + settings.years);
    return at_values.Invalid(
        "driver_length",
        "har " + std::to_string(values->size()) + " värden, men ska ha " + std::to_string(wanted) +
            " (ett per år " + period + ")",
        "has " + std::to_string(values->size()) + " values, but must have " + std::to_string(wanted) +
            " (one per year " + period + ")");
  }
  for (std::size_t t = 0; t < values->size(); ++t) {
    double value = 0;
    KPLAN_ASSIGN_OR_RETURN(value, ReadNumberIn((*values)[t], at_values.Index(t), 0, 1e12));
    if (value <= 0) {
      return at_values.Index(t).Invalid("driver_value", "värdet måste vara större än 0",
                                        "the value must be greater than 0");
    }
    driver.values.push_back(value);
  }
  return driver;
}

// {"1958": 3, ...} by birth year, or {"62": 3, ...} by age at the start year.
Result<AgeCohorts> ReadStaff(const Json& json, const Where& where, const ProjectionSettings& settings) {
  const Json* birth_years = Member(json, "birth_years");
  const Json* ages = Member(json, "ages");
  if ((birth_years == nullptr) == (ages == nullptr)) {
    return where.Key("birth_years")
        .Invalid("staff",
                 birth_years ? "ange antingen birth_years eller ages, inte båda"
                             : "personalen saknas: ange birth_years (antal per födelseår) eller ages "
                               "(antal per ålder)",
                 birth_years ? "give either birth_years or ages, not both"
                             : "the staff is missing: give birth_years (count per birth year) or "
                               "ages (count per age)");
  }
  const bool by_age = ages != nullptr;
  const Where at = where.Key(by_age ? "ages" : "birth_years");
  const Json& map = by_age ? *ages : *birth_years;
  KPLAN_RETURN_IF_ERROR(ExpectObject(map, at));
  AgeCohorts staff;
  for (const auto& [key, value] : map.items()) {
    int number = 0;
    double count = 0;
    if (by_age) {
      KPLAN_ASSIGN_OR_RETURN(number, ParseWholeNumberKey(key, at.Key(key), 15, 100));
    } else {
      KPLAN_ASSIGN_OR_RETURN(number, ParseWholeNumberKey(key, at.Key(key), settings.start_year - 100,
                                                         settings.start_year - 15));
    }
    KPLAN_ASSIGN_OR_RETURN(count, ReadCount(value, at.Key(key)));
    staff.Add(by_age ? settings.start_year - number : number, count);
  }
  return staff;
}

Result<ProjectionCategory> ReadCategory(const Json& json, const Where& at, const ProjectionSettings& settings,
                                        const std::vector<DriverSeries>& drivers, std::size_t number) {
  KPLAN_RETURN_IF_ERROR(ExpectObject(json, at));
  ProjectionCategory category;
  const Json* name = nullptr;
  const Where unnamed = at.OwnedBy("prognoskategori nr " + std::to_string(number),
                                   "projection category no. " + std::to_string(number));
  KPLAN_ASSIGN_OR_RETURN(name, RequiredMember(json, "name", unnamed));
  KPLAN_ASSIGN_OR_RETURN(category.name, ReadNonEmptyText(*name, unnamed.Key("name")));
  const Where where = at.OwnedBy("prognosen för \"" + category.name + "\"",
                                 "the projection of \"" + category.name + "\"");
  KPLAN_RETURN_IF_ERROR(OnlyKnownKeys(json, where,
                                      {"name", "driver", "elasticity", "turnover_percent", "monthly_salary",
                                       "overhead_percent", "birth_years", "ages"}));

  if (const Json* driver = Member(json, "driver")) {
    std::string driver_name;
    KPLAN_ASSIGN_OR_RETURN(driver_name, ReadText(*driver, where.Key("driver")));
    std::vector<std::string> names;
    for (const DriverSeries& series : drivers) names.push_back(series.name);
    const auto found = std::find(names.begin(), names.end(), driver_name);
    if (found == names.end()) {
      return where.Key("driver")
          .Invalid("driver", "drivfaktorn \"" + driver_name + "\" finns inte (" + JoinWithOch(names) + ")",
                   "the driver \"" + driver_name + "\" does not exist (" + JoinWithCommas(names) + ")")
          .WithValue(driver_name);
    }
    category.driver = static_cast<std::size_t>(found - names.begin());
  } else if (drivers.size() > 1) {
    return where.Key("driver").Invalid("driver", "\"driver\" saknas: dokumentet har flera drivfaktorer",
                                       "\"driver\" is missing: the document has several drivers");
  }
  KPLAN_ASSIGN_OR_RETURN(category.elasticity, ReadNumberOr(json, "elasticity", where, 1, 0, 10));
  const Json* turnover = nullptr;
  const Json* salary = nullptr;
  double percent = 0;
  KPLAN_ASSIGN_OR_RETURN(turnover, RequiredMember(json, "turnover_percent", where));
  KPLAN_ASSIGN_OR_RETURN(percent, ReadNumberIn(*turnover, where.Key("turnover_percent"), 0, 100));
  category.turnover = percent / 100.0;
  KPLAN_ASSIGN_OR_RETURN(salary, RequiredMember(json, "monthly_salary", where));
  KPLAN_ASSIGN_OR_RETURN(category.monthly_salary, ReadNumberIn(*salary, where.Key("monthly_salary"), 0, 1e7));
  KPLAN_ASSIGN_OR_RETURN(percent, ReadNumberOr(json, "overhead_percent", where, 0, 0, 200));
  category.overhead = percent / 100.0;
  KPLAN_ASSIGN_OR_RETURN(category.staff, ReadStaff(json, where, settings));
  return category;
}

// Reads a named list, refusing two items with the same name.
template <typename Item, typename Read>
Result<std::vector<Item>> ReadNamedList(const Json& json, const Where& where, const char* noun_sv,
                                        const char* noun_en, Read read) {
  KPLAN_RETURN_IF_ERROR(ExpectArray(json, where));
  if (json.empty()) {
    return where.Invalid("required", std::string("minst en ") + noun_sv + " behövs",
                         std::string("at least one ") + noun_en + " is needed");
  }
  std::vector<Item> items;
  std::map<std::string, std::size_t> index_by_name;
  for (std::size_t i = 0; i < json.size(); ++i) {
    Item item;
    KPLAN_ASSIGN_OR_RETURN(item, read(json[i], where.Index(i), i + 1));
    const auto [earlier, is_new] = index_by_name.emplace(item.name, i);
    if (!is_new) {
      return where.Index(i).Key("name").Invalid(
          "duplicate",
          "namnet \"" + item.name + "\" förekommer redan (" + where.field() + "[" +
              std::to_string(earlier->second) + "])",
          "the name \"" + item.name + "\" occurs already (" + where.field() + "[" +
              std::to_string(earlier->second) + "])");
    }
    items.push_back(std::move(item));
  }
  return items;
}

}  // namespace

Result<ProjectionInput> ReadProjection(const Json& json, const Where& where) {
  KPLAN_RETURN_IF_ERROR(ExpectObject(json, where));
  KPLAN_RETURN_IF_ERROR(OnlyKnownKeys(json, where,
                                      {"start_year", "years", "pension_age", "recruit_age",
                                       "other_solutions_percent", "drivers", "categories"}));
  ProjectionInput input;
  KPLAN_ASSIGN_OR_RETURN(input.settings, ReadSettings(json, where));
  const Json* drivers = nullptr;
  KPLAN_ASSIGN_OR_RETURN(drivers, RequiredMember(json, "drivers", where));
  KPLAN_ASSIGN_OR_RETURN(
      input.drivers,
      ReadNamedList<DriverSeries>(*drivers, where.Key("drivers"), "drivfaktor", "driver",
                                  [&](const Json& item, const Where& at, std::size_t number) {
                                    return ReadDriver(item, at, input.settings, number);
                                  }));
  const Json* categories = nullptr;
  KPLAN_ASSIGN_OR_RETURN(categories, RequiredMember(json, "categories", where));
  KPLAN_ASSIGN_OR_RETURN(
      input.categories,
      ReadNamedList<ProjectionCategory>(*categories, where.Key("categories"), "kategori", "category",
                                        [&](const Json& item, const Where& at, std::size_t number) {
                                          return ReadCategory(item, at, input.settings, input.drivers,
                                                              number);
                                        }));
  return input;
}

}  // namespace kplan::io::analysis_document
