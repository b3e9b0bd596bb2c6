// The kartläggning as an assignment (store/mapping_store.hpp, app/mapping.hpp):
//   GET    /api/v1/mapping?org=&year=          the round and the status of the scope's units
//   PUT    /api/v1/plan-years/{id}/mapping      hr opens the round (or moves its last day)
//   DELETE /api/v1/plan-years/{id}/mapping      hr closes it
//   POST   /api/v1/mapping/submit?org=&year=    a chef hands in their unit's kartläggning
//   POST   /api/v1/mapping/remind?org=&year=    hr records a reminder (shown in the app; no e-mail)
//   GET    /api/v1/mapping/workbook?org=&year=  the unit's XLSX to fill in
//   POST   /api/v1/mapping/workbook?org=&year=  the filled XLSX back: the grid replaced, or the bad cells

#include "../../router.hpp"
#include "../common.hpp"
#include "../handlers.hpp"
#include "../imports/upload_form.hpp"
#include "../plan_scope.hpp"
#include "kplan/app/mapping.hpp"
#include "kplan/core/mapping_round.hpp"
#include "kplan/server/today.hpp"

namespace kplan::server::handlers {
namespace {

Json RoundJson(const store::MappingRound& r) {
  return Json{{"deadline", FormatIsoDate(r.deadline)}, {"open", r.open}, {"opened_by", r.opened_by},
              {"opened_at", r.opened_at}};
}

Json UnitJson(const store::UnitMapping& u, const std::optional<store::MappingRound>& round) {
  const bool overdue = round && round->open && IsMappingOverdue(round->deadline, Today(), u.status);
  return Json{{"unit", u.unit_code},
              {"name", u.unit_name},
              {"status", std::string(UnitMappingStatusKey(u.status))},
              {"status_label", std::string(UnitMappingStatusLabel(u.status))},
              {"saved_at", u.saved_at},
              {"submitted_at", u.submitted_at},
              {"submitted_by", u.submitted_by},
              {"reminders", u.reminders},
              {"reminded_at", u.reminded_at},
              {"overdue", overdue}};
}

// The plan year that ?org&year maps into; kNotFound when there is none (it is
// never created here).
Result<std::pair<kplan::app::PlanScope, store::PlanYear>> ScopedPlanYear(const ApiRequest& req, AppContext& app) {
  auto plan = PlanScopeOf(req, app);
  if (!plan.ok()) return plan.error();
  auto plan_year = kplan::app::PlanYearOfScope(app.store, plan.value());
  if (!plan_year.ok()) return plan_year.error();
  if (!plan_year.value()) {
    return Error(ErrorCode::kNotFound,
                 "det finns inget planår " + std::to_string(plan.value().year) + " för " + plan.value().scope.name,
                 "there is no plan year " + std::to_string(plan.value().year) + " for " + plan.value().scope.code)
        .WithField("year");
  }
  return std::pair{plan.value(), *plan_year.value()};
}

Result<ApiResponse> GetMapping(const ApiRequest& req, AppContext& app) {
  auto plan = PlanScopeOf(req, app);
  if (!plan.ok()) return plan.error();
  auto plan_year = kplan::app::PlanYearOfScope(app.store, plan.value());
  if (!plan_year.ok()) return plan_year.error();
  Json body{{"plan_unit", plan.value().plan_unit.code}, {"scope", plan.value().scope.code},
            {"year", plan.value().year}, {"plan_year_id", nullptr}, {"round", nullptr},
            {"units", Json::array()}};
  if (!plan_year.value()) return JsonResponse(std::move(body));
  const std::int64_t id = plan_year.value()->id;
  auto round = app.store.GetMappingRound(id);
  if (!round.ok()) return round.error();
  auto units = app.store.ListUnitMappings(id);
  if (!units.ok()) return units.error();
  auto tree = app.org_tree.Tree();
  if (!tree.ok()) return tree.error();
  const std::int64_t scope = plan.value().scope.id;
  Json items = Json::array();
  for (const store::UnitMapping& u : units.value()) {
    const OrgUnit* unit = tree.value().FindByCode(u.unit_code);
    // The scope's own assigned units, or the one the scope lies in.
    if (!unit || !(tree.value().IsInSubtree(unit->id, scope) || tree.value().IsInSubtree(scope, unit->id))) continue;
    items.push_back(UnitJson(u, round.value()));
  }
  body["plan_year_id"] = id;
  if (round.value()) body["round"] = RoundJson(*round.value());
  body["units"] = std::move(items);
  return JsonResponse(std::move(body));
}

Result<ApiResponse> OpenRound(const ApiRequest& req, AppContext& app) {
  auto plan_year = PlanYearInScope(req, app);
  if (!plan_year.ok()) return plan_year.error();
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  auto deadline = Fields(body.value()).OptionalDate("deadline");
  if (!deadline.ok()) return deadline.error();
  if (!deadline.value()) return FieldError("deadline", "sista dag saknas", "the last day is missing");
  if (Status v = CheckMappingDeadline(*deadline.value(), Today()); !v.ok()) return v.error();
  auto round = app.store.OpenMappingRound(plan_year.value().id, *deadline.value(), Actor(req));
  if (!round.ok()) return round.error();
  return JsonResponse(RoundJson(round.value()));
}

Result<ApiResponse> CloseRound(const ApiRequest& req, AppContext& app) {
  auto plan_year = PlanYearInScope(req, app);
  if (!plan_year.ok()) return plan_year.error();
  auto round = app.store.CloseMappingRound(plan_year.value().id, Actor(req));
  if (!round.ok()) return round.error();
  ApiResponse r;
  r.status = 204;
  return r;
}

Result<ApiResponse> Submit(const ApiRequest& req, AppContext& app) {
  auto scoped = ScopedPlanYear(req, app);
  if (!scoped.ok()) return scoped.error();
  auto& [plan, plan_year] = scoped.value();
  auto unit = app.store.SubmitUnitMapping(plan_year.id, plan.scope.code, Actor(req));
  if (!unit.ok()) return unit.error();
  auto round = app.store.GetMappingRound(plan_year.id);
  if (!round.ok()) return round.error();
  return JsonResponse(UnitJson(unit.value(), round.value()), 201);
}

Result<ApiResponse> Remind(const ApiRequest& req, AppContext& app) {
  auto scoped = ScopedPlanYear(req, app);
  if (!scoped.ok()) return scoped.error();
  auto& [plan, plan_year] = scoped.value();
  auto unit = app.store.RemindUnitMapping(plan_year.id, plan.scope.code, Actor(req));
  if (!unit.ok()) return unit.error();
  auto round = app.store.GetMappingRound(plan_year.id);
  if (!round.ok()) return round.error();
  return JsonResponse(UnitJson(unit.value(), round.value()), 201);
}

Result<ApiResponse> GetWorkbook(const ApiRequest& req, AppContext& app) {
  auto plan = PlanScopeOf(req, app);
  if (!plan.ok()) return plan.error();
  auto file = kplan::app::RenderUnitWorkbook(app.store, plan.value());
  if (!file.ok()) return file.error();
  return Download(std::move(file.value().bytes),
                  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.value().file_name);
}

Result<ApiResponse> UploadWorkbook(const ApiRequest& req, AppContext& app) {
  auto plan = PlanScopeOf(req, app);
  if (!plan.ok()) return plan.error();
  auto form = ReadUploadForm(req);
  if (!form.ok()) return form.error();
  auto uploaded = kplan::app::UploadUnitWorkbook(app.store, plan.value(), form.value().file_bytes,
                                                 form.value().file_name, Actor(req));
  if (!uploaded.ok()) return uploaded.error();
  return JsonResponse(Json{{"version", uploaded.value().version}, {"cells", uploaded.value().cells}}, 201);
}

}  // namespace

void RegisterMapping(Router& router) {
  const std::vector<QueryParameter> query{
      {"org", "unit code; default: your own unit or the whole organisation"}, {"year", "plan year", true}};
  router.Add({.method = "GET", .pattern = "/api/v1/mapping",
              .summary = "The kartläggning round of the plan year and the status of the scope's units",
              .tag = "mapping", .module = Module::kInventory, .query = query, .response_schema = "Mapping",
              .handler = GetMapping});
  router.Add({.method = "PUT", .pattern = "/api/v1/plan-years/{id}/mapping",
              .summary = "Open the kartläggning round with its last day (or move the day, or reopen it)",
              .tag = "mapping", .module = Module::kCategories, .request_schema = "MappingRoundInput",
              .response_schema = "MappingRound", .handler = OpenRound});
  router.Add({.method = "DELETE", .pattern = "/api/v1/plan-years/{id}/mapping",
              .summary = "Close the kartläggning round: no more submissions", .tag = "mapping",
              .module = Module::kCategories, .handler = CloseRound});
  router.Add({.method = "POST", .pattern = "/api/v1/mapping/submit",
              .summary = "Hand in the unit's kartläggning (the unit is ?org)", .tag = "mapping",
              .module = Module::kInventory, .query = query, .response_schema = "UnitMapping",
              .handler = Submit});
  router.Add({.method = "POST", .pattern = "/api/v1/mapping/remind",
              .summary = "Record a reminder to the unit ?org (shown to its chef in the app; no e-mail is sent)",
              .tag = "mapping", .module = Module::kCategories, .query = query, .response_schema = "UnitMapping",
              .handler = Remind});
  router.Add({.method = "GET", .pattern = "/api/v1/mapping/workbook",
              .summary = "The unit's kartläggning as XLSX: categories × levels, last year's figures, the level "
                         "definitions; only the count cells unlocked",
              .tag = "mapping", .module = Module::kInventory, .query = query, .download = true,
              .handler = GetWorkbook});
  router.Add({.method = "POST", .pattern = "/api/v1/mapping/workbook",
              .summary = "Upload the filled XLSX: every cell checked, then the unit's grid replaced in one "
                         "transaction (nothing written on any error)",
              .tag = "mapping", .module = Module::kInventory, .query = query, .request_schema = "MappingUpload",
              .response_schema = "MappingUploaded", .handler = UploadWorkbook});
}

}  // namespace kplan::server::handlers
