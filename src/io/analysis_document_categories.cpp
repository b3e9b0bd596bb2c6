// Reads "categories": per category its inventory, base, growth and target
// shares per horizon, last year's gaps and its risks.

#include <algorithm>
#include <cstdint>
#include <map>

#include "analysis_document_parts.hpp"
#include "kplan/core/need.hpp"
#include "kplan/core/swedish_text.hpp"
#include "kplan/core/result_macros.hpp"

namespace kplan::io::analysis_document {
namespace {

using namespace json_fields;

using ValueReader = Result<double> (*)(const Json&, const Where&);

Result<double> ReadShare(const Json& value, const Where& where) {
  return ReadNumberIn(value, where, 0, 100);
}

std::string HorizonWords(int years) { return std::to_string(years) + " år"; }

// An SSYK 2012 code: one to four digits ("3353"; "33" for a group).
Result<std::string> ReadSsyk(const Json& value, const Where& where) {
  std::string code;
  if (value.is_number_unsigned()) {
    code = std::to_string(value.get<std::uint64_t>());
  } else {
    KPLAN_ASSIGN_OR_RETURN(code, ReadText(value, where));
  }
  const bool digits = !code.empty() && code.size() <= 4 &&
                      std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (!digits) {
    return where
        .Invalid("ssyk", "SSYK-koden " + Quote(value) + " ska vara en till fyra siffror, t.ex. \"3353\"",
                 "the SSYK code " + Quote(value) + " must be one to four digits, e.g. \"3353\"")
        .WithValue(code);
  }
  return code;
}



// {"Viss": 17, "God": 39, ...}: every level of the scale, and nothing else.
Result<PerLevel> ReadPerLevel(const Json& map, const Where& where, const CompetenceScale& scale,
                              ValueReader read) {
  KPLAN_RETURN_IF_ERROR(ExpectObject(map, where));
  for (const auto& [level, value] : map.items()) {
    if (scale.Find(level)) continue;
    return where.Key(level)
        .Invalid("level",
                 "okänd kompetensnivå \"" + level + "\" (nivåerna är " + JoinWithOch(scale.names()) + ")",
                 "unknown competence level \"" + level + "\" (the levels are " +
                     JoinWithCommas(scale.names()) + ")")
        .WithValue(level);
  }
  PerLevel values(scale.size());
  for (std::size_t level = 0; level < scale.size(); ++level) {
    const Json* value = Member(map, scale.name(level));
    if (!value) {
      return where.Key(scale.name(level))
          .Invalid("level", "nivån \"" + scale.name(level) + "\" saknas",
                   "the level \"" + scale.name(level) + "\" is missing");
    }
    KPLAN_ASSIGN_OR_RETURN(values[level], read(*value, where.Key(scale.name(level))));
  }
  return values;
}

Result<PerLevel> ReadTargetShares(const Json& map, const Where& where, const CompetenceScale& scale) {
  PerLevel shares;
  KPLAN_ASSIGN_OR_RETURN(shares, ReadPerLevel(map, where, scale, ReadShare));
  if (!IsCompleteDistribution(shares)) {
    const double sum = SumOf(shares);
    return where
        .Invalid("share_sum",
                 "målfördelningen summerar till " + SwedishNumber(sum) + " %, men ska summera till 100 % (±0,5)",
                 "the target shares sum to " + EnglishNumber(sum) + " %, but must sum to 100 % (±0.5)")
        .WithValue(EnglishNumber(sum));
  }
  return shares;
}

// A map keyed by horizon ("2", "5"), each key a horizon of the document;
// `read` gets the horizon's index in the document's list and its years.
template <typename Read>
Status ForEachHorizon(const Json& map, const Where& where,
                      const std::vector<DeclaredHorizon>& horizons, Read read) {
  KPLAN_RETURN_IF_ERROR(ExpectObject(map, where));
  std::vector<std::string> declared;
  for (const DeclaredHorizon& h : horizons) declared.push_back(std::to_string(h.years));
  for (const auto& [key, value] : map.items()) {
    int years = 0;
    KPLAN_ASSIGN_OR_RETURN(years, ParseWholeNumberKey(key, where.Key(key), 1, 50));
    const auto known = std::find_if(horizons.begin(), horizons.end(),
                                    [&](const DeclaredHorizon& h) { return h.years == years; });
    if (known == horizons.end()) {
      return where.Key(key).Invalid(
          "horizon",
          "horisonten " + HorizonWords(years) + " finns inte bland dokumentets horisonter (" +
              JoinWithOch(declared) + " år)",
          "the horizon of " + std::to_string(years) + " years is not among the document's horizons");
    }
    const auto index = static_cast<std::size_t>(known - horizons.begin());
    KPLAN_RETURN_IF_ERROR(read(index, years, value, where.Key(key)));
  }
  return Ok();
}

// {"Viss": 4, "God": 3, "Hög": -6, "Mycket hög": -4, "total": -3}: last
// year's published (rounded) gaps; the total defaults to the sum of the levels.
Result<PreviousGaps> ReadPreviousGaps(int years, const Json& json, const Where& where,
                                      const CompetenceScale& scale) {
  KPLAN_RETURN_IF_ERROR(ExpectObject(json, where));
  PreviousGaps previous;
  previous.years = years;
  Json levels = Json::object();
  for (const auto& [key, value] : json.items()) {
    if (key != "total") levels[key] = value;
  }
  KPLAN_ASSIGN_OR_RETURN(previous.levels, ReadPerLevel(levels, where, scale, ReadNumber));
  if (const Json* total = Member(json, "total")) {
    KPLAN_ASSIGN_OR_RETURN(previous.total, ReadNumber(*total, where.Key("total")));
  } else {
    previous.total = SumOf(previous.levels);
  }
  return previous;
}

// "growth": {"2": 0.026, "5": 0.067}, a fraction per horizon (−1 to 1, so
// that 2.6 meant as percent is caught); 0 where not given.
Status ReadGrowth(const Json& json, const Where& where, const std::vector<DeclaredHorizon>& horizons,
                  std::vector<NeedAssumption>& assumptions) {
  const Json* growth = Member(json, "growth");
  if (!growth) return Ok();
  return ForEachHorizon(*growth, where.Key("growth"), horizons,
                        [&](std::size_t index, int, const Json& value, const Where& at) -> Status {
                          double fraction = 0;
                          KPLAN_ASSIGN_OR_RETURN(fraction, ReadNumber(value, at));
                          if (fraction < -1 || fraction > 1) {
                            return at
                                .Invalid("growth",
                                         "tillväxten " + SwedishNumber(fraction) +
                                             " ska anges som andel mellan −1 och 1, t.ex. 0,026 för 2,6 %",
                                         "the growth " + EnglishNumber(fraction) +
                                             " must be a fraction between -1 and 1, e.g. 0.026 for 2.6 %")
                                .WithValue(EnglishNumber(fraction));
                          }
                          assumptions[index].growth = fraction;
                          return Ok();
                        });
}

bool IsHorizonKey(const std::string& key) {
  return !key.empty() && key.size() <= 3 &&
         std::all_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "target_shares": one set of percentages for every horizon
// ({"Viss": 10, ...}), or one set per horizon ({"2": {...}, "5": {...}}).
Status ReadTargetDistributions(const Json& json, const Where& where, const CompetenceScale& scale,
                               const std::vector<DeclaredHorizon>& horizons,
                               std::vector<NeedAssumption>& assumptions) {
  const Where at = where.Key("target_shares");
  const Json* shares_json = Member(json, "target_shares");
  if (!shares_json) {
    return at.Invalid("target_shares", "\"target_shares\" saknas (målfördelningen i procent per nivå)",
                      "\"target_shares\" is missing (the target shares in percent per level)");
  }
  KPLAN_RETURN_IF_ERROR(ExpectObject(*shares_json, at));
  // Keyed by horizon when no key is a level and some key is a number of years.
  bool any_level = false;
  bool any_horizon = false;
  for (const auto& [key, value] : shares_json->items()) {
    if (scale.Find(key)) {
      any_level = true;
    } else if (IsHorizonKey(key)) {
      any_horizon = true;
    }
  }
  if (any_level && any_horizon) {
    return at.Invalid("target_shares",
                      "ange antingen en målfördelning per nivå ({\"Viss\": 10, …}) eller en per horisont "
                      "({\"2\": {…}, \"5\": {…}}), inte båda",
                      "give either one set of shares per level ({\"Viss\": 10, …}) or one per horizon "
                      "({\"2\": {…}, \"5\": {…}}), not both");
  }
  if (!any_horizon) {
    PerLevel shares;
    KPLAN_ASSIGN_OR_RETURN(shares, ReadTargetShares(*shares_json, at, scale));
    for (NeedAssumption& assumption : assumptions) assumption.target_shares = shares;
    return Ok();
  }
  KPLAN_RETURN_IF_ERROR(ForEachHorizon(
      *shares_json, at, horizons,
      [&](std::size_t index, int, const Json& value, const Where& at_horizon) -> Status {
        KPLAN_ASSIGN_OR_RETURN(assumptions[index].target_shares, ReadTargetShares(value, at_horizon, scale));
        return Ok();
      }));
  for (const NeedAssumption& assumption : assumptions) {
    if (!assumption.target_shares.empty()) continue;
    return at.Key(std::to_string(assumption.years))
        .Invalid("target_shares", "målfördelning saknas för horisonten " + HorizonWords(assumption.years),
                 "target shares are missing for the horizon of " + std::to_string(assumption.years) +
                     " years");
  }
  return Ok();
}

Result<std::vector<NeedAssumption>> ReadNeedAssumptions(const Json& json, const Where& where,
                                                        const CompetenceScale& scale,
                                                        const std::vector<DeclaredHorizon>& horizons) {
  std::vector<NeedAssumption> assumptions;
  for (const DeclaredHorizon& horizon : horizons) assumptions.push_back({horizon.years, 0, {}});
  KPLAN_RETURN_IF_ERROR(ReadGrowth(json, where, horizons, assumptions));
  KPLAN_RETURN_IF_ERROR(ReadTargetDistributions(json, where, scale, horizons, assumptions));
  return assumptions;
}

Result<CategoryInput> ReadCategory(const Json& json, const Where& at, const CompetenceScale& scale,
                                   const std::vector<DeclaredHorizon>& horizons, std::size_t number) {
  KPLAN_RETURN_IF_ERROR(ExpectObject(json, at));
  CategoryInput category;
  const Json* name = nullptr;
  const Where unnamed = at.OwnedBy("yrkeskategori nr " + std::to_string(number),
                                   "category no. " + std::to_string(number));
  KPLAN_ASSIGN_OR_RETURN(name, RequiredMember(json, "name", unnamed));
  KPLAN_ASSIGN_OR_RETURN(category.name, ReadNonEmptyText(*name, unnamed.Key("name")));

  // From here on, every error names the category.
  const Where where = at.OwnedBy("yrkeskategorin \"" + category.name + "\"",
                                 "category \"" + category.name + "\"");
  KPLAN_RETURN_IF_ERROR(OnlyKnownKeys(json, where,
                                      {"name", "ssyk", "comment", "inventory", "base", "growth",
                                       "target_shares", "supply", "previous_gaps"}));
  if (const Json* ssyk = Member(json, "ssyk")) {
    KPLAN_ASSIGN_OR_RETURN(category.ssyk, ReadSsyk(*ssyk, where.Key("ssyk")));
  }
  if (const Json* comment = Member(json, "comment")) {
    KPLAN_ASSIGN_OR_RETURN(category.comment, ReadText(*comment, where.Key("comment")));
  }
  const Json* inventory = nullptr;
  KPLAN_ASSIGN_OR_RETURN(inventory, RequiredMember(json, "inventory", where));
  KPLAN_ASSIGN_OR_RETURN(category.inventory,
                         ReadPerLevel(*inventory, where.Key("inventory"), scale, ReadCount));
  if (const Json* base = Member(json, "base")) {
    KPLAN_ASSIGN_OR_RETURN(category.base, ReadCount(*base, where.Key("base")));
  }
  KPLAN_ASSIGN_OR_RETURN(category.horizons, ReadNeedAssumptions(json, where, scale, horizons));
  if (const Json* supply = Member(json, "supply")) {
    KPLAN_RETURN_IF_ERROR(ForEachHorizon(
        *supply, where.Key("supply"), horizons,
        [&](std::size_t, int years, const Json& value, const Where& at_horizon) -> Status {
          HorizonSupply on_horizon{years, {}};
          KPLAN_ASSIGN_OR_RETURN(on_horizon.levels, ReadPerLevel(value, at_horizon, scale, ReadCount));
          category.supply.push_back(std::move(on_horizon));
          return Ok();
        }));
  }
  if (const Json* previous = Member(json, "previous_gaps")) {
    KPLAN_RETURN_IF_ERROR(ForEachHorizon(
        *previous, where.Key("previous_gaps"), horizons,
        [&](std::size_t, int years, const Json& value, const Where& at_horizon) -> Status {
          PreviousGaps gaps;
          KPLAN_ASSIGN_OR_RETURN(gaps, ReadPreviousGaps(years, value, at_horizon, scale));
          category.previous.push_back(std::move(gaps));
          return Ok();
        }));
  }
  return category;
}

// 1–4, or the label ("Mindre allvarlig", "Låg").
Result<int> ReadRiskStep(const Json& value, const Where& where, std::optional<int> (*parse)(std::string_view),
                         std::string_view (*label)(int)) {
  if (!value.is_string()) return ReadWholeNumber(value, where, 1, kRiskSteps);
  if (const std::optional<int> step = parse(value.get<std::string>())) return *step;
  std::vector<std::string> labels;
  for (int step = 1; step <= kRiskSteps; ++step) labels.emplace_back(label(step));
  return where
      .Invalid("risk_scale",
               "okänt värde " + Quote(value) + " (välj " + JoinWithEller(labels) + ", eller 1–4)",
               "unknown value " + Quote(value) + " (use " + JoinWithCommas(labels) + ", or 1–4)")
      .WithValue(value.get<std::string>());
}

// [consequence, probability], e.g. [3, 2] or ["Allvarlig", "Medel"].
Result<RiskAssessment> ReadRiskPair(const Json& json, const Where& where) {
  KPLAN_RETURN_IF_ERROR(ExpectArray(json, where, 2));
  if (json.size() != 2) {
    return where.Invalid("risk_pair", "ange [konsekvens, sannolikhet], två värden 1–4",
                         "give [consequence, probability], two values 1–4");
  }
  RiskAssessment risk;
  KPLAN_ASSIGN_OR_RETURN(risk.consequence,
                         ReadRiskStep(json[0], where.Index(0), ParseConsequence, ConsequenceLabel));
  KPLAN_ASSIGN_OR_RETURN(risk.probability,
                         ReadRiskStep(json[1], where.Index(1), ParseProbability, ProbabilityLabel));
  return risk;
}

}  // namespace

Status ReadRisks(const Json& risks, const Where& where, std::vector<CategoryInput>& categories) {
  KPLAN_RETURN_IF_ERROR(ExpectArray(risks, where));
  for (std::size_t i = 0; i < risks.size(); ++i) {
    const Where at = where.Index(i);
    const Where unnamed = at.OwnedBy("risk nr " + std::to_string(i + 1), "risk no. " + std::to_string(i + 1));
    KPLAN_RETURN_IF_ERROR(ExpectObject(risks[i], unnamed));
    const Json* name_json = nullptr;
    std::string name;
    KPLAN_ASSIGN_OR_RETURN(name_json, RequiredMember(risks[i], "category", unnamed));
    KPLAN_ASSIGN_OR_RETURN(name, ReadNonEmptyText(*name_json, unnamed.Key("category")));
    const Where named = at.OwnedBy("risken för \"" + name + "\"", "the risk of \"" + name + "\"");
    KPLAN_RETURN_IF_ERROR(OnlyKnownKeys(risks[i], named, {"category", "operations", "work_environment"}));
    const std::string wanted = ToLowerSwedish(name);
    const auto category = std::find_if(categories.begin(), categories.end(), [&](const CategoryInput& c) {
      return ToLowerSwedish(c.name) == wanted;
    });
    if (category == categories.end()) {
      return named.Key("category")
          .Invalid("category", "yrkeskategorin \"" + name + "\" finns inte under categories",
                   "the category \"" + name + "\" is not among the categories")
          .WithValue(name);
    }
    if (category->risk) {
      return named.Key("category")
          .Invalid("duplicate", "yrkeskategorin \"" + name + "\" har redan en risk",
                   "the category \"" + name + "\" has a risk already")
          .WithValue(name);
    }
    CategoryRisk risk;
    const Json* operations = nullptr;
    const Json* work_environment = nullptr;
    KPLAN_ASSIGN_OR_RETURN(operations, RequiredMember(risks[i], "operations", named));
    KPLAN_ASSIGN_OR_RETURN(risk.operations, ReadRiskPair(*operations, named.Key("operations")));
    KPLAN_ASSIGN_OR_RETURN(work_environment, RequiredMember(risks[i], "work_environment", named));
    KPLAN_ASSIGN_OR_RETURN(risk.work_environment,
                           ReadRiskPair(*work_environment, named.Key("work_environment")));
    category->risk = risk;
  }
  return Ok();
}

Result<std::vector<CategoryInput>> ReadCategories(const Json& categories, const Where& where,
                                                  const CompetenceScale& scale,
                                                  const std::vector<DeclaredHorizon>& horizons) {
  KPLAN_RETURN_IF_ERROR(ExpectArray(categories, where));
  std::vector<CategoryInput> read;
  std::map<std::string, std::size_t> index_by_name;  // names in lower case: "Sektionschef" = "sektionschef"
  for (std::size_t i = 0; i < categories.size(); ++i) {
    CategoryInput category;
    KPLAN_ASSIGN_OR_RETURN(category, ReadCategory(categories[i], where.Index(i), scale, horizons, i + 1));
    const auto [earlier, is_new] = index_by_name.emplace(ToLowerSwedish(category.name), i);
    if (!is_new) {
      const std::string first = "categories[" + std::to_string(earlier->second) + "]";
      return where.Index(i).Key("name").Invalid(
          "duplicate", "yrkeskategorin \"" + category.name + "\" förekommer redan (" + first + ")",
          "the category \"" + category.name + "\" occurs already (" + first + ")");
    }
    read.push_back(std::move(category));
  }
  return read;
}

}  // namespace kplan::io::analysis_document
