#pragma once
// The rows the store keeps for the planning modules, as its callers see them.
// Units and categories are referred to by their codes and names, the way
// users and files name them; the store resolves them to its keys. Editable
// rows carry a version, which every update must quote (optimistic locking).
// The planning records themselves, with their rules, live in core; the names
// here alias them so that store::Activity and kplan::Activity are one type.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kplan/core/access.hpp"
#include "kplan/core/activity.hpp"
#include "kplan/core/calendar_date.hpp"
#include "kplan/core/followup_goal.hpp"
#include "kplan/core/indicator_binding.hpp"
#include "kplan/core/indicator_outcome.hpp"
#include "kplan/core/kolada.hpp"
#include "kplan/core/indicator_record.hpp"
#include "kplan/core/plan_chapter.hpp"
#include "kplan/core/inventory.hpp"
#include "kplan/core/need.hpp"
#include "kplan/core/plan_year.hpp"
#include "kplan/core/population.hpp"
#include "kplan/core/risk.hpp"
#include "kplan/core/succession.hpp"

namespace kplan::store {

struct OccupationalCategory {
  std::int64_t id = 0;
  std::string name;  // the municipality's own name, e.g. "Undersköterska"
  std::string ssyk;  // SSYK 2012, four digits, or empty
  int version = 1;
};

using InventoryEntry = ::kplan::InventoryEntry;  // core/inventory.hpp

using PopulationEntry = ::kplan::PopulationEntry;  // core/population.hpp

using IndicatorOutcome = ::kplan::IndicatorOutcome;  // core/indicator_outcome.hpp

using Activity = ::kplan::Activity;  // core/activity.hpp

using Risk = ::kplan::Risk;  // core/risk.hpp

using CompetenceScaleRecord = ::kplan::CompetenceScaleRecord;  // core/plan_year.hpp

using PlanYear = ::kplan::PlanYear;  // core/plan_year.hpp

using NeedParameters = ::kplan::NeedParameters;  // core/need.hpp

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

using Goal = ::kplan::Goal;  // core/followup_goal.hpp
using PlanChapter = ::kplan::PlanChapter;  // core/plan_chapter.hpp

using IndicatorRecord = ::kplan::IndicatorRecord;  // core/indicator_record.hpp

using OutcomeRecord = ::kplan::OutcomeRecord;  // core/indicator_record.hpp
using ComputedOutcome = ::kplan::ComputedOutcome;  // core/indicator_binding.hpp
using KoladaValue = ::kplan::KoladaValue;  // core/kolada.hpp

using SuccessionEntry = ::kplan::SuccessionEntry;  // core/succession.hpp

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
