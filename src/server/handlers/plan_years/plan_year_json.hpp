#pragma once
// A plan year on the wire (the PlanYear and PlanYearInput schemas), apart
// from the stored record.

#include "../common.hpp"
#include "kplan/store/records.hpp"

namespace kplan::server::handlers {

Json PlanYearJson(const store::PlanYear& plan_year);

// unit, year, scale, horizons, period_from/period_to (null or absent: none)
// and sections, checked by core (Validate(PlanYear)). The status is not
// read: it changes through the cycle's own routes.
Result<store::PlanYear> PlanYearFromJson(const Json& body);

}  // namespace kplan::server::handlers
