#include "resolver.hpp"

#include <Poco/Data/RecordSet.h>
#include <Poco/Nullable.h>

#include <vector>

#include "kplan/core/competence_scale.hpp"
#include "sql.hpp"

using namespace Poco::Data::Keywords;
using Poco::Data::RecordSet;
using Poco::Data::Session;
using Poco::Data::Statement;

namespace kplan::store {
namespace {

constexpr const char* kInsertCategory =
    "INSERT INTO occupational_category (name, ssyk) VALUES ($1, $2) RETURNING id";
constexpr const char* kSetCategorySsyk =
    "UPDATE occupational_category SET ssyk = $1, version = version + 1 WHERE id = $2";

}  // namespace

NameResolver::NameResolver(Session& session) : session_(session) {
  std::vector<Poco::Int64> unit_ids;
  std::vector<std::string> unit_codes;
  session_ << "SELECT id, code FROM org_unit", into(unit_ids), into(unit_codes), now;
  for (std::size_t i = 0; i < unit_ids.size(); ++i) units_[unit_codes[i]] = unit_ids[i];

  std::vector<Poco::Int64> ids;
  std::vector<std::string> names, ssyks;
  std::vector<int> versions;
  session_ << sql::kListCategories, into(ids), into(names), into(ssyks), into(versions), now;
  for (std::size_t i = 0; i < ids.size(); ++i) categories_[names[i]] = {ids[i], ssyks[i]};
}

std::optional<std::int64_t> NameResolver::Unit(const std::string& code) const {
  auto it = units_.find(code);
  if (it == units_.end()) return std::nullopt;
  return it->second;
}

std::int64_t NameResolver::Category(const std::string& name, const std::string& ssyk) {
  auto it = categories_.find(name);
  if (it != categories_.end()) {
    if (it->second.second.empty() && !ssyk.empty()) {
      std::string code = ssyk;
      Poco::Int64 id = it->second.first;
      session_ << kSetCategorySsyk, use(code), use(id), now;
      it->second.second = ssyk;
      ++changed_;
    }
    return it->second.first;
  }
  std::string n = name;
  Poco::Nullable<std::string> code = ssyk.empty() ? Poco::Nullable<std::string>()
                                                  : Poco::Nullable<std::string>(ssyk);
  Poco::Int64 id = 0;
  session_ << kInsertCategory, use(n), use(code), into(id), now;
  categories_[name] = {id, ssyk};
  ++changed_;
  return id;
}

Error NameResolver::UnknownUnit(const std::string& code) const {
  return Error(ErrorCode::kInvalidInput, "enheten \"" + code + "\" finns inte i organisationen",
               "the unit \"" + code + "\" is not in the organisation")
      .WithValue(code)
      .WithRule("unit_exists")
      .WithHint("Lägg upp enheten under Administration eller rätta enhetskoden.");
}

std::int64_t EnsureDefaultScale(Session& session) {
  std::string scale_name = "Standard";
  std::vector<Poco::Int64> found;
  session << sql::kFindScale, use(scale_name), into(found), now;
  if (!found.empty()) return found[0];
  Poco::Int64 scale_id = 0;
  session << sql::kInsertScaleUnlessExists, use(scale_name), into(scale_id), now;
  if (scale_id == 0) {
    // Another writer made it first, with its levels, and has committed (the
    // insert waited for it).
    session << sql::kFindScale, use(scale_name), into(found), now;
    return found.at(0);
  }
  const CompetenceScale scale = CompetenceScale::Default();
  for (std::size_t level = 0; level < scale.size(); ++level) {
    int position = static_cast<int>(level);
    std::string level_name = scale.name(level);
    session << sql::kInsertLevel, use(scale_id), use(position), use(level_name), now;
  }
  return scale_id;
}

std::pair<std::int64_t, std::int64_t> EnsurePlanYear(Session& session, std::int64_t unit_id,
                                                     int year) {
  Poco::Int64 unit = unit_id;
  int y = year;
  std::vector<Poco::Int64> plan_ids, scale_ids;
  session << sql::kFindPlanYear, use(unit), use(y), into(plan_ids), into(scale_ids), now;
  if (!plan_ids.empty()) return {plan_ids[0], scale_ids[0]};

  Poco::Int64 scale_id = EnsureDefaultScale(session);
  std::string horizons = "2,5";
  Poco::Int64 plan_id = 0;
  session << sql::kInsertPlanYear, use(unit), use(y), use(scale_id), use(horizons), into(plan_id), now;
  return {plan_id, scale_id};
}

}  // namespace kplan::store
