#pragma once
// ?org=CODE&year=Y for the modules kept per plan year (inventory, need,
// texts, analysis): the caller's scope inside their subtree, and the plan
// unit above it whose plan year holds the data.

#include "../api.hpp"
#include "kplan/app/plan_scope.hpp"
#include "kplan/store/records.hpp"

namespace kplan::server::handlers {

Result<kplan::app::PlanScope> PlanScopeOf(const ApiRequest& req, AppContext& app);

// 403 unless the caller may change the plan unit's own data (need
// parameters, texts): the plan unit must lie in the caller's subtree.
Status RequirePlanUnitAccess(const ApiRequest& req, AppContext& app, const kplan::app::PlanScope& plan);

// The plan year of the path's {id}, when its unit lies in the caller's
// subtree: 404 for an unknown id, 403 outside the subtree. The routes on one
// plan year (its cycle, its kartläggning round, its follow-up occasions) ask it.
Result<store::PlanYear> PlanYearInScope(const ApiRequest& req, AppContext& app);

}  // namespace kplan::server::handlers
