// Bound indicators' outcomes from the register, comparisons from Kolada
// (indicator_sources.hpp).

#include "kplan/app/indicator_sources.hpp"

#include <map>

#include "kplan/core/indicator_binding.hpp"
#include "kplan/core/key_figures.hpp"
#include "kplan/core/kolada.hpp"
#include "register_choice.hpp"
#include "unit_lookup.hpp"

namespace kplan::app {

Result<std::vector<ComputedOutcome>> ComputeBoundOutcomes(store::Store& store, const IndicatorRecord& indicator) {
  const KeyFigureBinding* binding = FindKeyFigureBinding(indicator.key_figure);
  if (!binding) return std::vector<ComputedOutcome>{};
  Result<OrgTree> tree = detail::LoadOrgTree(store);
  if (!tree.ok()) return tree.error();
  Result<OrgUnit> unit = detail::FindOrgUnit(tree.value(), indicator.unit_code);
  if (!unit.ok()) return unit.error();
  Result<std::vector<store::EmployeeSnapshot>> snapshots = detail::CoveringSnapshots(store, tree.value(), unit.value());
  if (!snapshots.ok()) return snapshots.error();
  std::map<int, std::optional<double>> by_year;  // oldest first; a later extract of a year wins
  const std::vector<store::EmployeeSnapshot>& list = snapshots.value();
  for (std::size_t i = 0; i < list.size(); ++i) {
    Result<std::vector<EmployeeRecord>> employees = store.LoadEmployees(list[i].id, unit.value().id);
    if (!employees.ok()) return employees.error();
    KeyFigureOptions options;
    options.as_of = list[i].extract_date;
    options.period_start = i > 0 ? list[i - 1].extract_date : detail::YearBefore(list[i].extract_date);
    by_year[list[i].extract_date.year] = BoundOutcome(*binding, ComputeKeyFigures(employees.value(), options));
  }
  std::vector<ComputedOutcome> out;
  for (const auto& [year, value] : by_year) out.push_back({std::to_string(year), value});
  return out;
}

Result<int> RefreshBoundOutcomes(store::Store& store, const IndicatorRecord& indicator, std::string_view actor) {
  if (!FindKeyFigureBinding(indicator.key_figure)) return 0;
  Result<std::vector<ComputedOutcome>> computed = ComputeBoundOutcomes(store, indicator);
  if (!computed.ok()) return computed.error();
  return store.SaveComputedOutcomes(indicator.id, computed.value(), actor);
}

Result<int> RefreshAllBoundOutcomes(store::Store& store, std::string_view actor) {
  Result<OrgTree> tree = detail::LoadOrgTree(store);
  if (!tree.ok()) return tree.error();
  Result<OrgUnit> root = detail::FindOrgUnit(tree.value(), "");
  if (!root.ok()) return 0;  // an empty organisation has no indicators
  Result<std::vector<IndicatorRecord>> indicators = store.ListIndicators(root.value().id);
  if (!indicators.ok()) return indicators.error();
  int changed = 0;
  for (const IndicatorRecord& i : indicators.value()) {
    Result<int> n = RefreshBoundOutcomes(store, i, actor);
    if (!n.ok()) return n.error();
    changed += n.value();
  }
  return changed;
}

std::optional<double> ComparisonSeries::At(int year) const {
  for (const ComparisonPoint& p : points) {
    if (p.year == year) return p.value;
  }
  return std::nullopt;
}

Result<std::vector<ComparisonSeries>> LoadComparisons(store::Store& store, const IndicatorRecord& indicator) {
  std::vector<ComparisonSeries> out;
  if (indicator.kolada_kpi.empty() || indicator.comparison.empty()) return out;
  std::vector<std::string> codes;
  std::size_t start = 0;
  while (start <= indicator.comparison.size()) {
    std::size_t end = indicator.comparison.find(',', start);
    if (end == std::string::npos) end = indicator.comparison.size();
    if (end > start) codes.push_back(indicator.comparison.substr(start, end - start));
    start = end + 1;
  }
  Result<std::vector<KoladaValue>> values = store.ListKoladaValues(indicator.kolada_kpi, codes);
  if (!values.ok()) return values.error();
  for (const std::string& code : codes) {
    ComparisonSeries series{code, MunicipalityLabel(code), {}};
    for (const KoladaValue& v : values.value()) {
      if (v.municipality == code && v.gender == "T") series.points.push_back({v.period, v.value});
    }
    out.push_back(std::move(series));
  }
  return out;
}

}  // namespace kplan::app
