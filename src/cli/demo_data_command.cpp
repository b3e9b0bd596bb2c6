// kplan demo-data: writes the demo municipality Exempelby kommun into an
// empty database and prints what it wrote.

#include <limits>
#include <iostream>
#include <map>
#include <set>

#include "args.hpp"
#include "commands.hpp"
#include "demo_data.hpp"
#include "demo_examples.hpp"
#include "demo_parts.hpp"
#include "kplan/core/key_figures.hpp"
#include "kplan/core/plan_year.hpp"
#include "kplan/server/today.hpp"
#include "kplan/core/swedish_text.hpp"
#include "open_store.hpp"

namespace kplan::cli {
namespace {

// The seed is any non-negative 64-bit integer the parser takes (up to 2^63 − 1).
Result<DemoOptions> OptionsFrom(const Args& args) {
  DemoOptions options = DemoOptionsFrom(args);
  if (Status valid = ValidateDemoOptions(options); !valid.ok()) return valid.error();
  return options;
}

}  // namespace

OptionDecl DemoYearOption() {
  // Two extracts before the plan year must be plan years too.
  return WholeNumber("year", "ÅR",
                     "planåret demodatan gäller (registeruttag 31 oktober det året och de två före); "
                     "utan: innevarande år",
                     kPlanYearMin + 2, kPlanYearMax);
}

DemoOptions DemoOptionsFrom(const Args& args) {
  DemoOptions options;
  options.extract_dates = DemoExtractDates(static_cast<int>(args.Number("year").value_or(server::Today().year)));
  if (auto employees = args.Number("employees")) options.employees = static_cast<int>(*employees);
  if (auto seed = args.Number("seed")) options.seed = static_cast<std::uint64_t>(*seed);
  return options;
}

void PrintDemoSummary(const DemoMunicipality& demo, const DemoOptions& options, std::ostream& out) {
  out << demo.name << " (" << FormatInteger(options.employees) << " anställda, frö " << options.seed
      << "):\n";
  out << "  " << demo.units.size() << " organisationsenheter, " << demo.categories.size()
      << " yrkeskategorier med SSYK-kod\n";
  CalendarDate period_start = demo::OneYearBefore(demo.snapshots.front().extract_date);
  for (const DemoSnapshot& snapshot : demo.snapshots) {
    const KeyFigures k =
        ComputeKeyFigures(snapshot.employees, {snapshot.extract_date, period_start, 67, 10});
    out << "  Personalregister " << FormatIsoDate(snapshot.extract_date) << ": "
        << FormatInteger(k.headcount + k.hourly) << " anställda (" << FormatInteger(k.headcount)
        << " månadsavlönade, " << FormatInteger(k.hourly) << " timavlönade), "
        << FormatInteger(k.hires) << " nyanställda och " << FormatInteger(k.leavers)
        << " som slutat under året\n";
    period_start = snapshot.extract_date;
  }
  // Per plan year: förvaltningar, rows and need parameters.
  std::map<int, std::pair<std::size_t, std::size_t>> inventory_of_year;
  std::map<int, std::size_t> needs_of_year;
  for (const DemoInventory& inventory : demo.inventories) {
    ++inventory_of_year[inventory.year].first;
    inventory_of_year[inventory.year].second += inventory.entries.size();
  }
  for (const DemoNeed& need : demo.needs) ++needs_of_year[need.year];
  for (const auto& [year, counts] : inventory_of_year) {
    out << "  Kartläggning " << year << ": " << counts.first << " förvaltningar, "
        << FormatInteger(static_cast<std::int64_t>(counts.second)) << " rader; behov för "
        << needs_of_year[year] << " yrkeskategorier\n";
  }
  if (!demo.population.empty()) {
    out << "  Befolkningsprognos " << demo.population_area << " " << demo.population.front().year
        << "–" << demo.population.back().year << ": " << demo.population.size() << " rader\n";
  }
  std::set<std::pair<std::string, std::string>> indicators;
  for (const auto& o : demo.indicators) indicators.insert({o.unit_code, o.indicator});
  out << "  Uppföljning: " << indicators.size() << " indikatorer med " << demo.indicators.size()
      << " utfall\n";
  out << "  Aktivitetsplan: " << demo.activities.size()
      << " aktiviteter; riskanalys: " << demo.risks.size() << " risker\n";
  std::size_t linked = 0;
  for (const DemoGoal& goal : demo.goals) linked += goal.indicators.size();
  out << "  Kompetensmål: " << demo.goals.size() << " mål som följs upp med " << linked
      << " indikatorer; " << demo.assessments.size() << " utfall bedömda manuellt\n";
  out << "  Plantexter: " << demo.texts.size() << "; successionsplan: " << demo.succession.size()
      << " nyckelbefattningar\n";
}

Status CreateDemo(const DemoOptions& options, store::Store& store, std::ostream& out) {
  const DemoMunicipality demo = GenerateDemo(options);
  if (Status written = WriteDemo(demo, store); !written.ok()) return written;
  out << "Demodata skapad för ";
  PrintDemoSummary(demo, options, out);
  return AddDemoUsers(store, out);
}

namespace {

int RunDemoData(const Args& args) {
  if (!args.positional().empty()) {
    std::cerr << "kplan demo-data: oväntat argument \"" << args.positional().front()
              << "\" (se kplan demo-data --help)\n";
    return kExitBadInput;
  }
  auto options = OptionsFrom(args);
  if (!options.ok()) {
    std::cerr << "kplan demo-data: " << options.error().Describe() << "\n";
    return kExitBadInput;
  }
  auto opened = OpenMigratedStore(DatabaseUrl(args));
  if (!opened.ok()) return ExitCodeFor(opened.error());
  auto store = std::move(opened).value();

  auto units = store->ListOrgUnits();
  if (!units.ok()) {
    std::cerr << "kplan demo-data: " << units.error().Describe() << "\n";
    return kExitFailure;
  }
  if (!units.value().empty()) {
    std::cerr << "kplan demo-data: databasen innehåller redan " << units.value().size()
              << " organisationsenheter; demodata skrivs bara till en tom databas.\n"
                 "Ange en ny databas med --db, t.ex. --db sqlite:var/demo.db.\n";
    return kExitBadInput;
  }
  Status created = Ok();
  if (auto key = args.Get("example")) {
    auto example = ExampleNamed(*key);
    if (!example.ok()) {
      std::cerr << "kplan demo-data: " << example.error().Describe() << "\n";
      return kExitBadInput;
    }
    created = CreateExample(example.value(), *store, std::cout);
  } else {
    created = CreateDemo(options.value(), *store, std::cout);
  }
  if (!created.ok()) {
    std::cerr << "kplan demo-data: demodata kunde inte skrivas: " << created.error().Describe()
              << "\n";
    return ExitCodeFor(created.error());
  }
  return kExitOk;
}

}  // namespace

const CommandSpec& DemoDataCommand() {
  static const CommandSpec spec{
      "demo-data", "", "skriver demokommunen Exempelby kommun till en tom databas",
      {DatabaseOption(),
       WholeNumber("employees", "N", "antal anställda", kDemoMinEmployees, kDemoMaxEmployees),
       WholeNumber("seed", "S", "slumpfrö; samma frö ger samma kommun", 0, std::numeric_limits<std::int64_t>::max()),
       DemoYearOption(),
       Text("example", "NAMN",
            "skriver i stället en exempelplan formad som en av seed-planerna: " + ExampleKeyList())},
      RunDemoData};
  return spec;
}

}  // namespace kplan::cli
