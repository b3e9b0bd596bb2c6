#pragma once
// A plan's items (core/plan_revision.hpp) as its document states them: the
// users' texts and own chapters, each goal, each indicator's target, each
// activity and each category's gap per level and horizon — what the board
// decided on, and what "ändrat sedan fastställd" compares.

#include <vector>

#include "kplan/core/plan_revision.hpp"
#include "kplan/report/plan_data.hpp"

namespace kplan::report {

// The items of the plan and, in a roll-up, of each part (keys carry the
// unit's code, so two förvaltningar's items never meet).
std::vector<PlanContentItem> PlanContent(const PlanData& data);

}  // namespace kplan::report
