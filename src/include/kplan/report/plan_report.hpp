#pragma once
// The plan document (kompetensförsörjningsplan) of a unit and year, as the
// board receives it, built from loaded plan data and rendered in a format.
// Loading and rendering in one call, for the CLI (`kplan report`) and the API
// (`GET /api/v1/reports`), is kplan/app/plan_report.hpp.
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

namespace kplan::report {

enum class ReportFormat { kHtml, kPdf, kXlsx, kDocx };

// "html", "pdf", "xlsx", "docx".
std::optional<ReportFormat> ParseReportFormat(std::string_view text);
std::string_view ReportFormatExtension(ReportFormat format);
std::string_view ReportContentType(ReportFormat format);

// Pure: the document from loaded data. `generated_on` is printed in the
// document ("Framtagen 2026-01-12").
Document BuildPlanDocument(const PlanData& data, const CalendarDate& generated_on);

// In the requested format.
Result<std::string> RenderDocument(const Document& document, ReportFormat format);

}  // namespace kplan::report
