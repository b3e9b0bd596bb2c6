// The sections of the document of `kplan project` that repeat: a category,
// a scenario, a driver series, the staff rows, and the rates in percent.

#include <algorithm>
#include <cmath>
#include <map>

#include "kplan/core/key_figures.hpp"
#include "kplan/core/swedish_text.hpp"
#include "simulation_document_parts.hpp"
#include "kplan/core/result_macros.hpp"

namespace kplan::io::simulation_document {

using namespace json_fields;

namespace {

constexpr std::size_t kMaxDriverValues = 200;

}  // namespace

// A percentage 0–100 read as a fraction.
Result<double> ReadPercent(const Json& json, const Where& where, double max) {
  Result<double> percent = ReadNumberIn(json, where, 0, max);
  if (!percent) return percent;
  return percent.value() / 100.0;
}

// {"61": 2, "62": 3, ..., "69": 100}: the share (in percent) of those still
// employed who retire at each age; the ages must follow each other.
Result<RetirementTable> ReadRetirement(const Json& json, const Where& where) {
  KPLAN_RETURN_IF_ERROR(ExpectObject(json, where));
  std::map<int, double> by_age;
  for (const auto& [key, value] : json.items()) {
    int age = 0;
    double share = 0;
    KPLAN_ASSIGN_OR_RETURN(age, ParseWholeNumberKey(key, where.Key(key), RetirementTable::kMinAge,
                                                    RetirementTable::kMaxAge));
    KPLAN_ASSIGN_OR_RETURN(share, ReadPercent(value, where.Key(key)));
    by_age[age] = share;
  }
  if (by_age.empty()) {
    return where.Invalid("required", "ange andelen som går i pension för minst en ålder",
                         "give the share who retire for at least one age");
  }
  std::vector<double> hazards;
  for (int age = by_age.begin()->first; age <= by_age.rbegin()->first; ++age) {
    const auto it = by_age.find(age);
    if (it == by_age.end()) {
      return where.Key(std::to_string(age))
          .Invalid("missing_age", "åldern " + std::to_string(age) + " saknas: ange varje ålder från " +
                                      std::to_string(by_age.begin()->first) + " till " +
                                      std::to_string(by_age.rbegin()->first),
                   "the age " + std::to_string(age) + " is missing: give every age from " +
                       std::to_string(by_age.begin()->first) + " to " + std::to_string(by_age.rbegin()->first));
    }
    hazards.push_back(it->second);
  }
  Result<RetirementTable> table = RetirementTable::Make(by_age.begin()->first, std::move(hazards));
  if (!table) return Error(table.error()).WithField(where.field());
  return table;
}

// 8 (every age band) or {"-29": 14, "30-39": 10, "40-49": 7, "50-59": 5, "60-": 4}.
Result<std::array<double, kTurnoverAgeBands>> ReadTurnover(const Json& json, const Where& where) {
  std::array<double, kTurnoverAgeBands> rates{};
  if (json.is_number()) {
    double rate = 0;
    KPLAN_ASSIGN_OR_RETURN(rate, ReadPercent(json, where));
    rates.fill(rate);
    return rates;
  }
  KPLAN_RETURN_IF_ERROR(ExpectObject(json, where));
  for (const auto& [key, value] : json.items()) {
    const auto band = std::find(kAgeBandLabels.begin(), kAgeBandLabels.end(), key);
    if (band == kAgeBandLabels.end()) {
      return where.Key(key)
          .Invalid("age_band", "okänt åldersband \"" + key + "\" (-29, 30-39, 40-49, 50-59, 60-)",
                   "unknown age band \"" + key + "\" (-29, 30-39, 40-49, 50-59, 60-)")
          .WithValue(key);
    }
  }
  for (std::size_t b = 0; b < kTurnoverAgeBands; ++b) {
    const Json* value = nullptr;
    KPLAN_ASSIGN_OR_RETURN(value, RequiredMember(json, kAgeBandLabels[b], where));
    KPLAN_ASSIGN_OR_RETURN(rates[b], ReadPercent(*value, where.Key(kAgeBandLabels[b])));
  }
  return rates;
}

// [8, 5, 3]: one percentage per level.
Result<std::vector<double>> ReadPercentList(const Json& json, const Where& where) {
  KPLAN_RETURN_IF_ERROR(ExpectArray(json, where, kMaxSimulationLevels));
  std::vector<double> out;
  for (std::size_t i = 0; i < json.size(); ++i) {
    double share = 0;
    KPLAN_ASSIGN_OR_RETURN(share, ReadPercent(json[i], where.Index(i)));
    out.push_back(share);
  }
  return out;
}


// The staff: rows [birth year, level, FTE percent, count] (level null when
// unknown), or objects with those keys.
Result<std::vector<StaffGroup>> ReadStaff(const Json& json, const Where& where) {
  KPLAN_RETURN_IF_ERROR(ExpectArray(json, where));
  std::vector<StaffGroup> staff;
  staff.reserve(json.size());
  for (std::size_t i = 0; i < json.size(); ++i) {
    const Where at = where.Index(i);
    const Json& row = json[i];
    const Json* birth = nullptr;
    const Json* level = nullptr;
    const Json* fte = nullptr;
    const Json* count = nullptr;
    if (row.is_array()) {
      if (row.size() != 4) {
        return at.Invalid("staff_row",
                          "en rad har fyra värden: [födelseår, nivå, sysselsättningsgrad, antal], men har " +
                              std::to_string(row.size()),
                          "a row has four values: [birth year, level, FTE percent, count], but has " +
                              std::to_string(row.size()));
      }
      birth = &row[0];
      level = row[1].is_null() ? nullptr : &row[1];
      fte = &row[2];
      count = &row[3];
    } else {
      KPLAN_RETURN_IF_ERROR(ExpectObject(row, at));
      KPLAN_RETURN_IF_ERROR(OnlyKnownKeys(row, at, {"birth_year", "level", "fte_percent", "count"}));
      KPLAN_ASSIGN_OR_RETURN(birth, RequiredMember(row, "birth_year", at));
      level = Member(row, "level");
      KPLAN_ASSIGN_OR_RETURN(fte, RequiredMember(row, "fte_percent", at));
      KPLAN_ASSIGN_OR_RETURN(count, RequiredMember(row, "count", at));
    }
    StaffGroup group;
    const bool arrays = row.is_array();
    KPLAN_ASSIGN_OR_RETURN(group.birth_year,
                           ReadWholeNumber(*birth, arrays ? at.Index(0) : at.Key("birth_year"), 1850, 2200));
    if (level) {
      KPLAN_ASSIGN_OR_RETURN(group.level, ReadWholeNumber(*level, arrays ? at.Index(1) : at.Key("level"), 0,
                                                          kMaxSimulationLevels - 1));
    }
    KPLAN_ASSIGN_OR_RETURN(group.fte_percent,
                           ReadNumberIn(*fte, arrays ? at.Index(2) : at.Key("fte_percent"), 0, 100));
    if (group.fte_percent <= 0) {
      return (arrays ? at.Index(2) : at.Key("fte_percent"))
          .Invalid("range", "sysselsättningsgraden måste vara större än 0", "the FTE must be greater than 0");
    }
    KPLAN_ASSIGN_OR_RETURN(group.count, ReadWholeNumber(*count, arrays ? at.Index(3) : at.Key("count"), 0,
                                                        static_cast<int>(kMaxCount)));
    staff.push_back(group);
  }
  return staff;
}

// [from, to]: an age band of the population forecast, e.g. [80, 120].
Result<std::pair<int, int>> ReadAgeBand(const Json& json, const Where& where) {
  KPLAN_RETURN_IF_ERROR(ExpectArray(json, where, 2));
  if (json.size() != 2) {
    return where.Invalid("age_band", "ange åldersbandet som [från, till], t.ex. [80, 120]",
                         "give the age band as [from, to], e.g. [80, 120]");
  }
  std::pair<int, int> band;
  KPLAN_ASSIGN_OR_RETURN(band.first, ReadWholeNumber(json[0], where.Index(0), 0, 130));
  KPLAN_ASSIGN_OR_RETURN(band.second, ReadWholeNumber(json[1], where.Index(1), band.first, 130));
  return band;
}

Result<SimulationCategoryDocument> ReadCategory(const Json& json, const Where& at, std::size_t number) {
  KPLAN_RETURN_IF_ERROR(ExpectObject(json, at));
  SimulationCategoryDocument c;
  const Json* name = nullptr;
  const Where unnamed =
      at.OwnedBy("kategori nr " + std::to_string(number), "category no. " + std::to_string(number));
  KPLAN_ASSIGN_OR_RETURN(name, RequiredMember(json, "name", unnamed));
  KPLAN_ASSIGN_OR_RETURN(c.name, ReadNonEmptyText(*name, unnamed.Key("name")));
  const Where where = at.OwnedBy("kategorin \"" + c.name + "\"", "the category \"" + c.name + "\"");
  KPLAN_RETURN_IF_ERROR(OnlyKnownKeys(json, where,
                                      {"name", "turnover_percent", "promotion_percent", "recruit_levels_percent",
                                       "driver", "driver_ages", "elasticity", "monthly_salary",
                                       "overhead_percent", "staff"}));
  if (const Json* v = Member(json, "turnover_percent")) {
    KPLAN_ASSIGN_OR_RETURN(c.turnover, ReadTurnover(*v, where.Key("turnover_percent")));
  }
  if (const Json* v = Member(json, "promotion_percent")) {
    KPLAN_ASSIGN_OR_RETURN(c.promotion, ReadPercentList(*v, where.Key("promotion_percent")));
  }
  if (const Json* v = Member(json, "recruit_levels_percent")) {
    const Where w = where.Key("recruit_levels_percent");
    KPLAN_ASSIGN_OR_RETURN(c.recruit_levels, ReadPercentList(*v, w));
    double sum = 0;
    for (double share : *c.recruit_levels) sum += share;
    if (std::abs(sum - 1.0) > 0.005) {
      return w.Invalid("share_sum", "andelarna summerar till " + SwedishNumber(sum * 100) + " %, inte 100 %",
                       "the shares sum to " + EnglishNumber(sum * 100) + " %, not 100 %");
    }
  }
  if (const Json* v = Member(json, "driver")) {
    KPLAN_ASSIGN_OR_RETURN(c.driver, ReadNonEmptyText(*v, where.Key("driver")));
  }
  if (const Json* v = Member(json, "driver_ages")) {
    KPLAN_ASSIGN_OR_RETURN(c.driver_ages, ReadAgeBand(*v, where.Key("driver_ages")));
  }
  if (const Json* v = Member(json, "elasticity")) {
    KPLAN_ASSIGN_OR_RETURN(c.elasticity, ReadNumberIn(*v, where.Key("elasticity"), -5, 5));
  }
  if (const Json* v = Member(json, "monthly_salary")) {
    KPLAN_ASSIGN_OR_RETURN(c.monthly_salary, ReadNumberIn(*v, where.Key("monthly_salary"), 0, 1e7));
  }
  if (const Json* v = Member(json, "overhead_percent")) {
    KPLAN_ASSIGN_OR_RETURN(c.overhead, ReadPercent(*v, where.Key("overhead_percent"), 300));
  }
  if (const Json* v = Member(json, "staff")) {
    KPLAN_ASSIGN_OR_RETURN(c.staff, ReadStaff(*v, where.Key("staff")));
  }
  return c;
}

Result<Scenario> ReadScenario(const Json& json, const Where& at, std::size_t number) {
  KPLAN_RETURN_IF_ERROR(ExpectObject(json, at));
  Scenario s;
  const Json* name = nullptr;
  const Where unnamed =
      at.OwnedBy("scenario nr " + std::to_string(number), "scenario no. " + std::to_string(number));
  KPLAN_ASSIGN_OR_RETURN(name, RequiredMember(json, "name", unnamed));
  KPLAN_ASSIGN_OR_RETURN(s.name, ReadNonEmptyText(*name, unnamed.Key("name")));
  const Where where = at.OwnedBy("scenariot \"" + s.name + "\"", "the scenario \"" + s.name + "\"");
  KPLAN_RETURN_IF_ERROR(OnlyKnownKeys(json, where,
                                      {"name", "description", "retirement_percent", "turnover_factor",
                                       "promotion_percent", "to_full_time_percent", "full_time_fte_percent",
                                       "recruit_fte_percent", "other_solutions_percent", "elasticity"}));
  if (const Json* v = Member(json, "description")) {
    KPLAN_RETURN_IF_ERROR(Checked(ReadText(*v, where.Key("description"))));
  }
  if (const Json* v = Member(json, "retirement_percent")) {
    KPLAN_ASSIGN_OR_RETURN(s.retirement, ReadRetirement(*v, where.Key("retirement_percent")));
  }
  if (const Json* v = Member(json, "turnover_factor")) {
    KPLAN_ASSIGN_OR_RETURN(s.turnover_factor, ReadNumberIn(*v, where.Key("turnover_factor"), 0, 10));
  }
  if (const Json* v = Member(json, "promotion_percent")) {
    KPLAN_ASSIGN_OR_RETURN(s.promotion, ReadPercent(*v, where.Key("promotion_percent")));
  }
  if (const Json* v = Member(json, "to_full_time_percent")) {
    KPLAN_ASSIGN_OR_RETURN(s.full_time_rate, ReadPercent(*v, where.Key("to_full_time_percent")));
  }
  if (const Json* v = Member(json, "full_time_fte_percent")) {
    KPLAN_ASSIGN_OR_RETURN(s.full_time_percent, ReadNumberIn(*v, where.Key("full_time_fte_percent"), 1, 100));
  }
  if (const Json* v = Member(json, "recruit_fte_percent")) {
    KPLAN_ASSIGN_OR_RETURN(s.recruit_fte_percent, ReadNumberIn(*v, where.Key("recruit_fte_percent"), 1, 100));
  }
  if (const Json* v = Member(json, "other_solutions_percent")) {
    KPLAN_ASSIGN_OR_RETURN(s.other_solutions_share, ReadPercent(*v, where.Key("other_solutions_percent")));
  }
  if (const Json* v = Member(json, "elasticity")) {
    KPLAN_ASSIGN_OR_RETURN(s.elasticity, ReadNumberIn(*v, where.Key("elasticity"), -5, 5));
  }
  return s;
}

Result<DriverSeries> ReadDriver(const Json& json, const Where& at, std::size_t number) {
  KPLAN_RETURN_IF_ERROR(ExpectObject(json, at));
  DriverSeries driver;
  const Json* name = nullptr;
  const Where unnamed =
      at.OwnedBy("drivfaktor nr " + std::to_string(number), "driver no. " + std::to_string(number));
  KPLAN_ASSIGN_OR_RETURN(name, RequiredMember(json, "name", unnamed));
  KPLAN_ASSIGN_OR_RETURN(driver.name, ReadNonEmptyText(*name, unnamed.Key("name")));
  const Where where = at.OwnedBy("drivfaktorn \"" + driver.name + "\"", "the driver \"" + driver.name + "\"");
  KPLAN_RETURN_IF_ERROR(OnlyKnownKeys(json, where, {"name", "values"}));
  const Json* values = nullptr;
  KPLAN_ASSIGN_OR_RETURN(values, RequiredMember(json, "values", where));
  const Where w = where.Key("values");
  KPLAN_RETURN_IF_ERROR(ExpectArray(*values, w, kMaxDriverValues));
  if (values->empty()) return w.Invalid("required", "minst ett värde behövs", "at least one value is needed");
  for (std::size_t t = 0; t < values->size(); ++t) {
    double value = 0;
    KPLAN_ASSIGN_OR_RETURN(value, ReadNumberIn((*values)[t], w.Index(t), 0, 1e12));
    if (t == 0 && value <= 0) {
      return w.Index(0).Invalid("driver_value", "första värdet måste vara större än 0",
                                "the first value must be greater than 0");
    }
    driver.values.push_back(value);
  }
  return driver;
}

}  // namespace kplan::io::simulation_document
