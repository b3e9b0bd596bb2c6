#pragma once
// Loading the plan data of a unit and year from the store (the document's
// input, kplan/report/plan_data.hpp, which states what it holds and the
// defaults used where users have entered nothing).
//
// Which units: the plan year of `org` for `year` when the unit has one
// (a förvaltning). When units below it have their own plan years for the
// year (the kommun above its förvaltningar), the report is a roll-up: one
// UnitPlan per such unit (the topmost ones), plus the register-wide figures
// of `org` itself; the kommun's own rows then leave out those of the parts.

#include <string>

#include "kplan/core/error.hpp"
#include "kplan/report/plan_data.hpp"
#include "kplan/store/store.hpp"

namespace kplan::app {

struct PlanRequest {
  std::string org_code;  // empty: the root (the kommun)
  int year = 0;
  int pension_age = 67;
  int projection_years = 10;
  // The register's figures, age pyramids and staffing projection; not
  // needed for the gap analysis alone.
  bool with_register = true;
  // A follow-up occasion's period ("2027-T2", core/followup_occasion.hpp):
  // each indicator's outcome is that period's, not the latest of the year.
  // Empty: the latest period of the year.
  std::string followup_period;
};

// kNotFound when the unit does not exist or neither it nor any unit below
// it has a plan year (kartläggning) for the year.
Result<report::PlanData> LoadPlanData(store::Store& store, const PlanRequest& request);

}  // namespace kplan::app
