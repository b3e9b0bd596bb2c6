// The figures report as Swedish text, for the terminal.

#include <sstream>

#include "kplan/core/swedish_text.hpp"
#include "kplan/report/figures.hpp"

namespace kplan::report {
namespace {

std::string Pad(const std::string& text, std::size_t width, bool right) {
  std::size_t w = DisplayWidth(text);
  if (w >= width) return text;
  std::string pad(width - w, ' ');
  return right ? pad + text : text + pad;
}

std::string Share(const std::optional<double>& v) {
  return v ? FormatPercent(*v * 100.0, 1) : "–";
}

std::string Number(const std::optional<double>& v, int decimals) {
  return v ? FormatDecimal(*v, decimals) : "–";
}

struct Line {
  const char* label;
  std::string (*value)(const KeyFigures&);
};

const Line kLines[] = {
    {"Anställda (månadsavlönade)", [](const KeyFigures& k) { return FormatInteger(k.headcount); }},
    {"Årsarbetare", [](const KeyFigures& k) { return FormatDecimal(k.fte, 1); }},
    {"Tillsvidareanställda", [](const KeyFigures& k) { return FormatInteger(k.permanent); }},
    {"Visstidsanställda", [](const KeyFigures& k) { return FormatInteger(k.temporary); }},
    {"Timavlönade", [](const KeyFigures& k) { return FormatInteger(k.hourly); }},
    {"Andel kvinnor", [](const KeyFigures& k) { return Share(k.women_share); }},
    {"Andel män", [](const KeyFigures& k) { return Share(k.men_share); }},
    {"Medelålder", [](const KeyFigures& k) { return Number(k.average_age, 1); }},
    {"Andel deltid", [](const KeyFigures& k) { return Share(k.part_time_share); }},
    {"Medarbetare per chef", [](const KeyFigures& k) { return Number(k.employees_per_manager, 1); }},
    {"Nyanställda under perioden", [](const KeyFigures& k) { return FormatInteger(k.hires); }},
    {"Avgångar under perioden", [](const KeyFigures& k) { return FormatInteger(k.leavers); }},
    {"Personalomsättning", [](const KeyFigures& k) { return Share(k.turnover); }},
    {"Sjukfrånvaro", [](const KeyFigures& k) { return Share(k.sick_leave_share); }},
    {"Andel med formell kompetens", [](const KeyFigures& k) { return Share(k.qualified_share); }},
};

}  // namespace

std::string FiguresReportText(const FiguresReport& r) {
  std::ostringstream out;
  out << "Nyckeltal för " << r.org_name << " (" << r.org_code << "), personaluttag "
      << FormatIsoDate(r.snapshot) << "\n"
      << "Period för nyanställningar och avgångar: " << FormatIsoDate(r.period_start) << " – "
      << FormatIsoDate(r.snapshot) << "\n\n";
  const std::size_t label_width = 30, column = 14;
  out << Pad("", label_width, false) << Pad(FormatIsoDate(r.snapshot), column, true);
  if (r.previous) out << Pad(FormatIsoDate(*r.previous_snapshot), column, true);
  out << "\n";
  for (const Line& line : kLines) {
    out << Pad(line.label, label_width, false) << Pad(line.value(r.figures), column, true);
    if (r.previous) out << Pad(line.value(*r.previous), column, true);
    out << "\n";
  }
  out << "\nÅldersfördelning:";
  for (std::size_t b = 0; b < r.figures.age_bands.size(); ++b) {
    out << (b ? ", " : " ") << kAgeBandLabels[b] << ": " << FormatInteger(r.figures.age_bands[b]);
  }
  out << "\nPensionsavgångar bland tillsvidareanställda (pensionsålder " << r.pension_age << "):";
  bool first = true;
  for (auto [year, n] : r.figures.retirements_by_year) {
    out << (first ? " " : ", ") << year << ": " << n;
    first = false;
  }
  out << "\n";
  if (!r.groups.empty()) {
    out << "\n" << Pad("", label_width, false) << Pad("Anställda", 11, true)
        << Pad("Kvinnor", 10, true) << Pad("Medelålder", 12, true) << Pad("Deltid", 10, true)
        << Pad("Sjukfrånvaro", 14, true) << "\n";
    for (const FiguresGroup& g : r.groups) {
      out << Pad(g.label, label_width, false) << Pad(FormatInteger(g.figures.headcount), 11, true)
          << Pad(Share(g.figures.women_share), 10, true)
          << Pad(Number(g.figures.average_age, 1), 12, true)
          << Pad(Share(g.figures.part_time_share), 10, true)
          << Pad(Share(g.figures.sick_leave_share), 14, true) << "\n";
    }
  }
  return out.str();
}

}  // namespace kplan::report
