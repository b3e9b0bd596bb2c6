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
};

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
  "SELECT g.id, u.code, g.title, g.description, g.version, g.year, g.through_year FROM goal g" \
  " JOIN org_unit u ON u.id = g.org_unit_id"
  static constexpr const char* kList =
      KPLAN_SQL_SUBTREE_OF_PARAM_1 " " KPLAN_SQL_SELECT_GOAL
      " WHERE g.org_unit_id IN (SELECT id FROM sub)" KPLAN_SQL_COVERS_YEAR_2_3_4("g")
      " ORDER BY u.code, g.year, g.id";
  static constexpr const char* kById = KPLAN_SQL_SELECT_GOAL " WHERE g.id = $1";
#undef KPLAN_SQL_SELECT_GOAL

  static Goal ReadRow(RecordSet& rs, std::size_t row) {
    Goal g;
    g.id = rs.value(0, row).convert<Poco::Int64>();
    g.unit_code = rs.value(1, row).convert<std::string>();
    g.title = rs.value(2, row).convert<std::string>();
    g.description = rs.value(3, row).convert<std::string>();
    g.version = rs.value(4, row).convert<int>();
    g.years = ReadYearSpan(rs, row, 5);
    return g;
  }

  // Bind's columns, in order.
  static constexpr const char* kInsert =
      "INSERT INTO goal (org_unit_id, title, description, year, through_year) VALUES ($1, $2, $3, $4, $5)"
      " RETURNING id";
  static constexpr const char* kUpdate =
      "UPDATE goal SET org_unit_id = $1, title = $2, description = $3, year = $4, through_year = $5,"
      " version = version + 1 WHERE id = $6 AND version = $7 RETURNING version";
  static constexpr const char* kDelete =
      "DELETE FROM goal WHERE id = $1 AND version = $2 RETURNING id";

  static void Bind(Statement& statement, GoalRow& row) {
    statement, use(row.unit), use(row.title), use(row.description), use(row.years.year),
        use(row.years.through_year);
  }

  static Result<GoalRow> Resolve(Session&, NameResolver& names, const Goal& g) {
    auto unit = names.Unit(g.unit_code);
    if (!unit) return names.UnknownUnit(g.unit_code).WithField("unit_code");
    return GoalRow{*unit, g.title, g.description, ToColumns(g.years)};
  }

  static Status Validate(const Goal& g) { return ValidateGoal(g); }

  // A goal followed up by indicators stays.
  static Result<std::string> BeforeDelete(Session& s, const Goal& before) {
    Poco::Int64 key = before.id;
    std::vector<Poco::Int64> indicators;
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
