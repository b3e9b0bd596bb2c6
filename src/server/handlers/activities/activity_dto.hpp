#pragma once
// An activity as the API shows and takes it (apart from the stored row:
// the status comes with its Swedish label, and `overdue` is computed).

#include "../../api.hpp"
#include "kplan/store/records.hpp"

namespace kplan::server::handlers {

Json ActivityJson(const store::Activity& a, CalendarDate today);

// The editable fields from a request body; id and version are not read here.
Result<store::Activity> ActivityFromJson(const Json& body);

}  // namespace kplan::server::handlers
