#pragma once
// Indicators and their outcomes as the API shows them: the target as a rule
// and as Swedish text, and every outcome with its assessment (Grön, Röd, Ej
// bedömd) computed by core from the rule, the previous period and a manual
// assessment if one was made.

#include <vector>

#include "../../api.hpp"
#include "kplan/store/records.hpp"

namespace kplan::server::handlers {

// Outcomes oldest first; each is assessed against the indicator's target and
// compared with the period before it.
Json OutcomesJson(const store::IndicatorRecord& indicator,
                  const std::vector<store::OutcomeRecord>& outcomes);

// The indicator, with "latest": the newest period with an outcome, assessed, or null.
Json IndicatorJson(const store::IndicatorRecord& indicator,
                   const std::vector<store::OutcomeRecord>& outcomes);

Result<store::IndicatorRecord> IndicatorFromJson(const Json& body);

}  // namespace kplan::server::handlers
