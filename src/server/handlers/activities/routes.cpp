// /api/v1/activities: the aktivitetsplan, one record at a time.

#include "kplan/server/today.hpp"
#include "../crud.hpp"
#include "../handlers.hpp"
#include "activity_dto.hpp"

namespace kplan::server::handlers {

void RegisterActivities(Router& router) {
  using store::Activity;
  UnitRecords<Activity> spec{.path = "/api/v1/activities", .tag = "activities", .noun = "an activity",
                             .schema = "Activity", .module = Module::kActivities};
  spec.list_query = kYearSpanListQuery;
  spec.scope_parameters = kYearSpanScope;
  spec.list = [](const ApiRequest& req, AppContext& app, const OrgUnit& scope) -> Result<std::vector<Activity>> {
    auto year = OptionalYearParam(req);
    if (!year.ok()) return year.error();
    return app.store.ListActivities(scope.id, year.value());
  };
  spec.get = [](store::Store& s, std::int64_t id) { return s.GetActivity(id); };
  spec.create = [](store::Store& s, const Activity& a, std::string_view actor) { return s.CreateActivity(a, actor); };
  spec.update = [](store::Store& s, const Activity& a, std::string_view actor) { return s.UpdateActivity(a, actor); };
  spec.remove = [](store::Store& s, std::int64_t id, int v, std::string_view actor) {
    return s.DeleteActivity(id, v, actor);
  };
  spec.to_json = [](const Activity& a) { return ActivityJson(a, Today()); };
  spec.from_json = ActivityFromJson;
  spec.unit_of = [](const Activity& a) { return a.unit_code; };
  RegisterUnitRecords(router, spec);
}

}  // namespace kplan::server::handlers
