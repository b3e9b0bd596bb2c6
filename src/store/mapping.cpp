// The kartläggning as an assignment: the round of a plan year and its
// assigned units (mapping_round, mapping_unit), and the categories' level
// definitions (category_level_definition).

#include <functional>
#include "kplan/core/org_tree.hpp"
#include "editing.hpp"
#include "plan_years.hpp"
#include "poco_store.hpp"
#include "record_json.hpp"

namespace kplan::store {
namespace {

constexpr const char* kPlanUnitOf = "SELECT org_unit_id FROM plan_year WHERE id = $1";
constexpr const char* kRound =
    "SELECT deadline, is_open, opened_by, opened_at FROM mapping_round WHERE plan_year_id = $1";
constexpr const char* kInsertRound =
    "INSERT INTO mapping_round (plan_year_id, deadline, is_open, opened_by, opened_at)"
    " VALUES ($1, $2, 1, $3, $4)";
constexpr const char* kUpdateRound =
    "UPDATE mapping_round SET deadline = $1, is_open = $2 WHERE plan_year_id = $3";
constexpr const char* kForgetSaves = "UPDATE mapping_unit SET saved_at = '' WHERE plan_year_id = $1";
constexpr const char* kUnitRows =
    "SELECT org_unit_id, saved_at, submitted_at, submitted_by, reminders, reminded_at"
    " FROM mapping_unit WHERE plan_year_id = $1";
constexpr const char* kSubmit =
    "INSERT INTO mapping_unit (plan_year_id, org_unit_id, submitted_at, submitted_by)"
    " VALUES ($1, $2, $3, $4) ON CONFLICT (plan_year_id, org_unit_id) DO UPDATE"
    " SET submitted_at = excluded.submitted_at, submitted_by = excluded.submitted_by";
constexpr const char* kRemind =
    "INSERT INTO mapping_unit (plan_year_id, org_unit_id, reminders, reminded_at, reminded_by)"
    " VALUES ($1, $2, 1, $3, $4) ON CONFLICT (plan_year_id, org_unit_id) DO UPDATE"
    " SET reminders = mapping_unit.reminders + 1, reminded_at = excluded.reminded_at,"
    " reminded_by = excluded.reminded_by";
constexpr const char* kCategoryExists = "SELECT id FROM occupational_category WHERE id = $1";
constexpr const char* kAllDefinitions =
    "SELECT category_id, level, definition FROM category_level_definition"
    " ORDER BY category_id, position";
constexpr const char* kCategoryDefinitions =
    "SELECT level, definition FROM category_level_definition WHERE category_id = $1 ORDER BY position";
constexpr const char* kDeleteDefinitions = "DELETE FROM category_level_definition WHERE category_id = $1";
constexpr const char* kInsertDefinition =
    "INSERT INTO category_level_definition (category_id, position, level, definition)"
    " VALUES ($1, $2, $3, $4)";

Error UnknownPlanYear(std::int64_t id) { return NotFound("planåret", "plan year", id); }

std::optional<MappingRound> RoundOf(Session& s, std::int64_t plan_year_id) {
  Poco::Int64 plan = plan_year_id;
  std::vector<std::string> deadlines, opened_by, opened_at;
  std::vector<int> open;
  s << kRound, use(plan), into(deadlines), into(open), into(opened_by), into(opened_at), now;
  if (deadlines.empty()) return std::nullopt;
  return MappingRound{plan_year_id, ParseIsoDate(deadlines[0]).value_or(CalendarDate{}), open[0] != 0,
                      opened_by[0], opened_at[0]};
}

std::optional<std::int64_t> PlanUnitOf(Session& s, std::int64_t plan_year_id) {
  Poco::Int64 plan = plan_year_id;
  std::vector<Poco::Int64> units;
  s << kPlanUnitOf, use(plan), into(units), now;
  if (units.empty()) return std::nullopt;
  return units[0];
}

Json RoundJson(const MappingRound& r) {
  return {{"deadline", FormatIsoDate(r.deadline)}, {"open", r.open}, {"opened_at", r.opened_at}};
}

Json UnitJson(const UnitMapping& u) {
  return {{"unit", u.unit_code}, {"status", std::string(UnitMappingStatusKey(u.status))},
          {"submitted_at", u.submitted_at}, {"reminders", u.reminders}};
}

// The assigned units of the plan year with their statuses, from its rows.
std::vector<UnitMapping> UnitMappingsOf(Session& s, const OrgTree& tree, std::int64_t plan_year_id,
                                        std::int64_t plan_unit_id, const std::optional<MappingRound>& round) {
  std::vector<UnitMapping> out;
  std::map<std::int64_t, std::size_t> index;
  for (const OrgUnit* u : MappingUnits(tree, plan_unit_id)) {
    index[u->id] = out.size();
    out.push_back(UnitMapping{.unit_code = u->code, .unit_name = u->name});
  }
  Poco::Int64 plan = plan_year_id;
  Statement select(s);
  select << kUnitRows, use(plan), now;
  RecordSet rs(select);
  for (std::size_t row = 0; row < rs.rowCount(); ++row) {
    const std::int64_t unit = rs.value(0, row).convert<Poco::Int64>();
    const OrgUnit* assigned = MappingUnitOf(tree, plan_unit_id, unit);
    if (!assigned || !index.count(assigned->id)) continue;
    UnitMapping& m = out[index[assigned->id]];
    const std::string saved = rs.value(1, row).convert<std::string>();
    if (saved > m.saved_at) m.saved_at = saved;
    if (assigned->id != unit) continue;  // submissions and reminders are the assigned unit's own
    m.submitted_at = rs.value(2, row).convert<std::string>();
    m.submitted_by = rs.value(3, row).convert<std::string>();
    m.reminders = rs.value(4, row).convert<int>();
    m.reminded_at = rs.value(5, row).convert<std::string>();
  }
  for (UnitMapping& m : out) {
    const bool saved = round && !m.saved_at.empty();  // saves before opening were forgotten then
    m.status = MappingStatusOf(saved, !m.submitted_at.empty());
  }
  return out;
}

}  // namespace

Result<MappingRound> PocoStore::OpenMappingRound(std::int64_t plan_year_id, const CalendarDate& deadline,
                                                 std::string_view actor) {
  if (!IsValidDate(deadline)) {
    return Invalid("deadline", "sista dag är inte ett datum", "the last day is not a date", "deadline");
  }
  return Writing<MappingRound>("open mapping round", [&](Session& s) -> Result<MappingRound> {
    if (!PlanUnitOf(s, plan_year_id)) return UnknownPlanYear(plan_year_id);
    std::optional<MappingRound> before = RoundOf(s, plan_year_id);
    Poco::Int64 plan = plan_year_id;
    std::string day = FormatIsoDate(deadline);
    if (before) {
      int open = 1;
      s << kUpdateRound, use(day), use(open), use(plan), now;
    } else {
      std::string who(actor), at = NowUtc();
      s << kInsertRound, use(plan), use(day), use(who), use(at), now;
      s << kForgetSaves, use(plan), now;  // what was saved before the round is not its work
    }
    MappingRound after = *RoundOf(s, plan_year_id);
    AppendAudit(s, actor, "open", "mapping_round", std::to_string(plan_year_id),
                before ? DumpJson(RoundJson(*before)) : "", DumpJson(RoundJson(after)));
    return after;
  });
}

Result<MappingRound> PocoStore::CloseMappingRound(std::int64_t plan_year_id, std::string_view actor) {
  return Writing<MappingRound>("close mapping round", [&](Session& s) -> Result<MappingRound> {
    if (!PlanUnitOf(s, plan_year_id)) return UnknownPlanYear(plan_year_id);
    std::optional<MappingRound> before = RoundOf(s, plan_year_id);
    if (Status v = CheckMappingOpen(before.has_value(), before && before->open); !v.ok()) return v.error();
    Poco::Int64 plan = plan_year_id;
    std::string day = FormatIsoDate(before->deadline);
    int open = 0;
    s << kUpdateRound, use(day), use(open), use(plan), now;
    MappingRound after = *RoundOf(s, plan_year_id);
    AppendAudit(s, actor, "close", "mapping_round", std::to_string(plan_year_id),
                DumpJson(RoundJson(*before)), DumpJson(RoundJson(after)));
    return after;
  });
}

Result<std::optional<MappingRound>> PocoStore::GetMappingRound(std::int64_t plan_year_id) {
  return Reading<std::optional<MappingRound>>(
      Get(), "mapping round", [&](Session& s) -> Result<std::optional<MappingRound>> {
        if (!PlanUnitOf(s, plan_year_id)) return UnknownPlanYear(plan_year_id);
        return RoundOf(s, plan_year_id);
      });
}

Result<std::vector<UnitMapping>> PocoStore::ListUnitMappings(std::int64_t plan_year_id) {
  Result<std::vector<OrgUnit>> units = ListOrgUnits();
  if (!units.ok()) return units.error();
  const OrgTree tree(units.value());
  return Reading<std::vector<UnitMapping>>(
      Get(), "list unit mappings", [&](Session& s) -> Result<std::vector<UnitMapping>> {
        std::optional<std::int64_t> plan_unit = PlanUnitOf(s, plan_year_id);
        if (!plan_unit) return UnknownPlanYear(plan_year_id);
        return UnitMappingsOf(s, tree, plan_year_id, *plan_unit, RoundOf(s, plan_year_id));
      });
}

namespace {

// The assigned unit named by `code` of the plan unit's round, or the error
// naming "unit".
Result<const OrgUnit*> AssignedUnit(const OrgTree& tree, std::int64_t plan_unit_id, std::string_view code) {
  const OrgUnit* unit = tree.FindByCode(code);
  if (unit) {
    for (const OrgUnit* u : MappingUnits(tree, plan_unit_id)) {
      if (u->id == unit->id) return unit;
    }
  }
  return Error(ErrorCode::kInvalidInput,
               "enheten \"" + std::string(code) + "\" har ingen kartläggning att lämna in i planåret",
               "the unit \"" + std::string(code) + "\" has no kartläggning to submit in the plan year")
      .WithField("unit")
      .WithValue(std::string(code))
      .WithRule("mapping_unit");
}

struct UnitMappingChange {
  UnitMapping before;
  UnitMapping after;
};

// Hand-in and reminder share their frame: the plan year's round must be open
// and the unit one of its assigned units; `write` changes the unit's row (or
// refuses, seeing its status before). The caller audits before and after.
Result<UnitMappingChange> ChangeUnitMapping(
    Session& s, const OrgTree& tree, std::int64_t plan_year_id, std::string_view unit_code,
    const std::function<Status(Session&, const UnitMapping& before, Poco::Int64 unit_id)>& write) {
  std::optional<std::int64_t> plan_unit = PlanUnitOf(s, plan_year_id);
  if (!plan_unit) return UnknownPlanYear(plan_year_id);
  std::optional<MappingRound> round = RoundOf(s, plan_year_id);
  if (Status v = CheckMappingOpen(round.has_value(), round && round->open); !v.ok()) return v.error();
  Result<const OrgUnit*> unit = AssignedUnit(tree, *plan_unit, unit_code);
  if (!unit.ok()) return unit.error();
  const auto current = [&] {
    for (const UnitMapping& m : UnitMappingsOf(s, tree, plan_year_id, *plan_unit, round)) {
      if (m.unit_code == unit.value()->code) return m;
    }
    return UnitMapping{};
  };
  UnitMappingChange change;
  change.before = current();
  if (Status written = write(s, change.before, unit.value()->id); !written.ok()) return written.error();
  change.after = current();
  return change;
}

}  // namespace

Result<UnitMapping> PocoStore::SubmitUnitMapping(std::int64_t plan_year_id, std::string_view unit_code,
                                                 std::string_view actor) {
  Result<std::vector<OrgUnit>> units = ListOrgUnits();
  if (!units.ok()) return units.error();
  const OrgTree tree(units.value());
  return Writing<UnitMapping>("submit mapping", [&](Session& s) -> Result<UnitMapping> {
    Result<UnitMappingChange> change = ChangeUnitMapping(s, tree, plan_year_id, unit_code,
                             [&](Session& session, const UnitMapping&, Poco::Int64 unit_id) -> Status {
                               Poco::Int64 plan = plan_year_id, id = unit_id;
                               std::string at = NowUtc(), who(actor);
                               session << kSubmit, use(plan), use(id), use(at), use(who), now;
                               return Ok();
                             });
    if (!change.ok()) return change.error();
    const auto& [before, after] = change.value();
    AppendAudit(s, actor, "submit", "mapping_unit", std::to_string(plan_year_id) + "/" + after.unit_code,
                DumpJson(UnitJson(before)), DumpJson(UnitJson(after)));
    return after;
  });
}

Result<UnitMapping> PocoStore::RemindUnitMapping(std::int64_t plan_year_id, std::string_view unit_code,
                                                 std::string_view actor) {
  Result<std::vector<OrgUnit>> units = ListOrgUnits();
  if (!units.ok()) return units.error();
  const OrgTree tree(units.value());
  return Writing<UnitMapping>("remind mapping", [&](Session& s) -> Result<UnitMapping> {
    Result<UnitMappingChange> change = ChangeUnitMapping(s, tree, plan_year_id, unit_code,
                             [&](Session& session, const UnitMapping& before, Poco::Int64 unit_id) -> Status {
                               if (before.status == UnitMappingStatus::kSubmitted) {
                                 return Error(ErrorCode::kConflict,
                                              before.unit_name + " har redan lämnat in kartläggningen",
                                              before.unit_name + " has already submitted the kartläggning")
                                     .WithField("unit")
                                     .WithValue(before.unit_code)
                                     .WithRule("already_submitted");
                               }
                               Poco::Int64 plan = plan_year_id, id = unit_id;
                               std::string at = NowUtc(), who(actor);
                               session << kRemind, use(plan), use(id), use(at), use(who), now;
                               return Ok();
                             });
    if (!change.ok()) return change.error();
    const auto& [before, after] = change.value();
    AppendAudit(s, actor, "remind", "mapping_unit", std::to_string(plan_year_id) + "/" + after.unit_code,
                DumpJson(UnitJson(before)), DumpJson(UnitJson(after)));
    return after;
  });
}

Result<std::map<std::int64_t, std::vector<LevelDefinition>>> PocoStore::ListLevelDefinitions() {
  using Out = std::map<std::int64_t, std::vector<LevelDefinition>>;
  return Reading<Out>(Get(), "list level definitions", [&](Session& s) -> Result<Out> {
    std::vector<Poco::Int64> categories;
    std::vector<std::string> levels, texts;
    s << kAllDefinitions, into(categories), into(levels), into(texts), now;
    Out out;
    for (std::size_t i = 0; i < categories.size(); ++i) out[categories[i]].push_back({levels[i], texts[i]});
    return out;
  });
}

Result<std::vector<LevelDefinition>> PocoStore::SaveLevelDefinitions(
    std::int64_t category_id, const std::vector<LevelDefinition>& definitions, std::string_view actor) {
  if (Status v = Validate(definitions); !v.ok()) return v.error();
  return Writing<std::vector<LevelDefinition>>(
      "save level definitions", [&](Session& s) -> Result<std::vector<LevelDefinition>> {
        Poco::Int64 category = category_id;
        std::vector<Poco::Int64> found;
        s << kCategoryExists, use(category), into(found), now;
        if (found.empty()) return NotFound("yrkeskategorin", "category", category_id);
        const auto read = [&]() {
          std::vector<std::string> levels, texts;
          s << kCategoryDefinitions, use(category), into(levels), into(texts), now;
          Json list = Json::array();
          std::vector<LevelDefinition> out;
          for (std::size_t i = 0; i < levels.size(); ++i) {
            out.push_back({levels[i], texts[i]});
            list.push_back({{"level", levels[i]}, {"text", texts[i]}});
          }
          return std::pair{out, list};
        };
        Json before = read().second;
        s << kDeleteDefinitions, use(category), now;
        int position = 0;
        for (const LevelDefinition& d : definitions) {
          if (d.text.empty()) continue;
          std::string level = d.level, text = d.text;
          s << kInsertDefinition, use(category), use(position), use(level), use(text), now;
          ++position;
        }
        auto [after, after_json] = read();
        AppendAudit(s, actor, "update", "level_definition", std::to_string(category_id), DumpJson(before),
                    DumpJson(after_json));
        return after;
      });
}

}  // namespace kplan::store
