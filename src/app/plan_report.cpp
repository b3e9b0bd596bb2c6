// RenderPlanReport: load, build, render; the one call of the CLI and the API.

#include "kplan/app/plan_report.hpp"

#include <chrono>
#include <ctime>

#include "kplan/app/plan_data.hpp"

namespace kplan::app {
namespace {

CalendarDate Today() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm local{};
  localtime_r(&now, &local);
  return CalendarDate{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

}  // namespace

Result<RenderedReport> RenderPlanReport(store::Store& store, const PlanReportRequest& request) {
  if (request.year < 1900 || request.year > 2200) {
    return Error(ErrorCode::kInvalidInput, "året " + std::to_string(request.year) + " är inte ett planår",
                 "the year " + std::to_string(request.year) + " is not a plan year")
        .WithField("year");
  }
  PlanRequest plan{request.org_code, request.year, request.pension_age, 10};
  auto data = LoadPlanData(store, plan);
  if (!data.ok()) return data.error();
  return RenderPlanData(data.value(), request.format);
}

Result<RenderedReport> RenderPlanData(const report::PlanData& data, report::ReportFormat format) {
  const report::Document document = report::BuildPlanDocument(data, Today());
  auto bytes = report::RenderDocument(document, format);
  if (!bytes.ok()) return bytes.error();
  RenderedReport out;
  out.bytes = std::move(bytes).value();
  out.content_type = std::string(report::ReportContentType(format));
  const report::UnitPlan& main = data.main;
  out.file_name = std::string("Kompetensförsörjningsplan ") +
                  (main.unit.code.empty() ? main.unit.name : main.unit.code) + " " +
                  std::to_string(data.year) + "." + std::string(report::ReportFormatExtension(format));
  return out;
}

}  // namespace kplan::app
