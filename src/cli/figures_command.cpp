// kplan figures: the nuläge key figures of a unit from the stored register.

#include <iostream>

#include "args.hpp"
#include "commands.hpp"
#include "kplan/core/retirement_table.hpp"
#include "kplan/app/figures.hpp"
#include "open_store.hpp"

namespace kplan::cli {
namespace {

int RunFigures(const Args& a) {
  const Language lang = a.language();
  auto usage = [&](const std::string& sv, const std::string& en) {
    std::cerr << "kplan figures: " << (lang == Language::kEnglish ? en : sv) << "\n";
    return kExitBadInput;
  };

  app::FiguresRequest request;
  request.org_code = a.GetOr("org", "");
  if (auto date = a.Get("snapshot")) {
    request.snapshot = ParseIsoDate(*date);
    if (!request.snapshot) {
      return usage("--snapshot \"" + *date + "\" är inte ett datum ÅÅÅÅ-MM-DD",
                   "--snapshot \"" + *date + "\" is not a date YYYY-MM-DD");
    }
  }
  const std::string by = a.GetOr("by", "");
  if (by == "category") {
    request.by = app::FiguresGrouping::kCategory;
  } else if (by == "unit") {
    request.by = app::FiguresGrouping::kUnit;
  } else if (!by.empty()) {
    return usage("--by måste vara category eller unit", "--by must be category or unit");
  }
  if (auto age = a.Number("pension-age")) request.pension_age = static_cast<int>(*age);
  const std::string format = a.GetOr("format", "json");
  if (format != "json" && format != "text") {
    return usage("--format måste vara json eller text", "--format must be json or text");
  }

  auto opened = OpenMigratedStore(DatabaseUrl(a));
  if (!opened.ok()) return ExitCodeFor(opened.error());
  auto report = app::BuildFiguresReport(*opened.value(), request);
  if (!report.ok()) {
    std::cerr << "kplan figures: " << report.error().Describe(lang) << "\n";
    if (!report.error().hint().empty()) std::cerr << "  " << report.error().hint() << "\n";
    return report.error().code() == ErrorCode::kUnavailable ? kExitFailure : kExitBadInput;
  }
  if (format == "text") {
    std::cout << report::FiguresReportText(report.value());
  } else {
    std::cout << report::FiguresReportJson(report.value()).dump(2) << "\n";
  }
  return kExitOk;
}

}  // namespace

const CommandSpec& FiguresCommand() {
  static const CommandSpec spec{
      "figures", "", "nyckeltal för nuläget ur personalregistret (jämfört med föregående uttag)",
      {Text("org", "ENHET", "enheten med allt under den (annars hela organisationen)"),
       Text("snapshot", "DATUM", "registeruttaget ÅÅÅÅ-MM-DD (annars det senaste)"),
       Text("by", "category|unit", "delar upp nyckeltalen per yrkeskategori eller enhet"),
       WholeNumber("pension-age", "N", "pensionsålder (67)", kMinPensionAge, kMaxPensionAge),
       Text("format", "json|text", "JSON eller text (json)"), LanguageOption(), DatabaseOption()},
      RunFigures};
  return spec;
}

}  // namespace kplan::cli
