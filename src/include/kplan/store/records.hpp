#pragma once
// The rows the store keeps for the planning modules, as its callers see them.
// Units and categories are referred to by their codes and names, the way
// users and files name them; the store resolves them to its keys. Editable
// rows carry a version, which every update must quote (optimistic locking).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kplan/core/activity.hpp"
#include "kplan/core/calendar_date.hpp"

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

}  // namespace kplan::store
