// kplan report: the plan document (kompetensförsörjningsplan) of a unit and
// year as HTML, PDF, XLSX or DOCX; a roll-up when förvaltningar below the
// unit have their own plan years.

#include <fstream>
#include <iostream>

#include "args.hpp"
#include "commands.hpp"
#include "kplan/core/plan_year.hpp"
#include "kplan/core/retirement_table.hpp"
#include "kplan/app/plan_report.hpp"
#include "open_store.hpp"

namespace kplan::cli {

namespace {

int RunReport(const Args& a) {
  auto usage = [](const std::string& text) {
    std::cerr << "kplan report: " << text << "\n";
    return kExitBadInput;
  };
  app::PlanReportRequest request;
  request.org_code = a.GetOr("org", "");
  const auto year = a.Number("year");
  if (!year) return usage("--year ÅR behövs (planåret, t.ex. --year 2025)");
  request.year = static_cast<int>(*year);
  if (auto age = a.Number("pension-age")) request.pension_age = static_cast<int>(*age);
  const std::string format = a.GetOr("format", "html");
  auto parsed = report::ParseReportFormat(format);
  if (!parsed) return usage("--format måste vara html, pdf, xlsx eller docx");
  request.format = *parsed;
  const auto out = a.Get("out");
  if (!out) return usage("--out FIL behövs");

  auto opened = OpenMigratedStore(DatabaseUrl(a));
  if (!opened.ok()) return ExitCodeFor(opened.error());
  auto rendered = app::RenderPlanReport(*opened.value(), request);
  if (!rendered.ok()) {
    std::cerr << "kplan report: " << rendered.error().Describe() << "\n";
    if (!rendered.error().hint().empty()) std::cerr << rendered.error().hint() << "\n";
    return ExitCodeFor(rendered.error());
  }
  std::ofstream file(*out, std::ios::binary | std::ios::trunc);
  file.write(rendered.value().bytes.data(), static_cast<std::streamsize>(rendered.value().bytes.size()));
  file.close();
  if (!file) {
    std::cerr << "kplan report: kunde inte skriva " << *out << "\n";
    return kExitFailure;
  }
  std::cout << "Rapport skriven: " << *out << " (" << rendered.value().bytes.size() << " byte, "
            << format << ")\n";
  return kExitOk;
}

}  // namespace

const CommandSpec& ReportCommand() {
  static const CommandSpec spec{
      "report", "",
      "kompetensförsörjningsplanen som dokument; sammanställning när förvaltningar under enheten har egna planer",
      {Required(WholeNumber("year", "ÅR", "planåret", kPlanYearMin, kPlanYearMax)), Required(Text("out", "FIL", "filen som skrivs")),
       Text("org", "ENHET", "enheten (annars hela organisationen)"),
       Text("format", "html|pdf|xlsx|docx", "dokumentets format (html)"),
       WholeNumber("pension-age", "N", "pensionsålder (67)", kMinPensionAge, kMaxPensionAge), DatabaseOption()},
      RunReport};
  return spec;
}

}  // namespace kplan::cli
