// Competence scales and plan years: the frame every plan year's inventory,
// need and texts are written in.

#include "plan_years.hpp"

#include <Poco/Data/RecordSet.h>

#include <algorithm>
#include <set>

#include "editing.hpp"
#include "poco_store.hpp"
#include "record_json.hpp"
#include "resolver.hpp"
#include "sql.hpp"

namespace kplan::store {
namespace {

constexpr const char* kListScales =
    "SELECT s.id, s.name, l.name FROM competence_scale s"
    " JOIN competence_level l ON l.scale_id = s.id ORDER BY s.name, s.id, l.position";
constexpr const char* kUnitExists = "SELECT id FROM org_unit WHERE id = $1";
#define KPLAN_SQL_SELECT_PLAN_YEAR                                                    \
  "SELECT p.id, u.code, p.year, s.name, p.horizons, p.version, p.inventory_version," \
  " p.scale_id, p.period_from, p.period_to, p.sections, p.status"                   \
  " FROM plan_year p JOIN org_unit u ON u.id = p.org_unit_id"                         \
  " JOIN competence_scale s ON s.id = p.scale_id"
constexpr const char* kListPlanYears =
    KPLAN_SQL_SUBTREE_OF_PARAM_1 " " KPLAN_SQL_SELECT_PLAN_YEAR
    " WHERE p.org_unit_id IN (SELECT id FROM sub) ORDER BY u.code, p.year";
constexpr const char* kPlanYearById = KPLAN_SQL_SELECT_PLAN_YEAR " WHERE p.id = $1";
constexpr const char* kPlanYearOfUnit =
    KPLAN_SQL_SELECT_PLAN_YEAR " WHERE p.org_unit_id = $1 AND p.year = $2";
constexpr const char* kPlanYearHasInventory =
    "SELECT 1 FROM inventory WHERE plan_year_id = $1 LIMIT 1";
constexpr const char* kUpdatePlanYear =
    "UPDATE plan_year SET scale_id = $1, horizons = $2, period_from = $3, period_to = $4,"
    " sections = $5, version = version + 1 WHERE id = $6 AND version = $7 RETURNING version";
constexpr const char* kSetPlanYearFrame =
    "UPDATE plan_year SET period_from = $1, period_to = $2, sections = $3 WHERE id = $4";

// The sections column: ",nulage,kompetensgap," ("" for all).
std::string SectionsColumn(const std::vector<std::string>& keys) {
  if (keys.empty()) return "";
  std::string out = ",";
  for (const std::string& key : keys) out += key + ",";
  return out;
}
std::vector<std::string> SectionsOf(const std::string& column) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < column.size()) {
    std::size_t comma = column.find(',', start);
    if (comma == std::string::npos) comma = column.size();
    if (comma > start) out.push_back(column.substr(start, comma - start));
    start = comma + 1;
  }
  return out;
}

Nullable<int> PeriodYear(int year) { return year == 0 ? Nullable<int>() : Nullable<int>(year); }

constexpr std::string_view kWhatSv = "planåret";
constexpr std::string_view kWhatEn = "plan year";

std::vector<std::string> Levels(Session& s, std::int64_t scale_id) {
  Poco::Int64 scale = scale_id;
  std::vector<std::string> names;
  s << sql::kScaleLevels, use(scale), into(names), now;
  return names;
}

// Rows of KPLAN_SQL_SELECT_PLAN_YEAR, with each scale's levels.
std::vector<PlanYear> ReadPlanYears(Session& s, Statement& select) {
  RecordSet rs(select);
  std::vector<PlanYear> out;
  for (std::size_t row = 0; row < rs.rowCount(); ++row) {
    PlanYear p;
    p.id = rs.value(0, row).convert<Poco::Int64>();
    p.unit_code = rs.value(1, row).convert<std::string>();
    p.year = rs.value(2, row).convert<int>();
    p.scale = rs.value(3, row).convert<std::string>();
    p.horizons = ParseHorizons(rs.value(4, row).convert<std::string>());
    p.version = rs.value(5, row).convert<int>();
    p.inventory_version = rs.value(6, row).convert<int>();
    p.levels = Levels(s, rs.value(7, row).convert<Poco::Int64>());
    if (!rs.value(8, row).isEmpty()) p.period_from = rs.value(8, row).convert<int>();
    if (!rs.value(9, row).isEmpty()) p.period_to = rs.value(9, row).convert<int>();
    p.sections = SectionsOf(rs.value(10, row).convert<std::string>());
    p.status = ParsePlanStatusKey(rs.value(11, row).convert<std::string>()).value_or(PlanStatus::kDraft);
    out.push_back(std::move(p));
  }
  return out;
}

Status ValidateScale(const CompetenceScaleRecord& scale) {
  return Validate(scale);  // core/plan_year.hpp
}

Status ValidatePlanYear(const PlanYear& p) {
  return Validate(p);  // core/plan_year.hpp
}

// The scale's id by name; the default scale is created on first use.
Result<Poco::Int64> ScaleId(Session& s, const std::string& name) {
  if (name.empty() || name == "Standard") return EnsureDefaultScale(s);
  std::string key = name;
  std::vector<Poco::Int64> found;
  s << sql::kFindScale, use(key), into(found), now;
  if (found.empty()) {
    return Invalid("scale", "skalan \"" + name + "\" finns inte",
                   "the scale \"" + name + "\" does not exist", "scale_exists")
        .WithValue(name);
  }
  return found[0];
}

// A new plan year (SavePlanYear with id 0): the scale must exist and the
// unit have no plan year of that year yet.
Result<PlanYear> InsertPlanYear(Session& s, const PlanYear& plan_year) {
  std::string horizons = HorizonsText(plan_year.horizons);
  Result<Poco::Int64> scale = ScaleId(s, plan_year.scale);
  if (!scale.ok()) return scale.error();
  Poco::Int64 scale_id = scale.value();
  NameResolver names(s);
  auto unit = names.Unit(plan_year.unit_code);
  if (!unit) return names.UnknownUnit(plan_year.unit_code).WithField("unit_code");
  const auto exists = [&] {
    return Error(ErrorCode::kConflict,
                 plan_year.unit_code + " har redan ett planår " + std::to_string(plan_year.year),
                 plan_year.unit_code + " already has a plan year " +
                     std::to_string(plan_year.year))
        .WithField("year")
        .WithRule("unique");
  };
  if (PlanYearOf(s, *unit, plan_year.year)) return exists();
  Poco::Int64 unit_id = *unit;
  int year = plan_year.year;
  Poco::Int64 id = 0;
  s << sql::kInsertPlanYear, use(unit_id), use(year), use(scale_id), use(horizons), into(id),
      now;
  if (id == 0) return exists();  // created meanwhile by another writer
  Nullable<int> from = PeriodYear(plan_year.period_from), to = PeriodYear(plan_year.period_to);
  std::string sections = SectionsColumn(plan_year.sections);
  s << kSetPlanYearFrame, use(from), use(to), use(sections), use(id), now;
  return *PlanYearById(s, id);
}

// The update of a stored plan year, `before` at the quoted version: unit and
// year stay, the scale changes only while there is no inventory.
Result<PlanYear> UpdateStoredPlanYear(Session& s, const PlanYear& before,
                                      const PlanYear& plan_year) {
  std::string horizons = HorizonsText(plan_year.horizons);
  if (before.unit_code != plan_year.unit_code || before.year != plan_year.year) {
    return Invalid(before.year != plan_year.year ? "year" : "unit_code",
                   "ett planårs enhet och år kan inte ändras",
                   "the unit and year of a plan year cannot change", "plan_year_key");
  }
  // No scale named: the plan year keeps its own.
  const std::string scale_name = plan_year.scale.empty() ? before.scale : plan_year.scale;
  Result<Poco::Int64> scale = ScaleId(s, scale_name);
  if (!scale.ok()) return scale.error();
  Poco::Int64 scale_id = scale.value();
  Poco::Int64 id = plan_year.id;
  std::vector<int> has_inventory;
  s << kPlanYearHasInventory, use(id), into(has_inventory), now;
  if (!has_inventory.empty() && before.scale != scale_name) {
    return Error(ErrorCode::kConflict,
                 "skalan kan inte bytas när planåret redan har en kartläggning",
                 "the scale cannot change once the plan year has an inventory")
        .WithField("scale")
        .WithRule("scale_in_use");
  }
  int version = plan_year.version;
  Nullable<int> from = PeriodYear(plan_year.period_from), to = PeriodYear(plan_year.period_to);
  std::string sections = SectionsColumn(plan_year.sections);
  std::vector<int> updated;
  s << kUpdatePlanYear, use(scale_id), use(horizons), use(from), use(to), use(sections), use(id),
      use(version), into(updated), now;
  if (updated.empty()) {
    return StaleOrMissing(s, "plan_year", plan_year.id, plan_year.version, kWhatSv, kWhatEn);
  }
  return *PlanYearById(s, plan_year.id);
}

}  // namespace

std::string HorizonsText(const std::vector<int>& horizons) {
  std::string out;
  for (int h : horizons) {
    if (!out.empty()) out += ",";
    out += std::to_string(h);
  }
  return out;
}

std::vector<int> ParseHorizons(const std::string& text) {
  std::vector<int> out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t comma = text.find(',', start);
    if (comma == std::string::npos) comma = text.size();
    out.push_back(std::atoi(text.substr(start, comma - start).c_str()));
    start = comma + 1;
  }
  return out;
}

std::optional<PlanYear> PlanYearById(Session& s, std::int64_t id) {
  Statement select(s);
  Poco::Int64 key = id;
  select << kPlanYearById, use(key), now;
  auto found = ReadPlanYears(s, select);
  if (found.empty()) return std::nullopt;
  return std::move(found[0]);
}

std::optional<PlanYear> PlanYearOf(Session& s, std::int64_t unit_id, int year) {
  Statement select(s);
  Poco::Int64 unit = unit_id;
  int y = year;
  select << kPlanYearOfUnit, use(unit), use(y), now;
  auto found = ReadPlanYears(s, select);
  if (found.empty()) return std::nullopt;
  return std::move(found[0]);
}

Result<PlanYear> EnsurePlanYearOf(Session& s, std::int64_t unit_id, int year) {
  if (auto found = PlanYearOf(s, unit_id, year)) return std::move(*found);
  Poco::Int64 unit = unit_id;
  std::vector<Poco::Int64> units;
  s << kUnitExists, use(unit), into(units), now;
  if (units.empty()) return NotFound("enheten", "unit", unit_id);
  if (year < 2000 || year > 2100) {
    return Invalid("year", "året " + std::to_string(year) + " ligger inte mellan 2000 och 2100",
                   "the year " + std::to_string(year) + " is not between 2000 and 2100",
                   "plan_year");
  }
  EnsurePlanYear(s, unit_id, year);
  return *PlanYearOf(s, unit_id, year);
}

Result<std::vector<CompetenceScaleRecord>> PocoStore::ListScales() {
  return Reading<std::vector<CompetenceScaleRecord>>(
      Get(), "list scales", [](Session& s) -> Result<std::vector<CompetenceScaleRecord>> {
        std::vector<Poco::Int64> ids;
        std::vector<std::string> names, levels;
        s << kListScales, into(ids), into(names), into(levels), now;
        std::vector<CompetenceScaleRecord> out;
        for (std::size_t i = 0; i < ids.size(); ++i) {
          if (out.empty() || out.back().id != ids[i]) out.push_back({ids[i], names[i], {}});
          out.back().levels.push_back(levels[i]);
        }
        return out;
      });
}

Result<CompetenceScaleRecord> PocoStore::AddScale(const CompetenceScaleRecord& scale,
                                                  std::string_view actor) {
  if (Status valid = ValidateScale(scale); !valid.ok()) return valid.error();
  return Writing<CompetenceScaleRecord>(
      "add scale", [&](Session& s) -> Result<CompetenceScaleRecord> {
        std::string name = scale.name;
        std::vector<Poco::Int64> found;
        s << sql::kFindScale, use(name), into(found), now;
        if (!found.empty()) {
          return Error(ErrorCode::kConflict, "skalan \"" + name + "\" finns redan",
                       "the scale \"" + name + "\" already exists")
              .WithField("name")
              .WithValue(name)
              .WithRule("unique");
        }
        Poco::Int64 id = 0;
        s << sql::kInsertScale, use(name), into(id), now;
        for (std::size_t i = 0; i < scale.levels.size(); ++i) {
          int position = static_cast<int>(i);
          std::string level = scale.levels[i];
          s << sql::kInsertLevel, use(id), use(position), use(level), now;
        }
        CompetenceScaleRecord stored{id, scale.name, scale.levels};
        AppendAudit(s, actor, "create", "competence_scale", std::to_string(id), "",
                    AuditText(stored));
        return stored;
      });
}

Result<std::vector<PlanYear>> PocoStore::ListPlanYears(std::int64_t unit_id) {
  return Reading<std::vector<PlanYear>>(
      Get(), "list plan years", [&](Session& s) -> Result<std::vector<PlanYear>> {
        Statement select(s);
        Poco::Int64 unit = unit_id;
        select << kListPlanYears, use(unit), now;
        return ReadPlanYears(s, select);
      });
}

Result<PlanYear> PocoStore::GetPlanYear(std::int64_t id) {
  return Reading<PlanYear>(Get(), "get plan year", [&](Session& s) -> Result<PlanYear> {
    std::optional<PlanYear> found = PlanYearById(s, id);
    if (!found) return NotFound(kWhatSv, kWhatEn, id);
    return std::move(*found);
  });
}

Result<PlanYear> PocoStore::SavePlanYear(const PlanYear& plan_year, std::string_view actor) {
  if (Status valid = ValidatePlanYear(plan_year); !valid.ok()) return valid.error();
  return Writing<PlanYear>("save plan year", [&](Session& s) -> Result<PlanYear> {
    if (plan_year.id == 0) {
      Result<PlanYear> after = InsertPlanYear(s, plan_year);
      if (!after.ok()) return after;
      AppendAudit(s, actor, "create", "plan_year", std::to_string(after.value().id), "",
                  AuditText(after.value()));
      return after;
    }
    std::optional<PlanYear> before = PlanYearById(s, plan_year.id);
    if (Status v = CheckVersion(before, plan_year.id, plan_year.version, kWhatSv, kWhatEn);
        !v.ok()) {
      return v.error();
    }
    Result<PlanYear> after = UpdateStoredPlanYear(s, *before, plan_year);
    if (!after.ok()) return after;
    AppendAudit(s, actor, "update", "plan_year", std::to_string(plan_year.id), AuditText(*before),
                AuditText(after.value()));
    return after;
  });
}

}  // namespace kplan::store
