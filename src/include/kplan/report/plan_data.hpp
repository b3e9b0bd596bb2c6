#pragma once
// Everything the plan document of a unit and year is made from. The app layer
// loads it from the store in one place (kplan/app/plan_data.hpp, LoadPlanData),
// so that building the document (plan_report.hpp) is pure and testable without
// a database.
//
// Which units: the plan year of `org` for `year` when the unit has one
// (a förvaltning). When units below it have their own plan years for the
// year (the kommun above its förvaltningar), the report is a roll-up: one
// UnitPlan per such unit, plus the register-wide figures of `org` itself.
//
// Defaults where the users have entered nothing (each is said in the report):
//   - need base: the category's inventory total;
//   - growth to a horizon: the population forecast's total for year + h over
//     the total for year (area: the kommun's name without " kommun");
//   - target distribution: today's distribution over the levels;
//   - the staffing projection: today's staff by birth year, the register's
//     turnover, pension age 67, the total population as driver, ten years.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kplan/core/analysis.hpp"
#include "kplan/core/calendar_date.hpp"
#include "kplan/core/competence_scale.hpp"
#include "kplan/core/followup.hpp"
#include "kplan/core/key_figures.hpp"
#include "kplan/core/need.hpp"
#include "kplan/core/org_unit.hpp"
#include "kplan/core/projection.hpp"
#include "kplan/core/activity.hpp"
#include "kplan/core/followup_goal.hpp"
#include "kplan/core/plan_chapter.hpp"
#include "kplan/core/plan_status.hpp"
#include "kplan/core/risk.hpp"
#include "kplan/core/succession.hpp"

namespace kplan::report {

// The age pyramid: headcount per five-year band (−24, 25–29, … 65−).
struct AgePyramid {
  std::vector<std::string> bands;
  std::vector<double> women;
  std::vector<double> men;
};

struct CategoryPlan {
  std::string name;
  std::string ssyk;
  PerLevel inventory;  // this year's kartläggning, summed over the units
  std::optional<NeedParameters> need;       // as entered, if entered
  std::optional<PerLevel> previous_inventory;      // last year's kartläggning
  std::optional<NeedParameters> previous_need;
};

// An indicator in the follow-up of a plan year: its latest period within the
// year (Ej bedömd with no period when the year has none, never filled from
// another year), the latest outcome before the year as the previous one, the
// period's comment, and next year's target when one is set (seed 000: eNPS +20
// for 2024).
struct IndicatorPlan {
  std::string unit_code;
  Indicator indicator;
  std::string comment;
  std::optional<TargetRule> next_target;
  // Fed by the register (core/indicator_binding.hpp): the outcome is computed.
  bool computed = false;
  // Kolada's values for the outcome's year, each "Riket 6,9 %", in the
  // indicator's order of comparison municipalities.
  std::vector<std::string> comparisons;
};

struct UnitPlan {
  OrgUnit unit;
  int year = 0;
  std::vector<std::string> levels;  // the plan year's scale, lowest first
  std::vector<int> horizons{2, 5};
  std::vector<CategoryPlan> categories;   // by name
  std::vector<double> growth;             // population growth per horizon, fractions
  bool growth_from_forecast = false;      // false: no forecast covered the years
  bool has_previous_year = false;         // a kartläggning exists for year − 1
  std::vector<Risk> risks;
  std::vector<Activity> activities;
  std::vector<Goal> goals;
  // The goals of the units above in this plan year: the kommunövergripande
  // målsättningar the unit's goals serve (Goal::parent_id).
  std::vector<Goal> inherited_goals;
  std::vector<IndicatorPlan> indicators;
  std::vector<SuccessionEntry> succession;
  // Texts users wrote: (section key, category) → text.
  std::map<std::pair<std::string, std::string>, std::string> texts;
  // The plan's own chapters, each after its section (PlanChapter::after), by position.
  std::vector<PlanChapter> chapters;
  // Nuläge of the unit's subtree from the register.
  std::optional<KeyFigures> figures;
  std::optional<KeyFigures> previous_figures;
  AgePyramid pyramid;
  std::optional<ProjectionResult> projection;
  double projection_turnover = 0;  // τ used

  // The plan sections (plan_section.hpp keys) the plan year's document
  // contains; empty: every section that has content.
  std::vector<std::string> sections;

  // The users' text for a section (and category), or empty.
  std::string Text(const std::string& section, const std::string& category = "") const;
  // The plan year chose the section (or chose none, so all).
  bool Includes(std::string_view section) const;
};

struct PlanData {
  std::string municipality;  // the root unit's name
  int year = 0;
  bool rollup = false;
  UnitPlan main;                  // the unit asked for (its own plan year, if any)
  std::vector<UnitPlan> parts;    // roll-up: the units below with plan years
  std::optional<CalendarDate> snapshot;           // the register extract used
  std::optional<CalendarDate> previous_snapshot;  // the one before, if any
  std::string population_area;    // empty when none was found
  // The board's decision, printed on the title page of an adopted plan.
  std::optional<PlanDecision> decision;
  int pension_age = 67;
};

// The core analysis input of a unit's plan year, with the defaults above
// where nothing was entered: what the document's gap, goal and change
// sections are computed from, and the API's analysis too.
AnalysisInput PlanAnalysisInput(const UnitPlan& plan);

}  // namespace kplan::report
