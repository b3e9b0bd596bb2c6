#pragma once
// The demo municipality "Exempelby kommun": a fictional but realistically
// shaped municipality used by `kplan demo`, `kplan demo-data`, the browser
// tests and the benchmarks. It contains no real people and no names of
// people: employees are pseudonymous ids ("EX-000123") with the facts
// planning needs, and owners of activities are roles.
//
// What it holds (about 6,000 employees by default):
//   - the organisation tree: kommun → nämnder → four förvaltningar (Vård och
//     omsorg, Barn och utbildning, Social, Kommunledning) → avdelningar →
//     enheter, 75 units;
//   - 30 occupational categories with SSYK 2012 codes;
//   - three yearly register snapshots in which people persist under the same
//     id, age, retire (65–69), leave (about 10 % of permanent staff a year),
//     are hired, move from visstid to tillsvidare and gain competence levels;
//   - a kartläggning per förvaltning for the latest year and the year before
//     (so that the plan can say what changed), counted from the register's
//     competence levels; a population forecast 2025–2035; follow-up
//     indicators with targets and three years of outcomes (several computed
//     from the register); activities in the five strategic areas; risks;
//   - the rest of a complete plan (seed 001): need parameters for every
//     category of both plan years (growth from the population forecast,
//     target distributions that ask for more at Hög and Mycket hög), goals
//     that the indicators follow up (one outcome assessed by hand), the plan
//     texts, and a successionsplan for key positions.
//
// GenerateDemo is pure and deterministic: the same options give the same
// municipality on every platform and standard library.

#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

#include "kplan/core/calendar_date.hpp"
#include "kplan/core/employee.hpp"
#include "kplan/core/error.hpp"
#include "kplan/core/org_unit.hpp"
#include "kplan/store/records.hpp"
#include "kplan/store/store.hpp"
#include "args.hpp"

namespace kplan::cli {

inline constexpr int kDemoMinEmployees = 100;
inline constexpr int kDemoMaxEmployees = 200000;

// The extracts of plan year `plan_year`: 31 October of it and of the two
// years before, as a municipality's HR system takes them for the plan.
std::vector<CalendarDate> DemoExtractDates(int plan_year);

struct DemoOptions {
  // Employed on the latest extract date, all employment forms together.
  int employees = 6000;
  std::uint64_t seed = 2026;
  // Oldest first, normally a year apart. The latest one's year is the plan
  // year: the kartläggning, need, texts and risks are of it and the year
  // before, the activities and the population forecast start around it.
  std::vector<CalendarDate> extract_dates = DemoExtractDates(2025);
};

// Employees within [kDemoMinEmployees, kDemoMaxEmployees]; one to ten valid
// extract dates in increasing order, at least 30 days apart.
Status ValidateDemoOptions(const DemoOptions& options);

struct DemoSnapshot {
  CalendarDate extract_date;
  // Everyone employed at some time in the year up to the extract date, in id
  // order. Those who left carry their last day as `end`; visstidsanställda
  // still employed carry the planned end of their contract (after the date).
  std::vector<EmployeeRecord> employees;
};

struct DemoInventory {
  std::string plan_unit_code;  // a förvaltning
  int year = 0;
  std::vector<store::InventoryEntry> entries;  // per unit, category and level
};

// One category's need parameters in a plan year (created with version 0).
struct DemoNeed {
  std::string plan_unit_code;
  int year = 0;
  store::NeedParameters parameters;
};

// A goal and the indicators of its unit (by name) that follow it up.
struct DemoGoal {
  store::Goal goal;
  std::vector<std::string> indicators;
};

// A manual assessment of one stored outcome (needs a comment).
struct DemoAssessment {
  std::string unit_code;
  std::string indicator;
  std::string period;
  std::string manual_assessment;  // "green" or "red"
  std::string comment;
};

// A text of the plan document of a plan year (created with version 0).
struct DemoText {
  std::string plan_unit_code;
  int year = 0;
  store::PlanText text;
};

struct DemoMunicipality {
  std::string name;               // "Exempelby kommun"
  std::string root_code;          // "EX"
  std::string population_area;    // "Exempelby"
  std::vector<NewOrgUnit> units;  // parents before children
  std::vector<store::OccupationalCategory> categories;
  std::vector<DemoSnapshot> snapshots;  // oldest first
  std::vector<DemoInventory> inventories;
  std::vector<store::PopulationEntry> population;
  std::vector<store::IndicatorOutcome> indicators;
  std::vector<store::Activity> activities;
  std::vector<store::Risk> risks;
  std::vector<DemoNeed> needs;  // per inventory, its categories by name
  std::vector<DemoGoal> goals;  // every goal has at least one indicator
  std::vector<DemoAssessment> assessments;
  std::vector<DemoText> texts;
  // Pseudonymous ids from the latest register snapshot, never names.
  std::vector<store::SuccessionEntry> succession;
};

// The organisation tree alone.
std::vector<NewOrgUnit> DemoOrganisation();

// The competence levels the demo's levels 0–3 stand for (the store's default
// scale): Viss, God, Hög, Mycket hög.
const std::vector<std::string>& DemoLevelNames();

// Requires ValidateDemoOptions(options).ok().
DemoMunicipality GenerateDemo(const DemoOptions& options);

// Writes everything through the store (actor "demo"): units, register
// snapshots (covering the whole kommun), categories, kartläggning,
// population, indicators, activities, risks, need parameters, goals (linking
// the indicators they name), manual assessments, plan texts and succession.
// Meant for an empty database; stops at the first error.
Status WriteDemo(const DemoMunicipality& demo, store::Store& store);

// `--year ÅR` of `kplan demo` and `kplan demo-data`: the plan year the demo
// is of (DemoExtractDates); without it, this year, so that the demo's plan
// year follows the calendar. Tests give it, to be the same every year.
OptionDecl DemoYearOption();
// The options of those commands' Exempelby: the plan year of --year (or this
// year), the number of employees and the seed where they are given.
DemoOptions DemoOptionsFrom(const Args& args);

// The Swedish summary `kplan demo-data` and `kplan demo` print.
void PrintDemoSummary(const DemoMunicipality& demo, const DemoOptions& options, std::ostream& out);

// Generates the demo, writes it to the store and prints "Demodata skapad för"
// with the summary to `out`: what `kplan demo` and `kplan demo-data` do on an
// empty database.
Status CreateDemo(const DemoOptions& options, store::Store& store, std::ostream& out);

// The demo's users: admin, hr, chef.hemtjanst (chef of Hemtjänst) and
// lasare, all with kDemoPassword.
inline constexpr const char* kDemoPassword = "exempelby-demo";
Status AddDemoUsers(store::Store& store, std::ostream& out);

}  // namespace kplan::cli
