// GET /api/v1/reports?org=CODE&year=Y&format=html|pdf|xlsx|docx&version=…: the
// plan document (the same as `kplan report`), as a download; the adopted one
// as stored, or the draft made now (X-Plan-Version says which).
// GET /api/v1/charts?org=CODE&year=Y: the plan document's charts as SVG, drawn
// by the same code as the reports (one chart approach for UI and documents);
// GET /api/v1/charts/{name}?org&year: one of them as image/svg+xml.

#include <chrono>
#include <ctime>

#include "../../router.hpp"
#include "../common.hpp"
#include "../handlers.hpp"
#include "kplan/report/chart.hpp"
#include "kplan/app/plan_data.hpp"
#include "kplan/app/plan_report.hpp"

namespace kplan::server::handlers {
namespace {

// The newest adopted document of the unit's plan year in this format, if any.
Result<std::optional<store::AdoptedDocument>> AdoptedVersion(AppContext& app, const OrgUnit& unit, int year,
                                                             report::ReportFormat format) {
  auto plan_years = app.store.ListPlanYears(unit.id);
  if (!plan_years.ok()) return plan_years.error();
  for (const store::PlanYear& p : plan_years.value()) {
    if (p.unit_code != unit.code || p.year != year) continue;
    auto adoptions = app.store.ListAdoptions(p.id);
    if (!adoptions.ok()) return adoptions.error();
    if (adoptions.value().empty()) return std::optional<store::AdoptedDocument>();
    auto document = app.store.LoadAdoptedDocument(p.id, adoptions.value().front().revision,
                                                  report::ReportFormatExtension(format));
    if (!document.ok()) return document.error();
    return std::optional<store::AdoptedDocument>(std::move(document).value());
  }
  return std::optional<store::AdoptedDocument>();
}

// ?version=adopted|draft; a läsare (a politician reading the plan) gets the
// adopted version unless asking for the draft, everyone else the draft.
Result<bool> WantsAdopted(const ApiRequest& req) {
  auto it = req.query.find("version");
  if (it == req.query.end()) return req.user().role == Role::kReader;
  if (it->second == "adopted") return true;
  if (it->second == "draft") return false;
  return FieldError("version", "ska vara adopted (fastställd) eller draft (utkast)", "must be adopted or draft")
      .WithValue(it->second);
}

Result<ApiResponse> Report(const ApiRequest& req, AppContext& app) {
  auto scope = ScopeUnit(req, app);
  if (!scope.ok()) return scope.error();
  auto year = YearParam(req);
  if (!year.ok()) return year.error();
  auto it = req.query.find("format");
  const std::string format_text = it == req.query.end() ? "html" : it->second;
  auto format = report::ParseReportFormat(format_text);
  if (!format) {
    return FieldError("format", "ska vara html, pdf, xlsx eller docx", "must be html, pdf, xlsx or docx")
        .WithValue(format_text);
  }
  auto adopted_wanted = WantsAdopted(req);
  if (!adopted_wanted.ok()) return adopted_wanted.error();
  if (adopted_wanted.value()) {
    auto adopted = AdoptedVersion(app, scope.value(), year.value(), *format);
    if (!adopted.ok()) return adopted.error();
    if (adopted.value()) {
      store::AdoptedDocument& d = *adopted.value();
      ApiResponse r = Download(std::move(d.bytes), d.content_type, d.file_name);
      r.headers["X-Plan-Version"] = "adopted";
      return r;
    }
  }
  kplan::app::PlanReportRequest request;
  request.org_code = scope.value().code;
  request.year = year.value();
  request.format = *format;
  auto rendered = kplan::app::RenderPlanReport(app.store, request);
  if (!rendered.ok()) return rendered.error();
  ApiResponse r = Download(std::move(rendered.value().bytes), rendered.value().content_type,
                           rendered.value().file_name);
  r.headers["X-Plan-Version"] = "draft";
  return r;
}

Result<std::vector<report::Chart>> Charts(const ApiRequest& req, AppContext& app) {
  auto scope = ScopeUnit(req, app);
  if (!scope.ok()) return scope.error();
  auto year = YearParam(req);
  if (!year.ok()) return year.error();
  auto data = kplan::app::LoadPlanData(app.store, kplan::app::PlanRequest{scope.value().code, year.value(), 67, 10});
  if (!data.ok()) return data.error();
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm utc{};
  gmtime_r(&now, &utc);
  const report::Document doc =
      report::BuildPlanDocument(data.value(), CalendarDate{utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday});
  std::vector<report::Chart> charts;
  for (const report::Block& block : doc.blocks) {
    if (const auto* chart = std::get_if<report::Chart>(&block)) charts.push_back(*chart);
  }
  return charts;
}

// A unit without a plan document of its own (no plan year at or below it, as
// Hemtjänst inside VOF's plan: the known gap in LoadPlanData) has no charts:
// an empty list, not 404, since its pages ask for them once a chef's year is
// the förvaltning's.
Result<ApiResponse> ListCharts(const ApiRequest& req, AppContext& app) {
  auto charts = Charts(req, app);
  if (!charts.ok() && charts.error().code() == ErrorCode::kNotFound && charts.error().location().field == "year") {
    return JsonResponse(Json{{"items", Json::array()}});
  }
  if (!charts.ok()) return charts.error();
  Json items = Json::array();
  for (const report::Chart& c : charts.value()) {
    items.push_back(Json{{"name", c.name}, {"title", c.title}, {"svg", report::ChartToSvg(c)}});
  }
  return JsonResponse(Json{{"items", std::move(items)}});
}

Result<ApiResponse> OneChart(const ApiRequest& req, AppContext& app) {
  auto charts = Charts(req, app);
  if (!charts.ok()) return charts.error();
  const std::string& name = req.params.at("name");
  for (const report::Chart& c : charts.value()) {
    if (c.name != name) continue;
    ApiResponse r;
    r.content_type = "image/svg+xml";
    r.raw_body = report::ChartToSvg(c);
    return r;
  }
  return Error(ErrorCode::kNotFound, "diagrammet \"" + name + "\" finns inte i planen",
               "the chart \"" + name + "\" is not in the plan")
      .WithField("name");
}

}  // namespace

void RegisterReports(Router& router) {
  const std::vector<QueryParameter> scope{{"org", "unit code; default: your own unit or the kommun"},
                                          {"year", "plan year", true}};
  std::vector<QueryParameter> report_query = scope;
  report_query.push_back({"format", "html (default), pdf, xlsx or docx"});
  report_query.push_back({"version", "adopted (the newest adopted document; a läsare's default) or draft "
                                     "(the plan as it stands; everyone else's default)"});
  router.Add({.method = "GET", .pattern = "/api/v1/reports",
              .summary = "The competence supply plan as a document (download)", .tag = "reports",
              .module = Module::kReports, .query = report_query, .download = true, .handler = Report});
  router.Add({.method = "GET", .pattern = "/api/v1/charts",
              .summary = "The plan's charts as SVG (the same drawings as in the reports)", .tag = "reports",
              .module = Module::kReports, .query = scope, .response_schema = "ChartList", .handler = ListCharts});
  router.Add({.method = "GET", .pattern = "/api/v1/charts/{name}",
              .summary = "One chart of the plan as image/svg+xml", .tag = "reports",
              .module = Module::kReports, .query = scope, .download = true, .handler = OneChart});
}

}  // namespace kplan::server::handlers
