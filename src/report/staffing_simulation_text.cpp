// The staffing simulation as Swedish text for the terminal: per scenario a
// table of the total year by year, each figure as the median with the
// P10–P90 band, the split of recruitment, and the categories' sums over the
// period; then, with several scenarios, recruitment and headcount side by side.

#include <sstream>

#include "kplan/core/swedish_text.hpp"
#include "kplan/report/staffing_simulation.hpp"

namespace kplan::report {
namespace {

std::string Pad(const std::string& text, std::size_t width, bool right = true) {
  const std::size_t w = DisplayWidth(text);
  if (w >= width) return text;
  const std::string pad(width - w, ' ');
  return right ? pad + text : text + pad;
}

std::string Whole(double x) { return FormatDecimal(x, 0); }

// "412 (398–426)": the median and the band from P10 to P90.
std::string InBand(const Band& b) { return Whole(b.p50) + " (" + Whole(b.p10) + "\u2013" + Whole(b.p90) + ")"; }

void Header(std::ostringstream& out, const PreparedSimulation& p, const SimulationResult& result) {
  out << "Personalprognos för " << (p.org_name.empty() ? "underlaget" : p.org_name);
  if (!p.org_code.empty() && p.org_code != p.org_name) out << " (" << p.org_code << ")";
  out << "\n";
  if (p.snapshot) out << "Personaluttag " << FormatIsoDate(*p.snapshot);
  if (p.snapshot && !p.area.empty()) out << ", ";
  if (!p.area.empty()) out << "befolkningsprognos för " << p.area;
  if (p.snapshot || !p.area.empty()) out << "\n";
  out << FormatInteger(result.runs) << " körningar, frö " << result.seed << ", " << result.threads
      << (result.threads == 1 ? " tråd" : " trådar") << ". Siffrorna är medianen med intervallet P10\u2013P90.\n";
  out << "Pension enligt tabell " << p.model.retirement.first_age() << "\u2013" << p.model.retirement.last_age()
      << " år (medelålder vid avgång " << FormatDecimal(p.model.retirement.MeanExitAge(), 1) << " år).\n";
  for (const std::string& note : p.notes) out << "Antagande: " << note << ".\n";
}

void ScenarioTable(std::ostringstream& out, const ScenarioResult& s) {
  out << "\nScenario: " << s.name << "\n";
  const std::size_t w = 20;
  out << Pad("År", 6, false) << Pad("Behov (åa)", 12) << Pad("Anställda", w) << Pad("Pensioneringar", w)
      << Pad("Övriga avgångar", w) << Pad("Rekryteringsbehov", w) << "   varav tillväxt/pension/omsättning\n";
  for (const SimulationYear& y : s.total.years) {
    out << Pad(std::to_string(y.year), 6, false) << Pad(FormatDecimal(y.need_fte, 0), 12) << Pad(InBand(y.headcount), w)
        << Pad(InBand(y.retirements), w) << Pad(InBand(y.leavers), w) << Pad(InBand(y.recruitment), w) << "   "
        << Whole(y.recruitment_growth.mean) << "/" << Whole(y.recruitment_retirements.mean) << "/"
        << Whole(y.recruitment_turnover.mean) << "\n";
    if (y.other_solutions_fte > 0) {
      out << Pad("", 6, false) << "  andra lösningar täcker " << FormatDecimal(y.other_solutions_fte, 1)
          << " årsarbetare av ökningen\n";
    }
  }
  const int first = s.total.years.empty() ? 0 : s.total.years.front().year;
  const int last = s.total.years.empty() ? 0 : s.total.years.back().year;
  out << "\nHela perioden " << first << "\u2013" << last << ", per kategori:\n";
  std::size_t name_width = 10;
  for (const SimulationSeries& c : s.categories) name_width = std::max(name_width, DisplayWidth(c.name) + 2);
  out << Pad("Kategori", name_width, false) << Pad("Anställda nu", 14) << Pad("Pensioneringar", w)
      << Pad("Övriga avgångar", w) << Pad("Rekryteringsbehov", w) << "\n";
  auto line = [&](const SimulationSeries& c) {
    out << Pad(c.name, name_width, false) << Pad(FormatInteger(c.headcount), 14) << Pad(InBand(c.period.retirements), w)
        << Pad(InBand(c.period.leavers), w) << Pad(InBand(c.period.recruitment), w) << "\n";
  };
  for (const SimulationSeries& c : s.categories) line(c);
  line(s.total);
}

// The scenarios side by side: recruitment need and headcount per year.
void SideBySide(std::ostringstream& out, const SimulationResult& result) {
  const std::size_t w = 22;
  for (const auto& [title, pick] :
       {std::pair<const char*, const Band SimulationYear::*>{"Rekryteringsbehov", &SimulationYear::recruitment},
        std::pair<const char*, const Band SimulationYear::*>{"Anställda vid årets slut", &SimulationYear::headcount}}) {
    out << "\n" << title << " per scenario:\n" << Pad("År", 6, false);
    for (const ScenarioResult& s : result.scenarios) out << Pad(s.name, w);
    out << "\n";
    const std::size_t years = result.scenarios.front().total.years.size();
    for (std::size_t t = 0; t < years; ++t) {
      out << Pad(std::to_string(result.scenarios.front().total.years[t].year), 6, false);
      for (const ScenarioResult& s : result.scenarios) out << Pad(InBand(s.total.years[t].*pick), w);
      out << "\n";
    }
  }
}

}  // namespace

std::string SimulationReportText(const PreparedSimulation& p, const SimulationResult& result) {
  std::ostringstream out;
  Header(out, p, result);
  for (const ScenarioResult& s : result.scenarios) ScenarioTable(out, s);
  if (result.scenarios.size() > 1) SideBySide(out, result);
  return out.str();
}

}  // namespace kplan::report
