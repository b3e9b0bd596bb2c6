#pragma once
// The parts LoadPlanData is built from (private to plan_data*.cpp).

#include <map>
#include <string>
#include <vector>

#include "kplan/app/plan_data.hpp"
#include "kplan/core/org_tree.hpp"

namespace kplan::app {

using report::AgePyramid;
using report::CategoryPlan;
using report::IndicatorPlan;
using report::PlanData;
using report::UnitPlan;

namespace detail {

// The levels of a plan year's scale.
Result<std::vector<std::string>> ScaleOf(store::Store& store, std::int64_t unit_id, int year);

// The kartläggning summed over the plan year's units, per category.
Result<std::map<std::string, PerLevel>> InventoryByCategory(store::Store& store, std::int64_t unit_id,
                                                            int year,
                                                            const std::vector<std::string>& levels);

// The planning modules edited record by record: the plan year's horizons,
// need parameters (this year and last), texts, goals and succession
// (plan_data_modules.cpp).
Status LoadModules(store::Store& store, std::int64_t unit_id, int year, UnitPlan& plan);

// The register extract for the year, key figures, age pyramids and the
// staffing projection of the main unit and of each part
// (plan_data_register.cpp).
Status LoadRegister(store::Store& store, const OrgTree& tree, const OrgUnit& org, const PlanRequest& request,
                    const std::vector<store::PopulationEntry>& population, PlanData& data);

}  // namespace detail
}  // namespace kplan::app
