// Aktivitetsplan: imported in batches (AddActivities) and edited one at a time.

#include <Poco/Data/RecordSet.h>
#include <Poco/Nullable.h>

#include <algorithm>
#include <map>

#include "editing.hpp"
#include "poco_store.hpp"
#include "record_json.hpp"
#include "resolver.hpp"
#include "sql.hpp"
#include "versioned_record.hpp"
#include "year_span_sql.hpp"

namespace kplan::store {
namespace {

Nullable<std::string> OptionalDate(const std::optional<CalendarDate>& d) {
  return d ? Nullable<std::string>(FormatIsoDate(*d)) : Nullable<std::string>();
}

Status ValidateActivity(const Activity& a) {
  return Validate(a);  // core/activity.hpp
}

// The activity's columns as bound to ActivityKind::kInsert and kUpdate.
struct ActivityRow {
  Poco::Int64 unit = 0;
  std::vector<Poco::Int64> categories;  // the target group's category ids, in the record's order
  std::string area, title, description, owner, status;
  Nullable<std::string> start, end;
  YearColumns years;
  std::string goal_ids;  // ",3,7,"
};

// The goal_ids column (",3,7,") and back.
std::string GoalIdsColumn(const std::vector<std::int64_t>& ids) {
  if (ids.empty()) return "";
  std::string out = ",";
  for (std::int64_t id : ids) out += std::to_string(id) + ",";
  return out;
}
std::vector<std::int64_t> GoalIdsOf(const std::string& column) {
  std::vector<std::int64_t> out;
  std::int64_t id = 0;
  bool digits = false;
  for (char c : column) {
    if (c >= '0' && c <= '9') {
      id = id * 10 + (c - '0');
      digits = true;
    } else if (digits) {
      out.push_back(id);
      id = 0;
      digits = false;
    }
  }
  return out;
}

// The activity as a versioned record (versioned_record.hpp): its SQL beside
// the code that reads and binds the columns.
struct ActivityKind {
  using Record = Activity;
  using Row = ActivityRow;
  static constexpr std::string_view kTable = "activity";
  static constexpr std::string_view kWhatSv = "aktiviteten";
  static constexpr std::string_view kWhatEn = "activity";

// ReadRow's columns, in order.
#define KPLAN_SQL_SELECT_ACTIVITY                                                       \
  "SELECT a.id, u.code, a.area, a.title, a.description, a.owner,"                       \
  " COALESCE(a.start_date, ''), COALESCE(a.end_date, ''), a.status, a.version, a.year,"   \
  " a.through_year, a.goal_ids"                                                            \
  " FROM activity a JOIN org_unit u ON u.id = a.org_unit_id"
  static constexpr const char* kList =
      KPLAN_SQL_SUBTREE_OF_PARAM_1 " " KPLAN_SQL_SELECT_ACTIVITY
      " WHERE a.org_unit_id IN (SELECT id FROM sub)" KPLAN_SQL_COVERS_YEAR_2_3_4("a") " ORDER BY a.id";
  static constexpr const char* kById = KPLAN_SQL_SELECT_ACTIVITY " WHERE a.id = $1";
#undef KPLAN_SQL_SELECT_ACTIVITY

  static Activity ReadRow(RecordSet& rs, std::size_t row) {
    Activity a;
    a.id = rs.value(0, row).convert<Poco::Int64>();
    a.unit_code = rs.value(1, row).convert<std::string>();
    a.area = rs.value(2, row).convert<std::string>();
    a.title = rs.value(3, row).convert<std::string>();
    a.description = rs.value(4, row).convert<std::string>();
    a.owner = rs.value(5, row).convert<std::string>();
    a.start = ParseIsoDate(rs.value(6, row).convert<std::string>());
    a.end = ParseIsoDate(rs.value(7, row).convert<std::string>());
    a.status = ParseActivityStatusKey(rs.value(8, row).convert<std::string>())
                   .value_or(ActivityStatus::kPlanned);
    a.version = rs.value(9, row).convert<int>();
    a.years = ReadYearSpan(rs, row, 10);
    a.goal_ids = GoalIdsOf(rs.value(12, row).convert<std::string>());
    return a;
  }

  // Bind's columns, in order.
  static constexpr const char* kInsert =
      "INSERT INTO activity (org_unit_id, area, title, description, owner,"
      " start_date, end_date, status, year, through_year, goal_ids)"
      " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id";
  static constexpr const char* kUpdate =
      "UPDATE activity SET org_unit_id = $1, area = $2, title = $3, description = $4,"
      " owner = $5, start_date = $6, end_date = $7, status = $8, year = $9, through_year = $10,"
      " goal_ids = $11, version = version + 1 WHERE id = $12 AND version = $13 RETURNING version";
  static constexpr const char* kDelete =
      "DELETE FROM activity WHERE id = $1 AND version = $2 RETURNING id";

  static void Bind(Statement& statement, ActivityRow& row) {
    statement, use(row.unit), use(row.area), use(row.title), use(row.description),
        use(row.owner), use(row.start), use(row.end), use(row.status),
        use(row.years.year), use(row.years.through_year), use(row.goal_ids);
  }

  // Every goal it names exists.
  static Result<ActivityRow> Resolve(Session& s, NameResolver& names, const Activity& a) {
    for (std::int64_t goal : a.goal_ids) {
      Poco::Int64 key = goal;
      std::vector<Poco::Int64> found;
      s << "SELECT id FROM goal WHERE id = $1", use(key), into(found), now;
      if (found.empty()) {
        return Error(ErrorCode::kInvalidInput, "det finns inget mål " + std::to_string(goal),
                     "there is no goal " + std::to_string(goal))
            .WithField("goal_ids")
            .WithValue(std::to_string(goal))
            .WithRule("unknown_goal");
      }
    }
    auto unit = names.Unit(a.unit_code);
    if (!unit) return names.UnknownUnit(a.unit_code).WithField("unit_code");
    ActivityRow row;
    row.unit = *unit;
    for (const std::string& category : a.categories) row.categories.push_back(names.Category(category));
    row.area = a.area;
    row.title = a.title;
    row.description = a.description;
    row.owner = a.owner;
    row.status = std::string(ActivityStatusKey(a.status));
    row.start = OptionalDate(a.start);
    row.end = OptionalDate(a.end);
    row.years = ToColumns(a.years);
    row.goal_ids = GoalIdsColumn(a.goal_ids);
    return row;
  }

  static Status Validate(const Activity& a) { return ValidateActivity(a); }

  // The target group (activity_category), in the order the record lists it.
  static void ReadLinks(Session& s, std::vector<Activity>& activities) {
    Poco::Int64 low = activities.front().id, high = low;
    for (const Activity& a : activities) {
      low = std::min<Poco::Int64>(low, a.id);
      high = std::max<Poco::Int64>(high, a.id);
    }
    std::vector<Poco::Int64> ids;
    std::vector<std::string> names;
    s << "SELECT l.activity_id, c.name FROM activity_category l"
         " JOIN occupational_category c ON c.id = l.category_id"
         " WHERE l.activity_id BETWEEN $1 AND $2 ORDER BY l.activity_id, l.position",
        use(low), use(high), into(ids), into(names), now;
    std::map<Poco::Int64, Activity*> by_id;
    for (Activity& a : activities) by_id[a.id] = &a;
    for (std::size_t i = 0; i < ids.size(); ++i) {
      if (auto it = by_id.find(ids[i]); it != by_id.end()) it->second->categories.push_back(names[i]);
    }
  }
  static void WriteLinks(Session& s, std::int64_t id, const ActivityRow& row) {
    Poco::Int64 key = id;
    s << "DELETE FROM activity_category WHERE activity_id = $1", use(key), now;
    for (std::size_t i = 0; i < row.categories.size(); ++i) {
      Poco::Int64 category = row.categories[i];
      int position = static_cast<int>(i);
      s << "INSERT INTO activity_category (activity_id, category_id, position) VALUES ($1, $2, $3)",
          use(key), use(category), use(position), now;
    }
  }
  // Its target group goes with it.
  static Result<std::string> BeforeDelete(Session& s, const Activity& before) {
    Poco::Int64 key = before.id;
    s << "DELETE FROM activity_category WHERE activity_id = $1", use(key), now;
    return AuditText(before);
  }
};

}  // namespace

Result<int> PocoStore::AddActivities(const std::vector<Activity>& activities,
                                     std::string_view actor) {
  return AddRecords<ActivityKind>(activities, actor, "activities", ValidateActivity);
}

Result<std::vector<Activity>> PocoStore::ListActivities(std::int64_t unit_id, std::optional<int> year) {
  const int y = YearKey(year);
  return ListRecords<ActivityKind>(ActivityKind::kList, Poco::Int64{unit_id}, y, y, y);
}

Result<Activity> PocoStore::GetActivity(std::int64_t id) { return GetRecord<ActivityKind>(id); }

Result<Activity> PocoStore::CreateActivity(const Activity& activity, std::string_view actor) {
  return CreateRecord<ActivityKind>(activity, actor);
}

Result<Activity> PocoStore::UpdateActivity(const Activity& activity, std::string_view actor) {
  return UpdateRecord<ActivityKind>(activity, actor);
}

Status PocoStore::DeleteActivity(std::int64_t id, int version, std::string_view actor) {
  return DeleteRecord<ActivityKind>(id, version, actor);
}

}  // namespace kplan::store
