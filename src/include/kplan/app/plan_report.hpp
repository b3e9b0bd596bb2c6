#pragma once
// The plan document of a unit and year from the store, rendered: the one call
// of `kplan report` and GET /api/v1/reports (load the plan data, build the
// document, render it; kplan/report/plan_report.hpp has the document).

#include <string>

#include "kplan/core/error.hpp"
#include "kplan/report/plan_data.hpp"
#include "kplan/report/plan_report.hpp"
#include "kplan/store/store.hpp"

namespace kplan::app {

struct PlanReportRequest {
  std::string org_code;  // empty: the kommun
  int year = 0;
  report::ReportFormat format = report::ReportFormat::kHtml;
  int pension_age = 67;
};

struct RenderedReport {
  std::string bytes;
  std::string content_type;  // "application/pdf" ...
  std::string file_name;     // "Kompetensförsörjningsplan VOF 2025.pdf" (UTF-8)
};

// kInvalidInput for a year outside 1900–2200; LoadPlanData's errors. The
// document says it was made today ("Framtagen 2026-01-12").
Result<RenderedReport> RenderPlanReport(store::Store& store, const PlanReportRequest& request);

// The document of loaded plan data in one format, made today.
Result<RenderedReport> RenderPlanData(const report::PlanData& data, report::ReportFormat format);

}  // namespace kplan::app
