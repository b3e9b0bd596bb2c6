// The planning side of the demo: kartläggning (counted from the register, for
// the latest snapshot's year and the one before),
// the population forecast and follow-up indicators (the personnel ones
// computed from the register, the survey ones drawn), with targets such as
// sjukfrånvaro at most 8,55 % and 20–23 employees per manager (seed 000).
// The activity plan and the risks are in demo_activities.cpp.

#include <array>
#include <cstdio>
#include <map>
#include <tuple>

#include "demo_parts.hpp"
#include "kplan/core/followup.hpp"
#include "kplan/core/key_figures.hpp"

namespace kplan::cli::demo {
namespace {

using store::IndicatorOutcome;

std::map<std::string, std::string> ForvaltningOfUnit() {
  std::map<std::string, std::string> of;
  for (const UnitPlan& plan : Organisation()) {
    const NewOrgUnit& u = plan.unit;
    if (u.kind == OrgUnitKind::kForvaltning) {
      of[u.code] = u.code;
    } else if (auto it = of.find(u.parent_code); it != of.end()) {
      of[u.code] = it->second;
    }
  }
  return of;
}

std::string Number(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.10g", value);
  return text;
}

// The target rule as the store keeps it: {"at_most": 8.55}, {"at_least": 7},
// {"equals": 100}, {"between": [20, 23]}; empty for none.
std::string TargetJson(const TargetRule& rule) {
  switch (rule.type) {
    case TargetRuleType::kAtLeast:
      return "{\"at_least\": " + Number(rule.lower) + "}";
    case TargetRuleType::kAtMost:
      return "{\"at_most\": " + Number(rule.upper) + "}";
    case TargetRuleType::kEquals:
      return "{\"equals\": " + Number(rule.lower) + "}";
    case TargetRuleType::kBetween:
      return "{\"between\": [" + Number(rule.lower) + ", " + Number(rule.upper) + "]}";
    case TargetRuleType::kNone:
      break;
  }
  return "";
}

// ---- Kartläggning ------------------------------------------------------------

// One inventory per förvaltning with levelled staff, for the snapshot's year.
std::vector<DemoInventory> Inventories(const DemoSnapshot& latest) {
  const auto forvaltning = ForvaltningOfUnit();
  const auto& levels = DemoLevelNames();
  // förvaltning → (unit, category) → headcount per level
  std::map<std::string, std::map<std::pair<std::string, std::string>, std::array<int, 4>>> counts;
  for (const EmployeeRecord& e : latest.employees) {
    if (!e.competence_level || !IsMonthlyPaid(e) || !IsEmployedOn(e, latest.extract_date)) continue;
    auto& cell = counts[forvaltning.at(e.unit_code)][{e.unit_code, e.category}];
    ++cell[static_cast<std::size_t>(*e.competence_level)];
  }
  std::vector<DemoInventory> out;
  for (const char* code : kForvaltningCodes) {
    auto it = counts.find(code);
    if (it == counts.end()) continue;
    DemoInventory inventory{code, latest.extract_date.year, {}};
    for (const auto& [key, per_level] : it->second) {
      for (std::size_t l = 0; l < levels.size(); ++l) {
        inventory.entries.push_back(
            {key.first, key.second, levels[l], static_cast<double>(per_level[l])});
      }
    }
    out.push_back(std::move(inventory));
  }
  return out;
}

// ---- Befolkningsprognos --------------------------------------------------------

struct PopulationBand {
  int from;
  int to;
  double share;   // of the population in the first year
  double growth;  // per year
};
constexpr PopulationBand kPopulationBands[] = {
    {0, 5, 0.065, -0.008},  {6, 15, 0.115, -0.005}, {16, 19, 0.046, 0.008},
    {20, 64, 0.562, 0.003}, {65, 79, 0.148, 0.005}, {80, 120, 0.064, 0.035},
};
// The forecast covers the plan year and the ten years after it.
constexpr int kForecastYears = 10;
constexpr double kInhabitantsPerEmployee = 11.5;

std::vector<store::PopulationEntry> Population(const std::string& area, int employees, int plan_year,
                                               Random& rng) {
  std::vector<store::PopulationEntry> out;
  const double inhabitants = employees * kInhabitantsPerEmployee;
  for (const PopulationBand& band : kPopulationBands) {
    double people = inhabitants * band.share;
    for (int year = plan_year; year <= plan_year + kForecastYears; ++year) {
      out.push_back({area, year, band.from, band.to, RoundTo(people, 0)});
      // The growth of the band with a little noise (±0.2 points a year).
      people *= 1 + band.growth + (rng.Uniform() - 0.5) * 0.004;
    }
  }
  return out;
}

// ---- Uppföljning -----------------------------------------------------------------

struct Outcomes {
  std::vector<IndicatorOutcome>& out;

  void Add(const std::string& unit, const std::string& name, const std::string& measure,
           const TargetRule& target, const std::string& period, std::optional<double> value) {
    out.push_back({unit, name, measure, TargetJson(target), period, value});
  }
};

std::optional<double> Percent(const std::optional<double>& share, int decimals) {
  if (!share) return std::nullopt;
  return RoundTo(*share * 100, decimals);
}

// Share of the monthly-paid staff of `category` employed on the date whose
// competence level is Hög or Mycket hög, in percent.
std::optional<double> HighLevelPercent(const std::vector<EmployeeRecord>& staff,
                                       const CalendarDate& on, std::string_view category) {
  int high = 0, levelled = 0;
  for (const EmployeeRecord& e : staff) {
    if (!IsMonthlyPaid(e) || !IsEmployedOn(e, on) || !e.competence_level) continue;
    if (e.category != category) continue;
    ++levelled;
    if (*e.competence_level >= 2) ++high;
  }
  if (levelled == 0) return std::nullopt;
  return RoundTo(100.0 * high / levelled, 1);
}

// Share of monthly-paid staff employed on the date in `categories` holding the qualification, in
// percent.
std::optional<double> QualifiedPercent(const std::vector<EmployeeRecord>& staff,
                                       const CalendarDate& on,
                                       std::initializer_list<std::string_view> categories) {
  int with = 0, applies = 0;
  for (const EmployeeRecord& e : staff) {
    if (!IsMonthlyPaid(e) || !IsEmployedOn(e, on) || !e.qualified) continue;
    bool listed = false;
    for (std::string_view c : categories) listed = listed || e.category == c;
    if (!listed) continue;
    ++applies;
    if (*e.qualified) ++with;
  }
  if (applies == 0) return std::nullopt;
  return RoundTo(100.0 * with / applies, 1);
}

// The targets of each förvaltning's own indicators (a data table).
struct ForvaltningTargets {
  const char* unit;
  double sick_at_most;
  double full_time_at_least;
  double engagement_base;
};
constexpr ForvaltningTargets kForvaltningTargets[] = {
    {"VOF", 8.55, 75, 6.8}, {"BUF", 6.0, 85, 7.2}, {"SF", 7.0, 90, 7.5}, {"KLF", 5.0, 90, 7.8}};

// One register extract as an outcome period: its index (for the slow trends), the key-figure
// options and the staff per förvaltning.
struct OutcomePeriod {
  const DemoSnapshot& snapshot;
  std::size_t k;
  std::string period;
  KeyFigureOptions options;
  std::map<std::string, std::vector<EmployeeRecord>> by_forvaltning;
};

void AddRootOutcomes(Outcomes& add, const std::string& root, const OutcomePeriod& p) {
  const KeyFigures all = ComputeKeyFigures(p.snapshot.employees, p.options);
  add.Add(root, "Sjukfrånvaro", "%", TargetRule::AtMost(7.0), p.period, Percent(all.sick_leave_share, 2));
  add.Add(root, "Personalomsättning", "%", TargetRule::AtMost(10), p.period, Percent(all.turnover, 1));
  add.Add(root, "Medelålder", "år", TargetRule{}, p.period,
          all.average_age ? std::optional<double>(RoundTo(*all.average_age, 1)) : std::nullopt);
}

void AddForvaltningOutcomes(Outcomes& add, OutcomePeriod& p, const ForvaltningTargets& t, Random& rng) {
  const auto& staff = p.by_forvaltning[t.unit];
  const KeyFigures f = ComputeKeyFigures(staff, p.options);
  add.Add(t.unit, "Sjukfrånvaro", "%", TargetRule::AtMost(t.sick_at_most), p.period,
          Percent(f.sick_leave_share, 2));
  add.Add(t.unit, "Personalomsättning", "%", TargetRule::AtMost(10), p.period, Percent(f.turnover, 1));
  add.Add(t.unit, "Heltidsandel", "%", TargetRule::AtLeast(t.full_time_at_least), p.period,
          f.part_time_share ? std::optional<double>(RoundTo(100 - *f.part_time_share * 100, 1))
                            : std::nullopt);
  if (std::string_view(t.unit) != "KLF") {
    add.Add(t.unit, "Medarbetare per chef", "st", TargetRule::Between(20, 23), p.period,
            f.employees_per_manager ? std::optional<double>(RoundTo(*f.employees_per_manager, 1))
                                    : std::nullopt);
  }
  // Pulse surveys: 1–10, slowly improving.
  const double engagement = t.engagement_base + 0.15 * static_cast<double>(p.k) + (rng.Uniform() - 0.5) * 0.4;
  add.Add(t.unit, "Hållbart engagemang (pulsmätning)", "av 10", TargetRule::AtLeast(7), p.period,
          RoundTo(engagement, 1));
}

// Indicators that belong to one förvaltning's own work (qualifications, introduction, surveys).
void AddOwnOutcomes(Outcomes& add, OutcomePeriod& p, Random& rng) {
  const CalendarDate& on = p.snapshot.extract_date;
  const double k = static_cast<double>(p.k);
  add.Add("VOF", "Undersköterskor med skyddad yrkestitel", "%", TargetRule::AtLeast(70), p.period,
          QualifiedPercent(p.by_forvaltning["VOF"], on, {"Undersköterska"}));
  add.Add("VOF", "Undersköterskor på nivå Hög eller Mycket hög", "%", TargetRule::AtLeast(35), p.period,
          HighLevelPercent(p.by_forvaltning["VOF"], on, "Undersköterska"));
  add.Add("VOF", "Sommarvikarier som deltagit i introduktion", "%", TargetRule::AtLeast(80), p.period,
          RoundTo(64 + 11 * k + rng.Between(-3, 3), 0));
  add.Add("BUF", "Legitimerade lärare och förskollärare", "%", TargetRule::AtLeast(85), p.period,
          QualifiedPercent(p.by_forvaltning["BUF"], on,
                           {"Förskollärare", "Grundskollärare", "Gymnasielärare", "Speciallärare"}));
  add.Add("BUF", "Nyexaminerade förskollärare med mentor", "%", TargetRule::AtLeast(90), p.period,
          RoundTo(72 + 9 * k + rng.Between(-2, 2), 0));
  add.Add("SF", "eNPS", "", TargetRule::AtLeast(20), p.period, RoundTo(12 + 5 * k + rng.Between(-2, 2), 0));
  // No employee survey in the first year: an outcome that is not assessed.
  add.Add("SF", "Nöjd medarbetarindex (NMI)", "", TargetRule::AtLeast(75), p.period,
          p.k == 0 ? std::nullopt : std::optional<double>(72 + 2 * k + rng.Between(-1, 1)));
}

std::vector<IndicatorOutcome> Indicators(const std::vector<DemoSnapshot>& snapshots,
                                         const std::string& root, Random& rng) {
  std::vector<IndicatorOutcome> list;
  Outcomes add{list};
  const auto forvaltning = ForvaltningOfUnit();
  CalendarDate period_start = OneYearBefore(snapshots.front().extract_date);
  for (std::size_t k = 0; k < snapshots.size(); ++k) {
    const DemoSnapshot& snapshot = snapshots[k];
    OutcomePeriod p{snapshot, k, std::to_string(snapshot.extract_date.year),
                    KeyFigureOptions{snapshot.extract_date, period_start, 67, 10}, {}};
    for (const EmployeeRecord& e : snapshot.employees)
      p.by_forvaltning[forvaltning.at(e.unit_code)].push_back(e);
    AddRootOutcomes(add, root, p);
    for (const ForvaltningTargets& t : kForvaltningTargets) AddForvaltningOutcomes(add, p, t, rng);
    AddOwnOutcomes(add, p, rng);
    period_start = snapshot.extract_date;
  }
  return list;
}

}  // namespace

void GeneratePlanning(const DemoOptions& options, Random& rng, DemoMunicipality& demo) {
  const DemoSnapshot& latest = demo.snapshots.back();
  // Last year's kartläggning first, so that the plan has a change to report.
  if (demo.snapshots.size() >= 2) demo.inventories = Inventories(demo.snapshots.end()[-2]);
  for (DemoInventory& inventory : Inventories(latest))
    demo.inventories.push_back(std::move(inventory));
  const int plan_year = latest.extract_date.year;
  demo.population = Population(demo.population_area, options.employees, plan_year, rng);
  demo.indicators = Indicators(demo.snapshots, demo.root_code, rng);
  demo.activities = DemoActivities(demo.root_code, plan_year);
  demo.risks = DemoRisks(latest.extract_date.year);
}

}  // namespace kplan::cli::demo
