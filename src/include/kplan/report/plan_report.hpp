#pragma once
// The plan document (kompetensförsörjningsplan) of a unit and year, as the
// board receives it: one call for the CLI (`kplan report`) and the API
// (`GET /api/v1/reports`).
//
// Sections, in the order of seed 001 with seed 002's staffing forecast and
// seed 000's follow-up: Inledning, Sammanfattning, Nuläge, Kompetensgap,
// Kompetensmål, Riskanalys, Aktivitetsplan, Personalprognos, Uppföljning,
// Successionsplanering. A section whose module holds nothing says so in a
// sentence. A roll-up (the kommun above förvaltningar with their own plan
// years) has summary tables across the förvaltningar first, then one part per
// förvaltning with its own sections (seed 000: the report to kommunstyrelsen).

#include <string>

#include "kplan/core/error.hpp"
#include "kplan/report/plan_data.hpp"
#include "kplan/report/plan_document.hpp"
#include "kplan/store/store.hpp"

namespace kplan::report {

enum class ReportFormat { kHtml, kPdf, kXlsx, kDocx };

// "html", "pdf", "xlsx", "docx".
std::optional<ReportFormat> ParseReportFormat(std::string_view text);
std::string_view ReportFormatExtension(ReportFormat format);
std::string_view ReportContentType(ReportFormat format);

struct PlanReportRequest {
  std::string org_code;  // empty: the kommun
  int year = 0;
  ReportFormat format = ReportFormat::kHtml;
  int pension_age = 67;
};

struct RenderedReport {
  std::string bytes;
  std::string content_type;  // "application/pdf" ...
  std::string file_name;     // "Kompetensförsörjningsplan VOF 2025.pdf" (UTF-8)
};

// Pure: the document from loaded data. `generated_on` is printed in the
// document ("Framtagen 2026-01-12").
Document BuildPlanDocument(const PlanData& data, const CalendarDate& generated_on);

// In the requested format.
Result<std::string> RenderDocument(const Document& document, ReportFormat format);

// Load, build, render.
Result<RenderedReport> RenderPlanReport(store::Store& store, const PlanReportRequest& request);

}  // namespace kplan::report
