// Behov: per category of a plan year, the base and one assumption per horizon
// (growth and target shares), kept as JSON documents:
//   growth_json         {"2": 0.026, "5": 0.067}
//   target_shares_json  {"2": [7, 28, 50, 15], "5": [5, 25, 50, 20]}

#include <Poco/Data/RecordSet.h>
#include <Poco/Nullable.h>

#include <algorithm>

#include "editing.hpp"
#include "kplan/core/need.hpp"
#include "plan_years.hpp"
#include "poco_store.hpp"
#include "record_json.hpp"
#include "resolver.hpp"

namespace kplan::store {
namespace {

#define KPLAN_SQL_SELECT_NEED                                                       \
  "SELECT c.name, n.base, n.growth_json, n.target_shares_json, n.version"          \
  " FROM need_parameter n JOIN occupational_category c ON c.id = n.category_id"
constexpr const char* kNeedParameters =
    KPLAN_SQL_SELECT_NEED " WHERE n.plan_year_id = $1 ORDER BY c.name";
constexpr const char* kNeedParameter =
    KPLAN_SQL_SELECT_NEED " WHERE n.plan_year_id = $1 AND n.category_id = $2";
constexpr const char* kInsertNeedParameter =
    "INSERT INTO need_parameter (plan_year_id, category_id, base, growth_json,"
    " target_shares_json) VALUES ($1, $2, $3, $4, $5)";
constexpr const char* kUpdateNeedParameter =
    "UPDATE need_parameter SET base = $1, growth_json = $2, target_shares_json = $3,"
    " version = version + 1 WHERE plan_year_id = $4 AND category_id = $5 AND version = $6"
    " RETURNING version";

std::vector<NeedParameters> ReadNeed(Statement& select) {
  return ReadRows<NeedParameters>(select, [](RecordSet& rs, std::size_t row) {
    NeedParameters n;
    n.category = rs.value(0, row).convert<std::string>();
    if (!rs.value(1, row).isEmpty()) n.base = rs.value(1, row).convert<double>();
    Json growth = Json::parse(rs.value(2, row).convert<std::string>(), nullptr, false);
    Json shares = Json::parse(rs.value(3, row).convert<std::string>(), nullptr, false);
    if (growth.is_object()) {
      for (auto it = growth.begin(); it != growth.end(); ++it) {
        NeedAssumption a;
        a.years = std::atoi(it.key().c_str());
        a.growth = it.value().is_number() ? it.value().get<double>() : 0.0;
        if (shares.is_object() && shares.contains(it.key()) && shares[it.key()].is_array()) {
          for (const Json& share : shares[it.key()]) {
            a.target_shares.push_back(share.is_number() ? share.get<double>() : 0.0);
          }
        }
        n.horizons.push_back(std::move(a));
      }
    }
    std::sort(n.horizons.begin(), n.horizons.end(),
              [](const NeedAssumption& a, const NeedAssumption& b) { return a.years < b.years; });
    n.version = rs.value(4, row).convert<int>();
    return n;
  });
}

std::optional<NeedParameters> NeedOf(Session& s, std::int64_t plan_year_id,
                                     std::int64_t category_id) {
  Statement select(s);
  Poco::Int64 plan = plan_year_id, category = category_id;
  select << kNeedParameter, use(plan), use(category), now;
  auto found = ReadNeed(select);
  if (found.empty()) return std::nullopt;
  return std::move(found[0]);
}

// What can be checked without the plan year.
Status ValidateNeedShape(const NeedParameters& n) {
  if (n.category.empty()) {
    return Invalid("category", "yrkeskategori saknas", "the category is missing", "need");
  }
  if (n.base && (!IsFinite(*n.base) || *n.base < 0)) {
    return Invalid("base", "basen ska vara ett tal ≥ 0", "the base must be a number ≥ 0", "need_base")
        .WithValue(std::to_string(*n.base));
  }
  for (std::size_t i = 0; i < n.horizons.size(); ++i) {
    const NeedAssumption& a = n.horizons[i];
    const std::string field = "horizons[" + std::to_string(i) + "]";
    if (!IsFinite(a.growth) || a.growth <= -1) {
      return Invalid(field + ".growth", "tillväxten ska vara ett tal större än −1 (−100 %)",
                     "the growth must be a number greater than −1 (−100 %)", "need_growth")
          .WithValue(std::to_string(a.growth));
    }
  }
  return Ok();
}

// Against the plan year: one assumption per horizon, one share per level.
Status ValidateNeedAgainst(const NeedParameters& n, const PlanYear& plan) {
  std::vector<int> years;
  for (std::size_t i = 0; i < n.horizons.size(); ++i) {
    const NeedAssumption& a = n.horizons[i];
    const std::string field = "horizons[" + std::to_string(i) + "]";
    if (std::find(plan.horizons.begin(), plan.horizons.end(), a.years) == plan.horizons.end()) {
      return Invalid(field + ".years",
                     "planåret har ingen horisont på " + std::to_string(a.years) + " år",
                     "the plan year has no horizon of " + std::to_string(a.years) + " years",
                     "need_horizons")
          .WithValue(std::to_string(a.years));
    }
    if (std::find(years.begin(), years.end(), a.years) != years.end()) {
      return Invalid(field + ".years",
                     "horisonten " + std::to_string(a.years) + " år förekommer två gånger",
                     "the horizon of " + std::to_string(a.years) + " years appears twice",
                     "need_horizons")
          .WithValue(std::to_string(a.years));
    }
    years.push_back(a.years);
    if (a.target_shares.size() != plan.levels.size()) {
      return Invalid(field + ".target_shares",
                     "målfördelningen ska ha en andel per nivå (" +
                         std::to_string(plan.levels.size()) + "), inte " +
                         std::to_string(a.target_shares.size()),
                     "the target distribution needs one share per level (" +
                         std::to_string(plan.levels.size()) + "), not " +
                         std::to_string(a.target_shares.size()),
                     "need_shares");
    }
    if (!IsCompleteDistribution(a.target_shares)) {
      return Invalid(field + ".target_shares",
                     "andelarna ska ligga mellan 0 och 100 % och summera till 100 % (±0,5), nu " +
                         std::to_string(SumOf(a.target_shares)),
                     "the shares must be 0–100 % and sum to 100 % (±0.5), now " +
                         std::to_string(SumOf(a.target_shares)),
                     "share_sum");
    }
  }
  if (years.size() != plan.horizons.size()) {
    return Invalid("horizons",
                   "en bedömning behövs för varje horisont i planåret (" +
                       HorizonsText(plan.horizons) + " år)",
                   "an assumption is needed for every horizon of the plan year (" +
                       HorizonsText(plan.horizons) + " years)",
                   "need_horizons");
  }
  return Ok();
}

}  // namespace

Result<std::vector<NeedParameters>> PocoStore::LoadNeedParameters(std::int64_t plan_unit_id,
                                                                  int year) {
  return Reading<std::vector<NeedParameters>>(
      Get(), "load need parameters", [&](Session& s) -> Result<std::vector<NeedParameters>> {
        std::optional<PlanYear> plan = PlanYearOf(s, plan_unit_id, year);
        if (!plan) return std::vector<NeedParameters>{};
        Statement select(s);
        Poco::Int64 plan_id = plan->id;
        select << kNeedParameters, use(plan_id), now;
        return ReadNeed(select);
      });
}

Result<NeedParameters> PocoStore::SaveNeedParameters(std::int64_t plan_unit_id, int year,
                                                     const NeedParameters& parameters,
                                                     std::string_view actor) {
  if (Status valid = ValidateNeedShape(parameters); !valid.ok()) return valid.error();
  const std::string what_sv = "behovet för " + parameters.category;
  const std::string what_en = "the need for " + parameters.category;
  return Writing<NeedParameters>(
      "save need parameters", [&](Session& s) -> Result<NeedParameters> {
        Result<PlanYear> plan = EnsurePlanYearOf(s, plan_unit_id, year);
        if (!plan.ok()) return plan.error();
        if (Status valid = ValidateNeedAgainst(parameters, plan.value()); !valid.ok()) {
          return valid.error();
        }
        NameResolver names(s);
        Poco::Int64 plan_id = plan.value().id;
        Poco::Int64 category = names.Category(parameters.category);
        std::optional<NeedParameters> before = NeedOf(s, plan_id, category);

        Json growth = Json::object(), shares = Json::object();
        for (const NeedAssumption& a : parameters.horizons) {
          growth[std::to_string(a.years)] = a.growth;
          shares[std::to_string(a.years)] = a.target_shares;
        }
        Nullable<double> base =
            parameters.base ? Nullable<double>(*parameters.base) : Nullable<double>();
        std::string growth_text = DumpJson(growth), shares_text = DumpJson(shares);
        const std::string key = std::to_string(plan_id) + ":" + std::to_string(category);

        if (parameters.version == 0) {
          if (before) return StaleNamed(what_sv, what_en, 0, before->version);
          s << kInsertNeedParameter, use(plan_id), use(category), use(base),
              use(growth_text), use(shares_text), now;
        } else {
          if (!before) {
            return NotFoundNamed(what_sv, what_en);
          }
          if (before->version != parameters.version) {
            return StaleNamed(what_sv, what_en, parameters.version, before->version);
          }
          int version = parameters.version;
          std::vector<int> updated;
          s << kUpdateNeedParameter, use(base), use(growth_text), use(shares_text),
              use(plan_id), use(category), use(version), into(updated), now;
          if (updated.empty()) {
            return StaleNamed(what_sv, what_en, parameters.version, parameters.version + 1);
          }
        }
        NeedParameters after = *NeedOf(s, plan_id, category);
        AppendAudit(s, actor, before ? "update" : "create", "need_parameter", key,
                    before ? AuditText(*before) : "", AuditText(after));
        return after;
      });
}

}  // namespace kplan::store
