// GET /api/v1/reports?org=CODE&year=Y&format=html|pdf|xlsx|docx: the plan
// document (the same as `kplan report`), as a download.
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

// RFC 5987: the UTF-8 file name, percent-encoded, beside an ASCII fallback.
std::string ContentDisposition(const std::string& file_name) {
  std::string ascii, encoded;
  static const char* hex = "0123456789ABCDEF";
  for (unsigned char c : file_name) {
    const bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                       c == '.' || c == '-' || c == '_';
    ascii += plain ? static_cast<char>(c) : (c < 0x80 ? '_' : '\0');
    if (plain) {
      encoded += static_cast<char>(c);
    } else {
      encoded += '%';
      encoded += hex[c >> 4];
      encoded += hex[c & 15];
    }
  }
  std::erase(ascii, '\0');
  return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
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
  kplan::app::PlanReportRequest request;
  request.org_code = scope.value().code;
  request.year = year.value();
  request.format = *format;
  auto rendered = kplan::app::RenderPlanReport(app.store, request);
  if (!rendered.ok()) return rendered.error();
  ApiResponse r;
  r.content_type = rendered.value().content_type;
  r.headers["Content-Disposition"] = ContentDisposition(rendered.value().file_name);
  r.raw_body = std::move(rendered.value().bytes);
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

Result<ApiResponse> ListCharts(const ApiRequest& req, AppContext& app) {
  auto charts = Charts(req, app);
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
  router.Add({.method = "GET", .pattern = "/api/v1/reports",
              .summary = "The competence supply plan as a document (download)", .tag = "reports",
              .module = Module::kReports, .query = report_query, .handler = Report});
  router.Add({.method = "GET", .pattern = "/api/v1/charts",
              .summary = "The plan's charts as SVG (the same drawings as in the reports)", .tag = "reports",
              .module = Module::kReports, .query = scope, .response_schema = "ChartList", .handler = ListCharts});
  router.Add({.method = "GET", .pattern = "/api/v1/charts/{name}",
              .summary = "One chart of the plan as image/svg+xml", .tag = "reports",
              .module = Module::kReports, .query = scope, .handler = OneChart});
}

}  // namespace kplan::server::handlers
