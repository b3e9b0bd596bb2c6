#pragma once
// The analysis of a plan year, assembled from the store: what the API's
// analysis, the web pages and the plan document all compute from.
//
// A plan year belongs to a plan unit (usually a förvaltning). The analysis
// may cover the plan unit or a part of it (the scope, e.g. one avdelning):
// inventory is summed over the units of the scope, per category and level;
// need parameters, texts and risks are the plan year's; last year's gaps come
// from the plan unit's previous plan year when it has inventory and need
// parameters, so that the change since last year can be told.
// Categories appear when they have inventory or need parameters; a category
// without need parameters is analysed with no growth and today's
// distribution as the target (its gap is then 0): it is listed, not invented.

#include <cstdint>
#include <optional>

#include "kplan/core/analysis.hpp"
#include "kplan/core/error.hpp"
#include "kplan/store/store.hpp"

namespace kplan::report {

struct PlanScope {
  OrgUnit plan_unit;  // the unit whose plan year it is
  OrgUnit scope;      // the part analysed: the plan unit or a unit below it
  int year = 0;
};

// The plan unit for `scope` and `year`: the nearest unit at or above scope
// that has a plan year `year`; scope itself when none has (a new plan).
Result<PlanScope> FindPlanScope(store::Store& store, const OrgUnit& scope, int year);

Result<AnalysisInput> LoadAnalysisInput(store::Store& store, const PlanScope& plan);

}  // namespace kplan::report
