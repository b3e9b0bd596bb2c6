// The report formats and rendering a document in one of them.

#include "kplan/report/plan_report.hpp"

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

}  // namespace kplan::report
