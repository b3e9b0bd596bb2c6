#pragma once
// A risk as the API shows and takes it: each of operations and
// work_environment with its steps, their Swedish labels, the value, and the
// value's class (core/risk.hpp) with its label in the request's language, so
// the screen colours a risk as the printed plan does.

#include "../../api.hpp"
#include "kplan/store/records.hpp"

namespace kplan::server::handlers {

Json RiskJson(const store::Risk& risk, Language language);

// The editable fields from a request body, checked by core's Validate; id and
// version are not read here.
Result<store::Risk> RiskFromJson(const Json& body);

}  // namespace kplan::server::handlers
