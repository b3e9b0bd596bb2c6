#pragma once
// The rows the store keeps for the planning modules, as its callers see them.
// Units and categories are referred to by their codes and names, the way
// users and files name them; the store resolves them to its keys. Editable
// rows carry a version, which every update must quote (optimistic locking).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kplan/core/access.hpp"
#include "kplan/core/activity.hpp"
#include "kplan/core/calendar_date.hpp"
#include "kplan/core/need.hpp"

namespace kplan::store {

struct OccupationalCategory {
  std::int64_t id = 0;
  std::string name;  // the municipality's own name, e.g. "Undersköterska"
  std::string ssyk;  // SSYK 2012, four digits, or empty
  int version = 1;
};

// Kartläggning: headcount at a competence level, per unit and category.
struct InventoryEntry {
  std::string unit_code;
  std::string category;
  std::string level;  // a level name of the plan year's scale
  double headcount = 0;
};

// One cell of a population forecast (SCB layout): people of ages
// age_from..age_to (inclusive) in `area` in `year`.
struct PopulationEntry {
  std::string area;
  int year = 0;
  int age_from = 0;
  int age_to = 0;
  double people = 0;
};

// An indicator and one outcome. target_json holds the core target rule
// ({"at_least": 7} ...), or is empty for none.
struct IndicatorOutcome {
  std::string unit_code;
  std::string indicator;
  std::string unit;  // "%", "st", "index" ...
  std::string target_json;
  std::string period;  // "2023", "2023-T2", "2023-12"
  std::optional<double> value;
};

struct Activity {
  std::int64_t id = 0;
  std::string unit_code;
  std::string area;  // Attrahera, Rekrytera, Introducera, Utveckla/Behålla, Avsluta/Avveckla, or own
  std::string title;
  std::string description;
  std::string category;  // empty: not tied to a category
  std::string owner;     // a role or unit, not a person's name
  std::optional<CalendarDate> start;
  std::optional<CalendarDate> end;
  ActivityStatus status = ActivityStatus::kPlanned;
  int version = 1;
};

// Riskanalys: consequence and probability (1–4) for operations and for the
// work environment.
struct Risk {
  std::int64_t id = 0;
  std::string unit_code;
  int year = 0;
  std::string category;
  int operations_consequence = 1;
  int operations_probability = 1;
  int work_environment_consequence = 1;
  int work_environment_probability = 1;
  std::string description;
  int version = 1;
};

// A competence scale: named, ordered levels, lowest first.
struct CompetenceScaleRecord {
  std::int64_t id = 0;
  std::string name;
  std::vector<std::string> levels;
};

// A plan year of a unit (usually a förvaltning): the scale its inventory uses
// and the horizons (years ahead) its need is planned for. `inventory_version`
// counts the changes of the plan year's inventory grid, so that two people
// editing the grid are told of each other (it is not part of `version`, which
// covers the plan year's own fields).
struct PlanYear {
  std::int64_t id = 0;
  std::string unit_code;
  int year = 0;
  std::string scale;                // scale name
  std::vector<std::string> levels;  // the scale's levels, read only
  std::vector<int> horizons{2, 5};
  int version = 1;
  int inventory_version = 1;
};

// Behov: the need assumptions of one category in a plan year. `base` is B
// when set by hand (else the inventory total is used); one assumption per
// horizon of the plan year, target shares in percent, one per level.
struct NeedParameters {
  std::string category;
  std::optional<double> base;
  std::vector<NeedAssumption> horizons;
  int version = 1;
};

// Text users wrote for the plan document: per section, and optionally per
// category within it (the comment under a category's gap table).
// Section keys: inledning, sammanfattning, nulage, kompetensgap, kompetensmal,
// riskanalys, aktivitetsplan, personalprognos, uppfoljning,
// successionsplanering.
struct PlanText {
  std::string section;
  std::string category;  // empty: the section's own text
  std::string text;
  int version = 1;
};

// Kompetensmål / Uppföljning: a goal of a unit, followed up by indicators.
struct Goal {
  std::int64_t id = 0;
  std::string unit_code;
  std::string title;
  std::string description;
  int version = 1;
};

// An indicator with its target rule as JSON ({"at_least": 7}, ... or empty
// for none; io/target_rule_json.hpp has the form).
struct IndicatorRecord {
  std::int64_t id = 0;
  std::string unit_code;
  std::optional<std::int64_t> goal_id;
  std::string name;
  std::string unit;
  std::string target_json;
  int version = 1;
};

// One outcome of an indicator for a period, with an optional manual
// assessment ("green" or "red", AssessmentKey) that then needs a comment.
struct OutcomeRecord {
  std::int64_t indicator_id = 0;
  std::string period;
  std::optional<double> value;
  std::string manual_assessment;  // "", "green" or "red"
  std::string comment;
  int version = 1;
};

// Successionsplanering: a key position, who holds it (a pseudonymous
// employee id, never a name), when they retire, the successor and how ready.
// Readiness keys: "ready_now", "1_2_years", "3_5_years", "none" or "".
struct SuccessionEntry {
  std::int64_t id = 0;
  std::string unit_code;
  std::string position_title;
  std::string incumbent_ref;
  std::optional<int> retirement_year;
  std::string successor_ref;
  std::string readiness;
  int version = 1;
};

// A stored staffing projection run: its parameters and result as JSON
// documents (written and read by the layers above).
struct ProjectionRun {
  std::int64_t id = 0;
  std::string unit_code;
  std::string created_at;
  std::string actor;
  std::string parameters_json;
  std::string result_json;  // empty in lists
};

// A user of the application. The password hash (Argon2id, encoded) is made
// and checked above the store; the store only keeps it.
struct User {
  std::int64_t id = 0;
  std::string name;
  Role role = Role::kReader;
  std::string unit_code;  // empty: the whole organisation
  bool disabled = false;
  std::string created_at;
  int version = 1;
};

}  // namespace kplan::store
