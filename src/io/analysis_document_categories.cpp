// Reads "categories": per category its inventory, base, growth and target
// shares per horizon, last year's gaps and its risks.

#include <algorithm>
#include <map>

#include "analysis_document_parts.hpp"
#include "kplan/core/need.hpp"
#include "kplan/core/swedish_text.hpp"

namespace kplan::io::analysis_document {
namespace {

using namespace analysis_json;

using ValueReader = Result<double> (*)(const Json&, const Where&);

Result<double> ReadShare(const Json& value, const Where& where) {
  return ReadNumberIn(value, where, 0, 100);
}

std::string HorizonWords(int years) { return std::to_string(years) + " år"; }



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

Result<PreviousGaps> ReadPreviousGaps(int years, const Json& json, const Where& where,
                                      const CompetenceScale& scale) {
  KPLAN_RETURN_IF_ERROR(ExpectObject(json, where));
  KPLAN_RETURN_IF_ERROR(OnlyKnownKeys(json, where, {"levels", "total"}));
  PreviousGaps previous;
  previous.years = years;
  const Json* levels = nullptr;
  const Json* total = nullptr;
  KPLAN_ASSIGN_OR_RETURN(levels, RequiredMember(json, "levels", where));
  KPLAN_ASSIGN_OR_RETURN(previous.levels, ReadPerLevel(*levels, where.Key("levels"), scale, ReadNumber));
  KPLAN_ASSIGN_OR_RETURN(total, RequiredMember(json, "total", where));
  KPLAN_ASSIGN_OR_RETURN(previous.total, ReadNumber(*total, where.Key("total")));
  return previous;
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

Result<RiskAssessment> ReadRiskAssessment(const Json& json, const Where& where) {
  KPLAN_RETURN_IF_ERROR(ExpectObject(json, where));
  KPLAN_RETURN_IF_ERROR(OnlyKnownKeys(json, where, {"consequence", "probability"}));
  RiskAssessment risk;
  const Json* consequence = nullptr;
  const Json* probability = nullptr;
  KPLAN_ASSIGN_OR_RETURN(consequence, RequiredMember(json, "consequence", where));
  KPLAN_ASSIGN_OR_RETURN(risk.consequence, ReadRiskStep(*consequence, where.Key("consequence"),
                                                        ParseConsequence, ConsequenceLabel));
  KPLAN_ASSIGN_OR_RETURN(probability, RequiredMember(json, "probability", where));
  KPLAN_ASSIGN_OR_RETURN(risk.probability, ReadRiskStep(*probability, where.Key("probability"),
                                                        ParseProbability, ProbabilityLabel));
  return risk;
}

Result<CategoryRisk> ReadRisk(const Json& json, const Where& where) {
  KPLAN_RETURN_IF_ERROR(ExpectObject(json, where));
  KPLAN_RETURN_IF_ERROR(OnlyKnownKeys(json, where, {"operations", "work_environment"}));
  CategoryRisk risk;
  const Json* operations = nullptr;
  const Json* work_environment = nullptr;
  KPLAN_ASSIGN_OR_RETURN(operations, RequiredMember(json, "operations", where));
  KPLAN_ASSIGN_OR_RETURN(risk.operations, ReadRiskAssessment(*operations, where.Key("operations")));
  KPLAN_ASSIGN_OR_RETURN(work_environment, RequiredMember(json, "work_environment", where));
  KPLAN_ASSIGN_OR_RETURN(risk.work_environment,
                         ReadRiskAssessment(*work_environment, where.Key("work_environment")));
  return risk;
}

// The growth per horizon: the category's own, else the document's.
Status ReadGrowth(const Json& json, const Where& where, const std::vector<DeclaredHorizon>& horizons,
                  std::vector<NeedAssumption>& assumptions) {
  std::vector<std::optional<double>> percent;
  for (const DeclaredHorizon& horizon : horizons) percent.push_back(horizon.growth_percent);
  if (const Json* own = Member(json, "growth_percent")) {
    KPLAN_RETURN_IF_ERROR(ForEachHorizon(
        *own, where.Key("growth_percent"), horizons,
        [&](std::size_t index, int, const Json& value, const Where& at) -> Status {
          KPLAN_ASSIGN_OR_RETURN(percent[index], ReadNumberIn(value, at, -100, 1000));
          return Ok();
        }));
  }
  for (std::size_t i = 0; i < horizons.size(); ++i) {
    if (!percent[i]) {
      return where.Key("growth_percent")
          .Invalid("growth",
                   "tillväxt saknas för horisonten " + HorizonWords(horizons[i].years) +
                       " (ange growth_percent under horizons eller i yrkeskategorin)",
                   "growth is missing for the horizon of " + std::to_string(horizons[i].years) +
                       " years (give growth_percent under horizons or in the category)");
    }
    assumptions[i].growth = *percent[i] / 100.0;
  }
  return Ok();
}

// The target distribution: one for every horizon, or one per horizon.
Status ReadTargetDistributions(const Json& json, const Where& where, const CompetenceScale& scale,
                               const std::vector<DeclaredHorizon>& horizons,
                               std::vector<NeedAssumption>& assumptions) {
  const Json* one_set = Member(json, "target_shares");
  const Json* per_horizon = Member(json, "target_shares_by_horizon");
  if ((one_set == nullptr) == (per_horizon == nullptr)) {
    return where.Key("target_shares")
        .Invalid("target_shares",
                 one_set ? "ange antingen target_shares eller target_shares_by_horizon, inte båda"
                         : "\"target_shares\" saknas (eller target_shares_by_horizon per horisont)",
                 one_set ? "give either target_shares or target_shares_by_horizon, not both"
                         : "\"target_shares\" is missing (or target_shares_by_horizon per horizon)");
  }
  if (one_set) {
    PerLevel shares;
    KPLAN_ASSIGN_OR_RETURN(shares, ReadTargetShares(*one_set, where.Key("target_shares"), scale));
    for (NeedAssumption& assumption : assumptions) assumption.target_shares = shares;
    return Ok();
  }
  const Where by_horizon = where.Key("target_shares_by_horizon");
  KPLAN_RETURN_IF_ERROR(ForEachHorizon(
      *per_horizon, by_horizon, horizons,
      [&](std::size_t index, int, const Json& value, const Where& at) -> Status {
        KPLAN_ASSIGN_OR_RETURN(assumptions[index].target_shares, ReadTargetShares(value, at, scale));
        return Ok();
      }));
  for (const NeedAssumption& assumption : assumptions) {
    if (!assumption.target_shares.empty()) continue;
    return by_horizon.Key(std::to_string(assumption.years))
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
  KPLAN_RETURN_IF_ERROR(OnlyKnownKeys(
      json, where,
      {"name", "comment", "inventory", "base", "growth_percent", "target_shares",
       "target_shares_by_horizon", "previous_gaps", "risk"}));
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
  if (const Json* risk = Member(json, "risk")) {
    KPLAN_ASSIGN_OR_RETURN(category.risk, ReadRisk(*risk, where.Key("risk")));
  }
  return category;
}

}  // namespace

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
