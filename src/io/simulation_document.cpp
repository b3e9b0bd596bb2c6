// Reads the document of `kplan project`: encoding, syntax, then every section,
// each value checked for type and range where it stands.

#include "kplan/io/simulation_document.hpp"

#include <algorithm>
#include <set>

#include "kplan/core/swedish_text.hpp"
#include "simulation_document_parts.hpp"
#include "kplan/core/result_macros.hpp"

namespace kplan::io {
namespace {

using namespace json_fields;
using namespace simulation_document;

constexpr std::size_t kMaxCategories = 2000;

// "levels": a number of levels, or their names lowest first.
Status ReadLevels(const Json& json, const Where& where, std::vector<std::string>& names) {
  if (json.is_number()) {
    int count = 0;
    KPLAN_ASSIGN_OR_RETURN(count, ReadWholeNumber(json, where, 0, kMaxSimulationLevels));
    for (int l = 0; l < count; ++l) names.push_back("Nivå " + std::to_string(l + 1));
    return Ok();
  }
  KPLAN_RETURN_IF_ERROR(ExpectArray(json, where, kMaxSimulationLevels));
  for (std::size_t i = 0; i < json.size(); ++i) {
    std::string name;
    KPLAN_ASSIGN_OR_RETURN(name, ReadNonEmptyText(json[i], where.Index(i)));
    if (std::find(names.begin(), names.end(), name) != names.end()) {
      return where.Index(i).Invalid("duplicate", "nivån \"" + name + "\" förekommer två gånger",
                                    "the level \"" + name + "\" occurs twice");
    }
    names.push_back(std::move(name));
  }
  return Ok();
}

template <typename Item, typename Reader>
Status ReadList(const Json& document, std::string_view key, const Where& root, std::size_t max, Reader read,
                std::vector<Item>& out) {
  const Json* list = Member(document, key);
  if (!list) return Ok();
  const Where where = root.Key(key);
  KPLAN_RETURN_IF_ERROR(ExpectArray(*list, where, max));
  std::set<std::string> names;
  for (std::size_t i = 0; i < list->size(); ++i) {
    Result<Item> item = read((*list)[i], where.Index(i), i + 1);
    if (!item) return item.error();
    if (!names.insert(item.value().name).second) {
      return where.Index(i).Key("name").Invalid(
          "duplicate", "namnet \"" + item.value().name + "\" förekommer två gånger",
          "the name \"" + item.value().name + "\" occurs twice");
    }
    out.push_back(std::move(item).value());
  }
  return Ok();
}

Result<SimulationDocument> ReadDocument(const Json& document) {
  const Where root;
  KPLAN_RETURN_IF_ERROR(ExpectObject(document, root.OwnedBy("dokumentet", "the document")));
  KPLAN_RETURN_IF_ERROR(OnlyKnownKeys(document, root,
                                      {"version", "comment", "start_year", "years", "runs", "seed", "org", "area",
                                       "levels", "recruit_age", "retirement_percent", "promotion_percent",
                                       "drivers", "categories", "scenarios"}));
  SimulationDocument d;
  if (const Json* v = Member(document, "version")) {
    KPLAN_RETURN_IF_ERROR(Checked(ReadWholeNumber(*v, root.Key("version"), 1, 1)));
  }
  if (const Json* v = Member(document, "comment")) {
    KPLAN_RETURN_IF_ERROR(Checked(ReadText(*v, root.Key("comment"))));
  }
  if (const Json* v = Member(document, "start_year")) {
    KPLAN_ASSIGN_OR_RETURN(d.start_year, ReadWholeNumber(*v, root.Key("start_year"), 1900, 2200));
  }
  if (const Json* v = Member(document, "years")) {
    KPLAN_ASSIGN_OR_RETURN(d.years, ReadWholeNumber(*v, root.Key("years"), 1, kMaxSimulationYears));
  }
  if (const Json* v = Member(document, "runs")) {
    KPLAN_ASSIGN_OR_RETURN(d.runs, ReadWholeNumber(*v, root.Key("runs"), 1, kMaxSimulationRuns));
  }
  if (const Json* v = Member(document, "seed")) {
    int seed = 0;
    KPLAN_ASSIGN_OR_RETURN(seed, ReadWholeNumber(*v, root.Key("seed"), 0, 2147483647));
    d.seed = static_cast<std::uint64_t>(seed);
  }
  if (const Json* v = Member(document, "org")) {
    KPLAN_ASSIGN_OR_RETURN(d.org, ReadNonEmptyText(*v, root.Key("org")));
  }
  if (const Json* v = Member(document, "area")) {
    KPLAN_ASSIGN_OR_RETURN(d.area, ReadNonEmptyText(*v, root.Key("area")));
  }
  if (const Json* v = Member(document, "levels")) {
    KPLAN_RETURN_IF_ERROR(ReadLevels(*v, root.Key("levels"), d.levels));
  }
  if (const Json* v = Member(document, "recruit_age")) {
    KPLAN_ASSIGN_OR_RETURN(d.recruit_age, ReadWholeNumber(*v, root.Key("recruit_age"), 16, 70));
  }
  if (const Json* v = Member(document, "retirement_percent")) {
    KPLAN_ASSIGN_OR_RETURN(d.retirement, ReadRetirement(*v, root.Key("retirement_percent")));
  }
  if (const Json* v = Member(document, "promotion_percent")) {
    KPLAN_ASSIGN_OR_RETURN(d.promotion, ReadPercent(*v, root.Key("promotion_percent")));
  }
  KPLAN_RETURN_IF_ERROR(ReadList(document, "drivers", root, 100, ReadDriver, d.drivers));
  KPLAN_RETURN_IF_ERROR(ReadList(document, "categories", root, kMaxCategories, ReadCategory, d.categories));
  KPLAN_RETURN_IF_ERROR(
      ReadList(document, "scenarios", root, static_cast<std::size_t>(kMaxSimulationScenarios), ReadScenario,
               d.scenarios));
  return d;
}

}  // namespace

Result<SimulationDocument> ParseSimulationDocument(std::string_view bytes) {
  Json document;
  KPLAN_ASSIGN_OR_RETURN(document, ParseJsonDocument(bytes, kMaxSimulationDocumentBytes));
  return ReadDocument(document);
}

std::vector<Scenario> ScenariosOf(const SimulationDocument& document) {
  if (!document.scenarios.empty()) return document.scenarios;
  Scenario base;
  base.name = "Bas";
  return {base};
}

namespace {

// One category of the document, checked against the model's scale and drivers.
Result<SimulationCategory> CategoryFromDocument(const SimulationDocument& d,
                                                const SimulationCategoryDocument& doc, int levels,
                                                const Where& at) {
  SimulationCategory c;
  c.name = doc.name;
  if (!doc.staff) return at.Key("staff").Invalid("required", "\"staff\" saknas", "\"staff\" is missing");
  c.staff = *doc.staff;
  for (std::size_t g = 0; g < c.staff.size(); ++g) {
    if (c.staff[g].level >= levels) {
      return at.Key("staff").Index(g).Index(1).Invalid(
          "levels", "nivån " + std::to_string(c.staff[g].level) + " finns inte (skalan har " +
                        std::to_string(levels) + " nivåer, den lägsta är 0)",
          "the level " + std::to_string(c.staff[g].level) + " does not exist (the scale has " +
              std::to_string(levels) + " levels, the lowest is 0)");
    }
  }
  if (!doc.turnover) {
    return at.Key("turnover_percent").Invalid("required", "\"turnover_percent\" saknas",
                                              "\"turnover_percent\" is missing");
  }
  c.turnover = *doc.turnover;
  if (doc.driver_ages) {
    return at.Key("driver_ages").Invalid("driver", "driver_ages gäller prognoser ur registret; ange driver",
                                         "driver_ages applies to projections of the register; give driver");
  }
  if (doc.driver) {
    const auto it = std::find_if(d.drivers.begin(), d.drivers.end(),
                                 [&](const DriverSeries& s) { return s.name == *doc.driver; });
    if (it == d.drivers.end()) {
      return at.Key("driver").Invalid("driver", "drivfaktorn \"" + *doc.driver + "\" finns inte",
                                      "the driver \"" + *doc.driver + "\" does not exist");
    }
    c.driver = static_cast<std::size_t>(it - d.drivers.begin());
  }
  if (doc.promotion) {
    c.promotion = *doc.promotion;
  } else if (d.promotion && levels > 1) {
    c.promotion.assign(static_cast<std::size_t>(levels - 1), *d.promotion);
  }
  if (doc.recruit_levels) c.recruit_levels = *doc.recruit_levels;
  c.elasticity = doc.elasticity.value_or(1.0);
  c.monthly_salary = doc.monthly_salary.value_or(0.0);
  c.overhead = doc.overhead.value_or(0.0);
  return c;
}

}  // namespace

Result<SimulationModel> ModelFromDocument(const SimulationDocument& d) {
  const Where root;
  SimulationModel model;
  if (!d.start_year) {
    return root.Key("start_year").Invalid("required", "\"start_year\" saknas", "\"start_year\" is missing");
  }
  model.start_year = *d.start_year;
  model.years = d.years.value_or(10);
  if (d.recruit_age) model.recruit_age = *d.recruit_age;
  if (d.retirement) model.retirement = *d.retirement;
  if (d.drivers.empty()) {
    return root.Key("drivers").Invalid("required", "ange minst en drivfaktor (\"drivers\")",
                                       "give at least one driver (\"drivers\")");
  }
  model.drivers = d.drivers;
  if (d.categories.empty()) {
    return root.Key("categories").Invalid("required", "ange minst en kategori", "give at least one category");
  }
  int top_level = -1;
  for (const auto& c : d.categories) {
    for (const StaffGroup& g : c.staff.value_or(std::vector<StaffGroup>{})) top_level = std::max(top_level, g.level);
  }
  model.levels = d.levels.empty() ? top_level + 1 : static_cast<int>(d.levels.size());
  for (std::size_t i = 0; i < d.categories.size(); ++i) {
    const SimulationCategoryDocument& doc = d.categories[i];
    const Where at = root.Key("categories").Index(i).OwnedBy("kategorin \"" + doc.name + "\"",
                                                             "the category \"" + doc.name + "\"");
    Result<SimulationCategory> c = CategoryFromDocument(d, doc, model.levels, at);
    if (!c) return c.error();
    model.categories.push_back(std::move(c).value());
  }
  return model;
}

}  // namespace kplan::io
