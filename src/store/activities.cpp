// Aktivitetsplan: imported in batches (AddActivities) and edited one at a time.

#include <Poco/Data/RecordSet.h>
#include <Poco/Nullable.h>

#include "editing.hpp"
#include "poco_store.hpp"
#include "record_json.hpp"
#include "resolver.hpp"
#include "sql.hpp"

using namespace Poco::Data::Keywords;
using Poco::Nullable;
using Poco::Data::RecordSet;
using Poco::Data::Session;
using Poco::Data::Statement;

namespace kplan::store {
namespace {

constexpr std::string_view kWhatSv = "aktiviteten";
constexpr std::string_view kWhatEn = "activity";

Nullable<std::string> OptionalDate(const std::optional<CalendarDate>& d) {
  return d ? Nullable<std::string>(FormatIsoDate(*d)) : Nullable<std::string>();
}

Status ValidateActivity(const Activity& a) {
  return Validate(a);  // core/activity.hpp
}

// The activity's columns as bound to kCreateActivity and kUpdateActivity.
struct ActivityRow {
  Poco::Int64 unit = 0;
  Nullable<Poco::Int64> category;
  std::string area, title, description, owner, status;
  Nullable<std::string> start, end;
};

Result<ActivityRow> Resolve(NameResolver& names, const Activity& a) {
  auto unit = names.Unit(a.unit_code);
  if (!unit) return names.UnknownUnit(a.unit_code).WithField("unit_code");
  ActivityRow row;
  row.unit = *unit;
  if (!a.category.empty()) row.category = names.Category(a.category);
  row.area = a.area;
  row.title = a.title;
  row.description = a.description;
  row.owner = a.owner;
  row.status = std::string(ActivityStatusKey(a.status));
  row.start = OptionalDate(a.start);
  row.end = OptionalDate(a.end);
  return row;
}

std::vector<Activity> ReadActivities(Statement& select) {
  RecordSet rs(select);
  std::vector<Activity> out;
  out.reserve(rs.rowCount());
  for (std::size_t row = 0; row < rs.rowCount(); ++row) {
    Activity a;
    a.id = rs.value(0, row).convert<Poco::Int64>();
    a.unit_code = rs.value(1, row).convert<std::string>();
    a.area = rs.value(2, row).convert<std::string>();
    a.title = rs.value(3, row).convert<std::string>();
    a.description = rs.value(4, row).convert<std::string>();
    a.category = rs.value(5, row).convert<std::string>();
    a.owner = rs.value(6, row).convert<std::string>();
    a.start = ParseIsoDate(rs.value(7, row).convert<std::string>());
    a.end = ParseIsoDate(rs.value(8, row).convert<std::string>());
    a.status = ParseActivityStatusKey(rs.value(9, row).convert<std::string>())
                   .value_or(ActivityStatus::kPlanned);
    a.version = rs.value(10, row).convert<int>();
    out.push_back(std::move(a));
  }
  return out;
}

std::optional<Activity> ActivityById(Session& s, std::int64_t id) {
  Statement select(s);
  Poco::Int64 key = id;
  select << sql::kActivityById, use(key), now;
  auto found = ReadActivities(select);
  if (found.empty()) return std::nullopt;
  return std::move(found[0]);
}

}  // namespace

Result<int> PocoStore::AddActivities(const std::vector<Activity>& activities,
                                     std::string_view actor) {
  for (std::size_t i = 0; i < activities.size(); ++i) {
    if (Status valid = ValidateActivity(activities[i]); !valid.ok()) {
      return Error(valid.error()).WithRow(static_cast<std::int64_t>(i) + 1);
    }
  }
  return InTransaction<int>(Get(), "add activities", [&](Session& s) -> Result<int> {
    NameResolver names(s);
    for (const Activity& a : activities) {
      Result<ActivityRow> r = Resolve(names, a);
      if (!r.ok()) return r.error();
      ActivityRow& row = r.value();
      Poco::Int64 id = 0;
      s << sql::kCreateActivity, use(row.unit), use(row.area), use(row.title),
          use(row.description), use(row.category), use(row.owner), use(row.start), use(row.end),
          use(row.status), into(id), now;
    }
    AppendAudit(s, actor, "import", "activity", std::to_string(activities.size()), "",
                "{\"activities\":" + std::to_string(activities.size()) + "}");
    return static_cast<int>(activities.size());
  });
}

Result<std::vector<Activity>> PocoStore::ListActivities(std::int64_t unit_id) {
  return Reading<std::vector<Activity>>(
      Get(), "list activities", [&](Session& s) -> Result<std::vector<Activity>> {
        Statement select(s);
        Poco::Int64 unit = unit_id;
        select << sql::kListActivities, use(unit), now;
        return ReadActivities(select);
      });
}

Result<Activity> PocoStore::GetActivity(std::int64_t id) {
  return Reading<Activity>(Get(), "get activity", [&](Session& s) -> Result<Activity> {
    auto found = ActivityById(s, id);
    if (!found) return NotFound(kWhatSv, kWhatEn, id);
    return std::move(*found);
  });
}

Result<Activity> PocoStore::CreateActivity(const Activity& activity, std::string_view actor) {
  if (Status valid = ValidateActivity(activity); !valid.ok()) return valid.error();
  return Writing<Activity>("create activity", [&](Session& s) -> Result<Activity> {
    NameResolver names(s);
    Result<ActivityRow> r = Resolve(names, activity);
    if (!r.ok()) return r.error();
    ActivityRow& row = r.value();
    Poco::Int64 id = 0;
    s << sql::kCreateActivity, use(row.unit), use(row.area), use(row.title),
        use(row.description), use(row.category), use(row.owner), use(row.start), use(row.end),
        use(row.status), into(id), now;
    Activity after = *ActivityById(s, id);
    AppendAudit(s, actor, "create", "activity", std::to_string(id), "", AuditText(after));
    return after;
  });
}

Result<Activity> PocoStore::UpdateActivity(const Activity& activity, std::string_view actor) {
  if (Status valid = ValidateActivity(activity); !valid.ok()) return valid.error();
  return Writing<Activity>("update activity", [&](Session& s) -> Result<Activity> {
    std::optional<Activity> before = ActivityById(s, activity.id);
    if (Status v = CheckVersion(before, activity.id, activity.version, kWhatSv, kWhatEn); !v.ok()) {
      return v.error();
    }
    NameResolver names(s);
    Result<ActivityRow> r = Resolve(names, activity);
    if (!r.ok()) return r.error();
    ActivityRow& row = r.value();
    Poco::Int64 id = activity.id;
    int version = activity.version;
    std::vector<int> updated;
    s << sql::kUpdateActivity, use(row.unit), use(row.area), use(row.title),
        use(row.description), use(row.category), use(row.owner), use(row.start), use(row.end),
        use(row.status), use(id), use(version), into(updated), now;
    if (updated.empty()) {
      return StaleOrMissing(s, "activity", activity.id, activity.version, kWhatSv, kWhatEn);
    }
    Activity after = *ActivityById(s, activity.id);
    AppendAudit(s, actor, "update", "activity", std::to_string(activity.id), AuditText(*before),
                AuditText(after));
    return after;
  });
}

Status PocoStore::DeleteActivity(std::int64_t id, int version, std::string_view actor) {
  return WritingStatus("delete activity", [&](Session& s) -> Status {
    std::optional<Activity> before = ActivityById(s, id);
    if (Status v = CheckVersion(before, id, version, kWhatSv, kWhatEn); !v.ok()) return v;
    Poco::Int64 key = id;
    int quoted = version;
    std::vector<Poco::Int64> deleted;
    s << sql::kDeleteActivity, use(key), use(quoted), into(deleted), now;
    if (deleted.empty()) return StaleOrMissing(s, "activity", id, version, kWhatSv, kWhatEn);
    AppendAudit(s, actor, "delete", "activity", std::to_string(id), AuditText(*before), "");
    return Ok();
  });
}

}  // namespace kplan::store
