// Kompetensmål / Uppföljning: the goals of a unit, each followed up by
// indicators (indicators.cpp).

#include <Poco/Data/RecordSet.h>

#include "editing.hpp"
#include "poco_store.hpp"
#include "record_json.hpp"
#include "resolver.hpp"
#include "sql.hpp"

using namespace Poco::Data::Keywords;
using Poco::Data::RecordSet;
using Poco::Data::Session;
using Poco::Data::Statement;

namespace kplan::store {
namespace {

constexpr std::string_view kWhatSv = "målet";
constexpr std::string_view kWhatEn = "goal";

Status ValidateGoal(const Goal& g) {
  return Validate(g);  // core/followup_goal.hpp
}

std::vector<Goal> ReadGoals(Statement& select) {
  RecordSet rs(select);
  std::vector<Goal> out;
  for (std::size_t row = 0; row < rs.rowCount(); ++row) {
    Goal g;
    g.id = rs.value(0, row).convert<Poco::Int64>();
    g.unit_code = rs.value(1, row).convert<std::string>();
    g.title = rs.value(2, row).convert<std::string>();
    g.description = rs.value(3, row).convert<std::string>();
    g.version = rs.value(4, row).convert<int>();
    out.push_back(std::move(g));
  }
  return out;
}

std::optional<Goal> GoalById(Session& s, std::int64_t id) {
  Statement select(s);
  Poco::Int64 key = id;
  select << sql::kGoalById, use(key), now;
  auto found = ReadGoals(select);
  if (found.empty()) return std::nullopt;
  return std::move(found[0]);
}

Result<Poco::Int64> UnitOf(Session& s, const Goal& g) {
  NameResolver names(s);
  auto unit = names.Unit(g.unit_code);
  if (!unit) return names.UnknownUnit(g.unit_code).WithField("unit_code");
  return *unit;
}

}  // namespace

Result<std::vector<Goal>> PocoStore::ListGoals(std::int64_t unit_id) {
  return Reading<std::vector<Goal>>(Get(), "list goals", [&](Session& s) -> Result<std::vector<Goal>> {
    Statement select(s);
    Poco::Int64 unit = unit_id;
    select << sql::kListGoals, use(unit), now;
    return ReadGoals(select);
  });
}

Result<Goal> PocoStore::GetGoal(std::int64_t id) {
  return Reading<Goal>(Get(), "get goal", [&](Session& s) -> Result<Goal> {
    auto found = GoalById(s, id);
    if (!found) return NotFound(kWhatSv, kWhatEn, id);
    return std::move(*found);
  });
}

Result<Goal> PocoStore::CreateGoal(const Goal& goal, std::string_view actor) {
  if (Status valid = ValidateGoal(goal); !valid.ok()) return valid.error();
  return Writing<Goal>("create goal", [&](Session& s) -> Result<Goal> {
    Result<Poco::Int64> unit = UnitOf(s, goal);
    if (!unit.ok()) return unit.error();
    Poco::Int64 unit_id = unit.value();
    std::string title = goal.title, description = goal.description;
    Poco::Int64 id = 0;
    s << sql::kCreateGoal, use(unit_id), use(title), use(description), into(id), now;
    Goal after = *GoalById(s, id);
    AppendAudit(s, actor, "create", "goal", std::to_string(id), "", AuditText(after));
    return after;
  });
}

Result<Goal> PocoStore::UpdateGoal(const Goal& goal, std::string_view actor) {
  if (Status valid = ValidateGoal(goal); !valid.ok()) return valid.error();
  return Writing<Goal>("update goal", [&](Session& s) -> Result<Goal> {
    std::optional<Goal> before = GoalById(s, goal.id);
    if (Status v = CheckVersion(before, goal.id, goal.version, kWhatSv, kWhatEn); !v.ok()) {
      return v.error();
    }
    Result<Poco::Int64> unit = UnitOf(s, goal);
    if (!unit.ok()) return unit.error();
    Poco::Int64 unit_id = unit.value(), id = goal.id;
    std::string title = goal.title, description = goal.description;
    int version = goal.version;
    std::vector<int> updated;
    s << sql::kUpdateGoal, use(unit_id), use(title), use(description), use(id), use(version),
        into(updated), now;
    if (updated.empty()) return StaleOrMissing(s, "goal", goal.id, goal.version, kWhatSv, kWhatEn);
    Goal after = *GoalById(s, goal.id);
    AppendAudit(s, actor, "update", "goal", std::to_string(goal.id), AuditText(*before),
                AuditText(after));
    return after;
  });
}

Status PocoStore::DeleteGoal(std::int64_t id, int version, std::string_view actor) {
  return WritingStatus("delete goal", [&](Session& s) -> Status {
    std::optional<Goal> before = GoalById(s, id);
    if (Status v = CheckVersion(before, id, version, kWhatSv, kWhatEn); !v.ok()) return v;
    Poco::Int64 key = id;
    std::vector<Poco::Int64> indicators;
    s << sql::kGoalHasIndicators, use(key), into(indicators), now;
    if (!indicators.empty()) {
      return Error(ErrorCode::kConflict,
                   "målet följs upp av indikatorer; ta bort eller flytta dem först",
                   "the goal is followed up by indicators; delete or move them first")
          .WithRule("goal_in_use");
    }
    int quoted = version;
    std::vector<Poco::Int64> deleted;
    s << sql::kDeleteGoal, use(key), use(quoted), into(deleted), now;
    if (deleted.empty()) return StaleOrMissing(s, "goal", id, version, kWhatSv, kWhatEn);
    AppendAudit(s, actor, "delete", "goal", std::to_string(id), AuditText(*before), "");
    return Ok();
  });
}

}  // namespace kplan::store
