// The register side of LoadPlanData: the extract for the plan year, key
// figures (core/key_figures.hpp, the same definitions as `kplan figures`),
// the age pyramid and the deterministic staffing projection
// (core/projection.hpp), for the main unit and each part of a roll-up. The
// extract is read once for the whole subtree and split by unit.

#include <algorithm>
#include <set>
#include <span>

#include "kplan/core/retirement_table.hpp"
#include "plan_data_parts.hpp"
#include "register_choice.hpp"

namespace kplan::app::detail {
namespace {

constexpr int kBandWidth = 5;
constexpr int kFirstBandUpTo = 24;
constexpr int kLastBandFrom = 65;

AgePyramid Pyramid(const std::vector<const EmployeeRecord*>& staff, int as_of_year) {
  AgePyramid p;
  for (int from = kFirstBandUpTo + 1 - kBandWidth; from <= kLastBandFrom; from += kBandWidth) {
    if (from < kFirstBandUpTo) {
      p.bands.push_back("−" + std::to_string(kFirstBandUpTo));
    } else if (from >= kLastBandFrom) {
      p.bands.push_back(std::to_string(kLastBandFrom) + "−");
    } else {
      p.bands.push_back(std::to_string(from) + "–" + std::to_string(from + kBandWidth - 1));
    }
  }
  p.women.assign(p.bands.size(), 0);
  p.men.assign(p.bands.size(), 0);
  for (const EmployeeRecord* e : staff) {
    const int age = as_of_year - e->birth_year;
    int band = age <= kFirstBandUpTo ? 0 : (age - kFirstBandUpTo - 1) / kBandWidth + 1;
    band = std::clamp(band, 0, static_cast<int>(p.bands.size()) - 1);
    if (e->gender == Gender::kWoman) p.women[static_cast<std::size_t>(band)] += 1;
    if (e->gender == Gender::kMan) p.men[static_cast<std::size_t>(band)] += 1;
  }
  return p;
}

std::optional<ProjectionResult> Project(const std::vector<const EmployeeRecord*>& staff,
                                        const std::vector<store::PopulationEntry>& population,
                                        const PlanRequest& request, double turnover) {
  std::map<int, double> totals;
  for (const auto& p : population) totals[p.year] += p.people;
  auto start = totals.find(request.year);
  if (start == totals.end() || start->second <= 0 || staff.empty()) return std::nullopt;
  ProjectionInput input;
  input.settings.start_year = request.year;
  input.settings.years = request.projection_years;
  input.settings.pension_age = std::clamp(request.pension_age, kMinPensionAge, kMaxPensionAge);
  DriverSeries driver{"Befolkning totalt", {}};
  double last = start->second;
  for (int t = 0; t <= request.projection_years; ++t) {
    if (auto it = totals.find(request.year + t); it != totals.end()) last = it->second;
    driver.values.push_back(last);
  }
  input.drivers.push_back(std::move(driver));
  std::map<std::string, std::vector<int>> births;
  for (const EmployeeRecord* e : staff) births[e->category].push_back(e->birth_year);
  for (auto& [name, years] : births) {
    ProjectionCategory c;
    c.name = name;
    c.staff = AgeCohorts::FromBirthYears(years);
    c.turnover = turnover;
    input.categories.push_back(std::move(c));
  }
  return ProjectStaffing(input);
}

void Fill(UnitPlan& plan, bool whole, const std::vector<EmployeeRecord>& all, const std::set<std::string>& codes,
          const std::vector<EmployeeRecord>& previous, const KeyFigureOptions& options,
          const std::optional<KeyFigureOptions>& previous_options,
          const std::vector<store::PopulationEntry>& population, const PlanRequest& request) {
  // The whole extract needs no copy; a part takes its units' rows.
  auto select = [&](const std::vector<EmployeeRecord>& from, std::vector<EmployeeRecord>& into)
      -> std::span<const EmployeeRecord> {
    if (whole) return from;
    for (const EmployeeRecord& e : from) {
      if (codes.count(e.unit_code)) into.push_back(e);
    }
    return into;
  };
  std::vector<EmployeeRecord> mine_rows, before_rows;
  const std::span<const EmployeeRecord> mine = select(all, mine_rows);
  plan.figures = ComputeKeyFigures(mine, options);
  if (previous_options) {
    const std::span<const EmployeeRecord> before = select(previous, before_rows);
    if (!before.empty()) plan.previous_figures = ComputeKeyFigures(before, *previous_options);
  }
  std::vector<const EmployeeRecord*> staff;
  for (const EmployeeRecord& e : mine) {
    if (IsMonthlyPaid(e) && IsEmployedOn(e, options.as_of)) staff.push_back(&e);
  }
  plan.pyramid = Pyramid(staff, options.as_of.year);
  plan.projection_turnover = plan.figures->turnover.value_or(0.0);
  plan.projection = Project(staff, population, request, plan.projection_turnover);
}

std::set<std::string> CodesOf(const OrgTree& tree, std::int64_t unit_id) {
  std::set<std::string> codes;
  for (const OrgUnit* u : tree.Subtree(unit_id)) codes.insert(u->code);
  return codes;
}

}  // namespace

Status LoadRegister(store::Store& store, const OrgTree& tree, const OrgUnit& org, const PlanRequest& request,
                    const std::vector<store::PopulationEntry>& population, PlanData& data) {
  auto covering = CoveringSnapshots(store, tree, org);
  if (!covering.ok()) return covering.error();
  const std::vector<store::EmployeeSnapshot>& snapshots = covering.value();
  if (snapshots.empty()) return Ok();  // the report says the figures are missing
  // The newest extract in or before the plan year; else the oldest there is.
  std::size_t chosen = 0;
  bool found = false;
  for (std::size_t i = 0; i < snapshots.size(); ++i) {
    if (snapshots[i].extract_date.year <= request.year) {
      chosen = i;
      found = true;
    }
  }
  if (!found) chosen = 0;
  const auto& snapshot = snapshots[chosen];
  data.snapshot = snapshot.extract_date;
  auto employees = store.LoadEmployees(snapshot.id, org.id);
  if (!employees.ok()) return employees.error();
  std::vector<EmployeeRecord> previous;
  KeyFigureOptions options;
  options.as_of = snapshot.extract_date;
  options.pension_age = request.pension_age;
  options.period_start = YearBefore(snapshot.extract_date);
  std::optional<KeyFigureOptions> previous_options;
  if (chosen > 0) {
    const auto& before = snapshots[chosen - 1];
    data.previous_snapshot = before.extract_date;
    options.period_start = before.extract_date;
    auto loaded = store.LoadEmployees(before.id, org.id);
    if (!loaded.ok()) return loaded.error();
    previous = std::move(loaded).value();
    KeyFigureOptions o = options;
    o.as_of = before.extract_date;
    o.period_start = chosen > 1 ? snapshots[chosen - 2].extract_date : YearBefore(before.extract_date);
    previous_options = o;
  }
  Fill(data.main, true, employees.value(), CodesOf(tree, org.id), previous, options, previous_options, population,
       request);
  for (UnitPlan& part : data.parts) {
    Fill(part, false, employees.value(), CodesOf(tree, part.unit.id), previous, options, previous_options,
         population, request);
  }
  return Ok();
}

}  // namespace kplan::app::detail
