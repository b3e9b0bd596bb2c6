// RenderPlanReport: load, build, render; the one call of the CLI and the API.

#include "kplan/report/plan_report.hpp"

#include <chrono>
#include <ctime>

#include "kplan/report/renderers.hpp"

namespace kplan::report {

std::optional<ReportFormat> ParseReportFormat(std::string_view text) {
  if (text == "html") return ReportFormat::kHtml;
  if (text == "pdf") return ReportFormat::kPdf;
  if (text == "xlsx") return ReportFormat::kXlsx;
  if (text == "docx") return ReportFormat::kDocx;
  return std::nullopt;
}

std::string_view ReportFormatExtension(ReportFormat format) {
  switch (format) {
    case ReportFormat::kHtml: return "html";
    case ReportFormat::kPdf: return "pdf";
    case ReportFormat::kXlsx: return "xlsx";
    case ReportFormat::kDocx: return "docx";
  }
  return "bin";
}

std::string_view ReportContentType(ReportFormat format) {
  switch (format) {
    case ReportFormat::kHtml: return "text/html; charset=utf-8";
    case ReportFormat::kPdf: return "application/pdf";
    case ReportFormat::kXlsx: return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    case ReportFormat::kDocx:
      return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  }
  return "application/octet-stream";
}

Result<std::string> RenderDocument(const Document& document, ReportFormat format) {
  switch (format) {
    case ReportFormat::kHtml: return RenderHtml(document);
    case ReportFormat::kPdf: return RenderPdf(document);
    case ReportFormat::kXlsx: return RenderXlsx(document);
    case ReportFormat::kDocx: return RenderDocx(document);
  }
  return Error(ErrorCode::kInvalidInput, "okänt rapportformat", "unknown report format");
}

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
  const Document document = BuildPlanDocument(data.value(), Today());
  auto bytes = RenderDocument(document, request.format);
  if (!bytes.ok()) return bytes.error();
  RenderedReport out;
  out.bytes = std::move(bytes).value();
  out.content_type = std::string(ReportContentType(request.format));
  const UnitPlan& main = data.value().main;
  out.file_name = std::string("Kompetensförsörjningsplan ") +
                  (main.unit.code.empty() ? main.unit.name : main.unit.code) + " " +
                  std::to_string(request.year) + "." + std::string(ReportFormatExtension(request.format));
  return out;
}

}  // namespace kplan::report
