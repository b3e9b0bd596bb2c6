#pragma once
// Where an indicator's figures come from besides typing: the register, for an
// indicator bound to a key figure (core/indicator_binding.hpp), and Kolada,
// for the values of riket and other kommuner it is compared with
// (core/kolada.hpp). Used by the HTTP handlers, the register import and the
// plan report.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kplan/core/error.hpp"
#include "kplan/store/store.hpp"

namespace kplan::app {

// The outcomes of a bound indicator, one per register extract covering its
// unit (taken for it or a unit above), the period being the extract's year
// and the figure computed over the unit's subtree (the period of turnover
// from the extract before, or a year back). Several extracts in one year: the
// latest. Empty for an unbound indicator.
Result<std::vector<ComputedOutcome>> ComputeBoundOutcomes(store::Store& store, const IndicatorRecord& indicator);

// Computes and stores them (store's SaveComputedOutcomes); 0 for an unbound
// indicator. Returns how many periods changed.
Result<int> RefreshBoundOutcomes(store::Store& store, const IndicatorRecord& indicator, std::string_view actor);

// RefreshBoundOutcomes for every bound indicator of the organisation: after a
// register import.
Result<int> RefreshAllBoundOutcomes(store::Store& store, std::string_view actor);

// One comparison municipality's values of the indicator's KPI (gender T),
// oldest year first.
struct ComparisonPoint {
  int year = 0;
  std::optional<double> value;
};
struct ComparisonSeries {
  std::string municipality;  // "0000"
  std::string label;         // "Riket", "kommun 1280"
  std::vector<ComparisonPoint> points;

  // The value of a year, when Kolada has one.
  std::optional<double> At(int year) const;
};

// In the order of the indicator's comparison list; empty without a KPI. A
// municipality with no imported value comes with no points.
Result<std::vector<ComparisonSeries>> LoadComparisons(store::Store& store, const IndicatorRecord& indicator);

}  // namespace kplan::app
