// Kompetensmål / Uppföljning: the goals of a unit, each followed up by
// indicators (indicators.cpp).

#include <Poco/Data/RecordSet.h>

#include "editing.hpp"
#include "poco_store.hpp"
#include "record_json.hpp"
#include "resolver.hpp"
#include "sql.hpp"
#include "versioned_record.hpp"
#include "year_span_sql.hpp"

namespace kplan::store {
namespace {

Status ValidateGoal(const Goal& g) {
  return Validate(g);  // core/followup_goal.hpp
}

// The goal's columns as bound to GoalKind::kInsert and kUpdate.
struct GoalRow {
  Poco::Int64 unit = 0;
  std::string title, description;
  YearColumns years;
  Nullable<Poco::Int64> parent;
  std::string area, manual_assessment, assessment_comment;
};

// The parent goal $2 when it is a goal of a unit above unit $1, with its own
// parent (a målsättning serves no other).
constexpr const char* kParentAbove =
    "WITH RECURSIVE up(id) AS (SELECT parent_id FROM org_unit WHERE id = $1"
    " UNION ALL SELECT o.parent_id FROM org_unit o JOIN up ON o.id = up.id WHERE o.parent_id IS NOT NULL)"
    " SELECT COALESCE(g.parent_id, 0) FROM goal g WHERE g.id = $2 AND g.org_unit_id IN (SELECT id FROM up)";

Error ParentError(std::int64_t parent, std::string sv, std::string en) {
  return Error(ErrorCode::kInvalidInput, std::move(sv), std::move(en))
      .WithField("parent_id")
      .WithValue(std::to_string(parent))
      .WithRule("goal_parent");
}

// The goal as a versioned record (versioned_record.hpp): its SQL beside the
// code that reads and binds the columns.
struct GoalKind {
  using Record = Goal;
  using Row = GoalRow;
  static constexpr std::string_view kTable = "goal";
  static constexpr std::string_view kWhatSv = "målet";
  static constexpr std::string_view kWhatEn = "goal";

// ReadRow's columns, in order.
#define KPLAN_SQL_SELECT_GOAL                                                 \
  "SELECT g.id, u.code, g.title, g.description, g.version, g.year, g.through_year, g.parent_id,"  \
  " g.area, g.manual_assessment, g.assessment_comment FROM goal g"                              \
  " JOIN org_unit u ON u.id = g.org_unit_id"
  static constexpr const char* kList =
      KPLAN_SQL_SUBTREE_OF_PARAM_1 " " KPLAN_SQL_SELECT_GOAL
      " WHERE g.org_unit_id IN (SELECT id FROM sub)" KPLAN_SQL_COVERS_YEAR_2_3_4("g")
      " ORDER BY u.code, g.year, g.id";
  static constexpr const char* kById = KPLAN_SQL_SELECT_GOAL " WHERE g.id = $1";
  // The goals of the units above unit $1 that serve none themselves: the
  // kommun's målsättningar a förvaltning's plan starts from.
  static constexpr const char* kListAbove =
      "WITH RECURSIVE up(id) AS (SELECT parent_id FROM org_unit WHERE id = $1"
      " UNION ALL SELECT o.parent_id FROM org_unit o JOIN up ON o.id = up.id WHERE o.parent_id IS NOT NULL) "
      KPLAN_SQL_SELECT_GOAL " WHERE g.org_unit_id IN (SELECT id FROM up) AND g.parent_id IS NULL"
      KPLAN_SQL_COVERS_YEAR_2_3_4("g")
      " ORDER BY g.id";
#undef KPLAN_SQL_SELECT_GOAL

  static Goal ReadRow(RecordSet& rs, std::size_t row) {
    Goal g;
    g.id = rs.value(0, row).convert<Poco::Int64>();
    g.unit_code = rs.value(1, row).convert<std::string>();
    g.title = rs.value(2, row).convert<std::string>();
    g.description = rs.value(3, row).convert<std::string>();
    g.version = rs.value(4, row).convert<int>();
    g.years = ReadYearSpan(rs, row, 5);
    if (!rs.value(7, row).isEmpty()) g.parent_id = rs.value(7, row).convert<Poco::Int64>();
    g.area = rs.value(8, row).convert<std::string>();
    g.manual_assessment = rs.value(9, row).convert<std::string>();
    g.assessment_comment = rs.value(10, row).convert<std::string>();
    return g;
  }

  // Bind's columns, in order.
  static constexpr const char* kInsert =
      "INSERT INTO goal (org_unit_id, title, description, year, through_year, parent_id, area,"
      " manual_assessment, assessment_comment) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id";
  static constexpr const char* kUpdate =
      "UPDATE goal SET org_unit_id = $1, title = $2, description = $3, year = $4, through_year = $5,"
      " parent_id = $6, area = $7, manual_assessment = $8, assessment_comment = $9,"
      " version = version + 1 WHERE id = $10 AND version = $11 RETURNING version";
  static constexpr const char* kDelete =
      "DELETE FROM goal WHERE id = $1 AND version = $2 RETURNING id";

  static void Bind(Statement& statement, GoalRow& row) {
    statement, use(row.unit), use(row.title), use(row.description), use(row.years.year),
        use(row.years.through_year), use(row.parent), use(row.area), use(row.manual_assessment),
        use(row.assessment_comment);
  }

  // A parent is a goal of a unit above that serves no other (two levels: the
  // kommun's målsättning and the förvaltning's goal).
  static Result<GoalRow> Resolve(Session& s, NameResolver& names, const Goal& g) {
    auto unit = names.Unit(g.unit_code);
    if (!unit) return names.UnknownUnit(g.unit_code).WithField("unit_code");
    GoalRow row{*unit, g.title, g.description, ToColumns(g.years), {}, g.area, g.manual_assessment,
                g.assessment_comment};
    if (g.parent_id) {
      Poco::Int64 unit_id = *unit, parent = *g.parent_id;
      std::vector<Poco::Int64> grandparent;
      s << kParentAbove, use(unit_id), use(parent), into(grandparent), now;
      if (grandparent.empty()) {
        return ParentError(parent, "målet " + std::to_string(parent) + " är inget mål för en enhet ovanför " + g.unit_code,
                           "goal " + std::to_string(parent) + " is no goal of a unit above " + g.unit_code);
      }
      if (grandparent[0] != 0) {
        return ParentError(parent, "målet " + std::to_string(parent) + " tjänar självt ett annat mål",
                           "goal " + std::to_string(parent) + " itself serves another goal");
      }
      row.parent = parent;
    }
    return row;
  }

  static Status Validate(const Goal& g) { return ValidateGoal(g); }

  // A goal followed up by indicators stays.
  static Result<std::string> BeforeDelete(Session& s, const Goal& before) {
    Poco::Int64 key = before.id;
    std::vector<Poco::Int64> indicators, served;
    s << "SELECT id FROM goal WHERE parent_id = $1 LIMIT 1", use(key), into(served), now;
    std::string named = "%," + std::to_string(before.id) + ",%";
    std::vector<Poco::Int64> activities;
    s << "SELECT id FROM activity WHERE goal_ids LIKE $1 LIMIT 1", use(named), into(activities), now;
    if (!activities.empty()) {
      return Error(ErrorCode::kConflict, "aktiviteter arbetar mot målet; ta bort kopplingen först",
                   "activities work towards the goal; remove the link first")
          .WithRule("goal_in_use");
    }
    if (!served.empty()) {
      return Error(ErrorCode::kConflict, "förvaltningarnas mål utgår från målet; ta bort eller flytta dem först",
                   "goals of the units below serve this goal; delete or move them first")
          .WithRule("goal_in_use");
    }
    s << "SELECT id FROM indicator WHERE goal_id = $1 LIMIT 1", use(key), into(indicators), now;
    if (!indicators.empty()) {
      return Error(ErrorCode::kConflict,
                   "målet följs upp av indikatorer; ta bort eller flytta dem först",
                   "the goal is followed up by indicators; delete or move them first")
          .WithRule("goal_in_use");
    }
    return AuditText(before);
  }
};

}  // namespace

Result<std::vector<Goal>> PocoStore::ListGoals(std::int64_t unit_id, std::optional<int> year) {
  const int y = YearKey(year);
  return ListRecords<GoalKind>(GoalKind::kList, Poco::Int64{unit_id}, y, y, y);
}

Result<std::vector<Goal>> PocoStore::ListGoalsAbove(std::int64_t unit_id, int year) {
  return ListRecords<GoalKind>(GoalKind::kListAbove, Poco::Int64{unit_id}, year, year, year);
}

Result<Goal> PocoStore::GetGoal(std::int64_t id) { return GetRecord<GoalKind>(id); }

Result<Goal> PocoStore::CreateGoal(const Goal& goal, std::string_view actor) {
  return CreateRecord<GoalKind>(goal, actor);
}

Result<Goal> PocoStore::UpdateGoal(const Goal& goal, std::string_view actor) {
  return UpdateRecord<GoalKind>(goal, actor);
}

Status PocoStore::DeleteGoal(std::int64_t id, int version, std::string_view actor) {
  return DeleteRecord<GoalKind>(id, version, actor);
}

}  // namespace kplan::store
