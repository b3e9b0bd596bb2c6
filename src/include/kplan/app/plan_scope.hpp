#pragma once
// The analysis of a plan year for the API and the web pages: the same input
// the plan document computes its gap, goal and change sections from
// (kplan/report/plan_data.hpp, with its defaults where users entered nothing), for the
// plan unit or for a part of it.
//
// A plan year belongs to a plan unit (usually a förvaltning): the unit whose
// kartläggning it is. The scope may be the plan unit or a unit below it (a
// chef's avdelning): then this year's and last year's inventory, risks and
// indicators are those of the scope's units, while need parameters and texts
// stay the plan year's.

#include <cstdint>
#include <optional>

#include "kplan/core/analysis.hpp"
#include "kplan/core/error.hpp"
#include "kplan/core/org_unit.hpp"
#include "kplan/store/store.hpp"

namespace kplan::app {

struct PlanScope {
  OrgUnit plan_unit;  // the unit whose plan year it is
  OrgUnit scope;      // the part analysed: the plan unit or a unit below it
  int year = 0;
};

// The plan unit for `scope` and `year`: the nearest unit at or above scope
// with a plan year for `year` (with or without kartläggning); scope itself
// when none has (a new plan).
Result<PlanScope> FindPlanScope(store::Store& store, const OrgUnit& scope, int year);

// A plan year without kartläggning gives an analysis without categories.
Result<AnalysisInput> LoadAnalysisInput(store::Store& store, const PlanScope& plan);

}  // namespace kplan::app
