#pragma once
// ?org=CODE&year=Y for the modules kept per plan year (inventory, need,
// texts, analysis): the caller's scope inside their subtree, and the plan
// unit above it whose plan year holds the data.

#include "../api.hpp"
#include "kplan/app/plan_scope.hpp"

namespace kplan::server::handlers {

Result<kplan::app::PlanScope> PlanScopeOf(const ApiRequest& req, AppContext& app);

// 403 unless the caller may change the plan unit's own data (need
// parameters, texts): the plan unit must lie in the caller's subtree.
Status RequirePlanUnitAccess(const ApiRequest& req, AppContext& app, const kplan::app::PlanScope& plan);

}  // namespace kplan::server::handlers
