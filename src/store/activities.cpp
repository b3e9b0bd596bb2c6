// Aktivitetsplan.

#include <Poco/Data/RecordSet.h>
#include <Poco/Nullable.h>

#include "poco_store.hpp"
#include "resolver.hpp"
#include "sql.hpp"

using namespace Poco::Data::Keywords;
using Poco::Nullable;
using Poco::Data::RecordSet;
using Poco::Data::Session;
using Poco::Data::Statement;

namespace kplan::store {
namespace {

Nullable<std::string> OptionalDate(const std::optional<CalendarDate>& d) {
  return d ? Nullable<std::string>(FormatIsoDate(*d)) : Nullable<std::string>();
}

}  // namespace

Result<int> PocoStore::AddActivities(const std::vector<Activity>& activities,
                                     std::string_view actor) {
  for (std::size_t i = 0; i < activities.size(); ++i) {
    const Activity& a = activities[i];
    auto bad = [&](std::string sv, std::string en, std::string field) {
      return Error(ErrorCode::kInvalidInput, std::move(sv), std::move(en))
          .WithRow(static_cast<std::int64_t>(i) + 1)
          .WithField(std::move(field))
          .WithRule("activity");
    };
    if (a.title.empty()) return bad("aktiviteten saknar rubrik", "the activity has no title", "title");
    if (a.area.empty()) return bad("\"" + a.title + "\" saknar strategiskt område", "no strategic area", "area");
    if (a.start && a.end && *a.end < *a.start) {
      return bad("\"" + a.title + "\" slutar före den börjar", "ends before it starts", "end");
    }
  }
  return InTransaction<int>(Get(), "add activities", [&](Session& s) -> Result<int> {
    NameResolver names(s);
    for (const Activity& a : activities) {
      auto unit = names.Unit(a.unit_code);
      if (!unit) return names.UnknownUnit(a.unit_code);
      Poco::Int64 unit_id = *unit;
      Nullable<Poco::Int64> category = a.category.empty()
                                           ? Nullable<Poco::Int64>()
                                           : Nullable<Poco::Int64>(names.Category(a.category));
      std::string area = a.area, title = a.title, description = a.description, owner = a.owner;
      Nullable<std::string> start = OptionalDate(a.start), end = OptionalDate(a.end);
      std::string status(ActivityStatusKey(a.status));
      s << sql::kInsertActivity, use(unit_id), use(area), use(title), use(description),
          use(category), use(owner), use(start), use(end), use(status), now;
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
        RecordSet rs(select);
        std::vector<Activity> out;
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
      });
}

}  // namespace kplan::store
