// kplan report: the plan document (kompetensförsörjningsplan) of a unit and
// year as HTML, PDF, XLSX or DOCX; a roll-up when förvaltningar below the
// unit have their own plan years.

#include <fstream>
#include <iostream>

#include "args.hpp"
#include "commands.hpp"
#include "kplan/app/plan_report.hpp"
#include "open_store.hpp"

namespace kplan::cli {

int RunReport(const Argv& argv) {
  auto args = Args::Parse(argv, OptionSpec{{"db", "org", "year", "format", "out", "pension-age"}, {}});
  if (!args.ok()) {
    std::cerr << "kplan report: " << args.error().Describe() << "\n";
    return kExitBadInput;
  }
  const Args& a = args.value();
  auto usage = [](const std::string& text) {
    std::cerr << "kplan report: " << text << "\n";
    return kExitBadInput;
  };
  auto integer = [](const std::string& text) -> std::optional<int> {
    try {
      std::size_t used = 0;
      const int v = std::stoi(text, &used);
      if (used == text.size()) return v;
    } catch (const std::exception&) {
    }
    return std::nullopt;
  };
  app::PlanReportRequest request;
  request.org_code = a.GetOr("org", "");
  const auto year = a.Get("year");
  if (!year) return usage("--year ÅR behövs (planåret, t.ex. --year 2025)");
  if (auto y = integer(*year)) {
    request.year = *y;
  } else {
    return usage("--year \"" + *year + "\" är inte ett årtal");
  }
  if (auto age = a.Get("pension-age")) {
    auto v = integer(*age);
    if (!v || *v < 65 || *v > 69) return usage("--pension-age måste vara ett heltal 65–69");
    request.pension_age = *v;
  }
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

}  // namespace kplan::cli
