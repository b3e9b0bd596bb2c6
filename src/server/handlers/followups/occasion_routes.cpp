// Follow-up occasions of a plan year (store/followup_occasion_store.hpp):
//   GET    /api/v1/plan-years/{id}/followups                       the occasions with their status
//   POST   /api/v1/plan-years/{id}/followups                       {kind, deadline}
//   PUT    /api/v1/plan-years/{id}/followups/{occasion}            {deadline} (If-Match)
//   DELETE /api/v1/plan-years/{id}/followups/{occasion}            (If-Match)
//   POST   /api/v1/plan-years/{id}/followups/{occasion}/submit     render, store, freeze (If-Match)
//   GET    /api/v1/plan-years/{id}/followups/{occasion}/document?format=pdf
//          the submitted document byte for byte, or a preview while it is open
//   GET    /api/v1/followups?org=&year=                           who has reported, per plan unit
// A submitted occasion answers 409 "occasion_frozen" to every write.

#include <algorithm>

#include "../../router.hpp"
#include "kplan/server/today.hpp"
#include "../common.hpp"
#include "../handlers.hpp"
#include "../plan_scope.hpp"
#include "kplan/app/followup_occasions.hpp"
#include "kplan/core/followup_occasion.hpp"
#include "kplan/core/plan_year.hpp"

namespace kplan::server::handlers {
namespace {

std::string Base(const FollowupOccasion& o) {
  return "/api/v1/plan-years/" + std::to_string(o.plan_year_id) + "/followups/" + std::to_string(o.id);
}

Json OccasionJson(const FollowupOccasion& o, const std::vector<store::AdoptedDocument>& documents) {
  Json docs = Json::array();
  for (const store::AdoptedDocument& d : documents) {
    docs.push_back({{"format", d.format}, {"file_name", d.file_name}, {"content_type", d.content_type},
                    {"sha256", d.sha256}, {"size", d.size}, {"href", Base(o) + "/document?format=" + d.format}});
  }
  const OccasionStatus status = o.status();
  return Json{{"id", o.id},
              {"plan_year_id", o.plan_year_id},
              {"unit", o.unit_code},
              {"year", o.year},
              {"kind", OccasionKindKey(o.kind)},
              {"kind_label", OccasionKindLabel(o.kind)},
              {"months", OccasionMonths(o.kind)},
              {"period", o.period()},
              {"deadline", FormatIsoDate(o.deadline)},
              {"status", OccasionStatusKey(status)},
              {"status_label", OccasionStatusLabel(status)},
              {"due", IsOccasionDue(o, Today())},
              {"submitted_at", o.submitted() ? Json(o.submitted_at) : Json()},
              {"submitted_by", o.submitted() ? Json(o.submitted_by) : Json()},
              {"preview_href", Base(o) + "/document?format=pdf"},
              {"documents", std::move(docs)},
              {"version", o.version}};
}

Result<Json> OccasionWithDocuments(AppContext& app, const FollowupOccasion& o) {
  std::vector<store::AdoptedDocument> documents;
  if (o.submitted()) {
    auto listed = app.store.ListOccasionDocuments(o.id);
    if (!listed.ok()) return listed.error();
    documents = std::move(listed).value();
  }
  return OccasionJson(o, documents);
}

// The occasion {occasion} of the plan year {id} (404 when it is another's).
Result<FollowupOccasion> OccasionInScope(const ApiRequest& req, AppContext& app) {
  auto plan_year = PlanYearInScope(req, app);
  if (!plan_year.ok()) return plan_year.error();
  auto id = IdParam(req, "occasion");
  if (!id.ok()) return id.error();
  auto occasion = app.store.GetOccasion(id.value());
  if (!occasion.ok()) return occasion.error();
  if (occasion.value().plan_year_id != plan_year.value().id) {
    return Error(ErrorCode::kNotFound, "uppföljningstillfället hör inte till planåret",
                 "the follow-up occasion does not belong to the plan year");
  }
  std::vector<FollowupOccasion> one{occasion.value()};
  if (Status s = app::FillOccasionStatus(app.store, one); !s.ok()) return s.error();
  return one.front();
}

Result<CalendarDate> DeadlineField(const Json& body) {
  auto deadline = Fields(body).OptionalDate("deadline");
  if (!deadline.ok()) return deadline.error();
  if (!deadline.value()) return FieldError("deadline", "sista dag saknas", "the deadline is missing");
  return *deadline.value();
}

Result<ApiResponse> List(const ApiRequest& req, AppContext& app) {
  auto plan_year = PlanYearInScope(req, app);
  if (!plan_year.ok()) return plan_year.error();
  auto occasions = app::ListOccasions(app.store, plan_year.value().id);
  if (!occasions.ok()) return occasions.error();
  Json items = Json::array();
  for (const FollowupOccasion& o : occasions.value()) {
    auto j = OccasionWithDocuments(app, o);
    if (!j.ok()) return j.error();
    items.push_back(std::move(j).value());
  }
  return JsonResponse(Json{{"items", std::move(items)}});
}

Result<ApiResponse> Create(const ApiRequest& req, AppContext& app) {
  auto plan_year = PlanYearInScope(req, app);
  if (!plan_year.ok()) return plan_year.error();
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  auto key = Fields(body.value()).String("kind", 20);
  if (!key.ok()) return key.error();
  auto kind = ParseOccasionKindKey(key.value());
  if (!kind) {
    return FieldError("kind", "ska vara delar_t1, delar_t2, delar_h1 eller arsanalys",
                      "must be delar_t1, delar_t2, delar_h1 or arsanalys")
        .WithValue(key.value());
  }
  auto deadline = DeadlineField(body.value());
  if (!deadline.ok()) return deadline.error();
  FollowupOccasion o;
  o.plan_year_id = plan_year.value().id;
  o.kind = *kind;
  o.deadline = deadline.value();
  auto created = app.store.CreateOccasion(o, Actor(req));
  if (!created.ok()) return created.error();
  return WithVersion(JsonResponse(OccasionJson(created.value(), {}), 201), created.value().version);
}

Result<ApiResponse> Update(const ApiRequest& req, AppContext& app) {
  auto occasion = OccasionInScope(req, app);
  if (!occasion.ok()) return occasion.error();
  if (Status open = CheckOccasionOpen(occasion.value()); !open.ok()) return open.error();
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  auto deadline = DeadlineField(body.value());
  if (!deadline.ok()) return deadline.error();
  auto version = ExpectedVersion(req, &body.value());
  if (!version.ok()) return version.error();
  FollowupOccasion o = occasion.value();
  o.deadline = deadline.value();
  o.version = version.value();
  auto saved = app.store.UpdateOccasion(o, Actor(req));
  if (!saved.ok()) return saved.error();
  saved.value().outcomes_recorded = occasion.value().outcomes_recorded;
  return WithVersion(JsonResponse(OccasionJson(saved.value(), {})), saved.value().version);
}

Result<ApiResponse> Delete(const ApiRequest& req, AppContext& app) {
  auto occasion = OccasionInScope(req, app);
  if (!occasion.ok()) return occasion.error();
  if (Status open = CheckOccasionOpen(occasion.value()); !open.ok()) return open.error();
  auto version = ExpectedVersion(req, nullptr);
  if (!version.ok()) return version.error();
  if (Status s = app.store.DeleteOccasion(occasion.value().id, version.value(), Actor(req)); !s.ok()) {
    return s.error();
  }
  ApiResponse r;
  r.status = 204;
  return r;
}

Result<ApiResponse> Submit(const ApiRequest& req, AppContext& app) {
  auto occasion = OccasionInScope(req, app);
  if (!occasion.ok()) return occasion.error();
  if (Status open = CheckOccasionOpen(occasion.value()); !open.ok()) return open.error();
  Json body = Json::object();
  if (!req.body.empty()) {
    auto parsed = ParseBody(req);
    if (!parsed.ok()) return parsed.error();
    body = std::move(parsed).value();
  }
  auto version = ExpectedVersion(req, &body);
  if (!version.ok()) return version.error();
  auto submitted = app::SubmitOccasion(app.store, occasion.value().id, version.value(), Actor(req));
  if (!submitted.ok()) return submitted.error();
  auto j = OccasionWithDocuments(app, submitted.value());
  if (!j.ok()) return j.error();
  return WithVersion(JsonResponse(std::move(j).value(), 201), submitted.value().version);
}

Result<ApiResponse> Document(const ApiRequest& req, AppContext& app) {
  auto occasion = OccasionInScope(req, app);
  if (!occasion.ok()) return occasion.error();
  auto it = req.query.find("format");
  const std::string key = it == req.query.end() ? "pdf" : it->second;
  if (occasion.value().submitted()) {
    auto document = app.store.LoadOccasionDocument(occasion.value().id, key);
    if (!document.ok()) return document.error();
    ApiResponse r = Download(std::move(document.value().bytes), document.value().content_type,
                             document.value().file_name);
    r.headers["ETag"] = "\"" + document.value().sha256 + "\"";
    r.headers["X-Followup-Document"] = "submitted";
    return r;
  }
  auto format = report::ParseReportFormat(key);
  if (!format) {
    return FieldError("format", "ska vara pdf, docx eller html", "must be pdf, docx or html").WithValue(key);
  }
  auto rendered = app::RenderOccasion(app.store, occasion.value(), *format);
  if (!rendered.ok()) return rendered.error();
  ApiResponse r = Download(std::move(rendered.value().bytes), rendered.value().content_type,
                           rendered.value().file_name);
  r.headers["X-Followup-Document"] = "preview";
  return r;
}

// Per plan unit of the year in the caller's scope, each kind asked of it and
// whether it has reported (core ReportingByUnit), the due ones flagged.
Result<ApiResponse> Reporting(const ApiRequest& req, AppContext& app) {
  auto scope = ScopeUnit(req, app);
  if (!scope.ok()) return scope.error();
  auto year = YearParam(req);
  if (!year.ok()) return year.error();
  auto plan_years = app.store.ListPlanYears(scope.value().id);
  if (!plan_years.ok()) return plan_years.error();
  std::vector<std::string> units;
  for (const store::PlanYear& p : plan_years.value()) {
    if (p.year == year.value()) units.push_back(p.unit_code);
  }
  auto all = app.store.ListOccasionsOfYear(year.value());
  if (!all.ok()) return all.error();
  std::vector<FollowupOccasion> occasions;
  for (const FollowupOccasion& o : all.value()) {
    if (std::find(units.begin(), units.end(), o.unit_code) != units.end()) occasions.push_back(o);
  }
  if (Status s = app::FillOccasionStatus(app.store, occasions); !s.ok()) return s.error();
  const CalendarDate today = Today();
  Json items = Json::array();
  for (const UnitReporting& r : ReportingByUnit(units, occasions)) {
    const bool submitted = r.status == OccasionStatus::kSubmitted;
    const int days = DaysBetween(today, r.deadline);
    items.push_back({{"unit", r.unit_code},
                     {"kind", OccasionKindKey(r.kind)},
                     {"kind_label", OccasionKindLabel(r.kind)},
                     {"deadline", FormatIsoDate(r.deadline)},
                     {"has_occasion", r.has_occasion},
                     {"status", OccasionStatusKey(r.status)},
                     {"status_label", OccasionStatusLabel(r.status)},
                     {"due", !submitted && days <= kOccasionDueSoonDays},
                     {"overdue", !submitted && days < 0}});
  }
  return JsonResponse(Json{{"year", year.value()}, {"due_within_days", kOccasionDueSoonDays},
                           {"items", std::move(items)}});
}

}  // namespace

void RegisterFollowupOccasions(Router& router) {
  router.Add({.method = "GET", .pattern = "/api/v1/plan-years/{id}/followups",
              .summary = "The plan year's follow-up occasions (delårsrapporter, årsanalys) with deadline and status",
              .tag = "followups", .module = Module::kFollowUp, .response_schema = "FollowupOccasionList",
              .handler = List});
  router.Add({.method = "POST", .pattern = "/api/v1/plan-years/{id}/followups",
              .summary = "Add a follow-up occasion to the plan year", .tag = "followups",
              .module = Module::kFollowUp, .request_schema = "FollowupOccasionInput",
              .response_schema = "FollowupOccasion", .handler = Create});
  router.Add({.method = "PUT", .pattern = "/api/v1/plan-years/{id}/followups/{occasion}",
              .summary = "Move an open occasion's deadline (If-Match: the version read); 409 once submitted",
              .tag = "followups", .module = Module::kFollowUp, .request_schema = "FollowupOccasionUpdate",
              .response_schema = "FollowupOccasion", .handler = Update});
  router.Add({.method = "DELETE", .pattern = "/api/v1/plan-years/{id}/followups/{occasion}",
              .summary = "Delete an open occasion (If-Match); 409 once submitted", .tag = "followups",
              .module = Module::kFollowUp, .handler = Delete});
  router.Add({.method = "POST", .pattern = "/api/v1/plan-years/{id}/followups/{occasion}/submit",
              .summary = "Submit the occasion: its document is rendered, stored and frozen (If-Match)",
              .tag = "followups", .module = Module::kFollowUp, .request_schema = "FollowupSubmitInput",
              .response_schema = "FollowupOccasion", .handler = Submit});
  router.Add({.method = "GET", .pattern = "/api/v1/plan-years/{id}/followups/{occasion}/document",
              .summary = "The occasion's document: as submitted, byte for byte, or a preview while open",
              .tag = "followups", .module = Module::kFollowUp,
              .query = {{"format", "pdf (default), docx or html"}}, .download = true, .handler = Document});
  router.Add({.method = "GET", .pattern = "/api/v1/followups",
              .summary = "Who has reported: per plan unit of the year, each occasion asked of it and its status",
              .tag = "followups", .module = Module::kFollowUp,
              .query = {{"org", "the unit whose subtree is shown (default: your own)"},
                        {"year", "the plan year", true}},
              .response_schema = "FollowupReporting", .handler = Reporting});
}

}  // namespace kplan::server::handlers
