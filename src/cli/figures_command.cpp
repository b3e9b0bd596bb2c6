// kplan figures: the nuläge key figures of a unit from the stored register.

#include <iostream>

#include "args.hpp"
#include "commands.hpp"
#include "kplan/app/figures.hpp"
#include "open_store.hpp"

namespace kplan::cli {

int RunFigures(const Argv& argv) {
  auto args = Args::Parse(argv, OptionSpec{{"db", "org", "snapshot", "by", "format", "pension-age", "lang"}, {}});
  if (!args.ok()) {
    std::cerr << "kplan figures: " << args.error().Describe() << "\n";
    return kExitBadInput;
  }
  const Args& a = args.value();
  const Language lang = a.GetOr("lang", "sv") == "en" ? Language::kEnglish : Language::kSwedish;
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
  if (auto age = a.Get("pension-age")) {
    try {
      std::size_t used = 0;
      request.pension_age = std::stoi(*age, &used);
      if (used != age->size()) throw std::invalid_argument(*age);
    } catch (const std::exception&) {
      return usage("--pension-age \"" + *age + "\" är inte ett heltal",
                   "--pension-age \"" + *age + "\" is not a whole number");
    }
  }
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

}  // namespace kplan::cli
