#pragma once
// Indicators and their outcomes as the API shows them: the target as a rule
// and as Swedish text, and every outcome with its assessment (Grön, Röd, Ej
// bedömd) computed by core from the rule, the previous period and a manual
// assessment if one was made.

#include <vector>

#include "../../api.hpp"
#include "kplan/app/indicator_sources.hpp"
#include "kplan/store/records.hpp"

namespace kplan::server::handlers {

// Outcomes oldest first; each is assessed against the indicator's target and
// compared with the period before it, says whether it was computed from the
// register ("computed"), and carries the Kolada values of its year for the
// comparison municipalities ("comparisons": municipality, label, value,
// value_text).
Json OutcomesJson(const store::IndicatorRecord& indicator,
                  const std::vector<store::OutcomeRecord>& outcomes,
                  const std::vector<kplan::app::ComparisonSeries>& comparisons = {});

// The indicator, with "latest": the newest period with an outcome, assessed,
// or null; its binding (key_figure, key_figure_label, computed,
// computed_label) and its comparison (kolada_kpi, kolada_kpi_name,
// comparison: the codes, comparisons: each series with its points).
Json IndicatorJson(const store::IndicatorRecord& indicator,
                   const std::vector<store::OutcomeRecord>& outcomes,
                   const std::vector<kplan::app::ComparisonSeries>& comparisons = {});

Result<store::IndicatorRecord> IndicatorFromJson(const Json& body);

}  // namespace kplan::server::handlers
