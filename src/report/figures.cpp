#include "kplan/report/figures.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "kplan/core/retirement_table.hpp"

namespace kplan::report {
namespace {

CalendarDate YearBefore(const CalendarDate& d) {
  CalendarDate out{d.year - 1, d.month, d.day};
  if (!IsValidDate(out)) out.day = 28;  // 29 February
  return out;
}

KeyFigureOptions Options(const CalendarDate& as_of, const CalendarDate& period_start,
                         int pension_age) {
  KeyFigureOptions o;
  o.as_of = as_of;
  o.period_start = period_start;
  o.pension_age = pension_age;
  return o;
}

Error NoSuchUnit(const std::string& code) {
  return Error(ErrorCode::kNotFound, "enheten \"" + code + "\" finns inte",
               "the unit \"" + code + "\" does not exist")
      .WithValue(code)
      .WithField("org");
}

}  // namespace

Result<FiguresReport> BuildFiguresReport(store::Store& store, const FiguresRequest& request) {
  if (request.pension_age < kMinPensionAge || request.pension_age > kMaxPensionAge) {
    const std::string range = std::to_string(kMinPensionAge) + "–" + std::to_string(kMaxPensionAge);
    return Error(ErrorCode::kInvalidInput,
                 "pensionsåldern " + std::to_string(request.pension_age) + " ligger inte inom " + range,
                 "the pension age " + std::to_string(request.pension_age) + " is not within " + range)
        .WithField("pension_age");
  }
  Result<std::vector<OrgUnit>> units = store.ListOrgUnits();
  if (!units.ok()) return units.error();
  std::map<std::int64_t, const OrgUnit*> by_id;
  const OrgUnit* org = nullptr;
  for (const OrgUnit& u : units.value()) {
    by_id[u.id] = &u;
    if (request.org_code.empty() ? !u.parent_id : u.code == request.org_code) org = &u;
  }
  if (!org) {
    if (request.org_code.empty()) {
      return Error(ErrorCode::kNotFound, "organisationen är tom", "the organisation is empty");
    }
    return NoSuchUnit(request.org_code);
  }
  // The unit and its ancestors: an extract taken for any of them covers it.
  std::set<std::int64_t> covering;
  for (const OrgUnit* u = org; u; u = u->parent_id ? by_id[*u->parent_id] : nullptr) {
    covering.insert(u->id);
  }
  Result<std::vector<store::EmployeeSnapshot>> all = store.ListSnapshots();
  if (!all.ok()) return all.error();
  std::vector<store::EmployeeSnapshot> snapshots;
  for (const auto& s : all.value()) {
    if (covering.count(s.org_unit_id)) snapshots.push_back(s);
  }
  if (snapshots.empty()) {
    return Error(ErrorCode::kNotFound, "det finns inget personaluttag för " + org->name,
                 "there is no employee register extract for " + org->name)
        .WithHint("Importera ett med kplan import employees FIL --org " + org->code + ".");
  }
  std::size_t chosen = snapshots.size() - 1;
  if (request.snapshot) {
    auto it = std::find_if(snapshots.begin(), snapshots.end(),
                           [&](const auto& s) { return s.extract_date == *request.snapshot; });
    if (it == snapshots.end()) {
      std::string dates;
      for (const auto& s : snapshots) dates += (dates.empty() ? "" : ", ") + FormatIsoDate(s.extract_date);
      return Error(ErrorCode::kNotFound,
                   "det finns inget uttag per " + FormatIsoDate(*request.snapshot) + " (finns: " + dates + ")",
                   "there is no extract dated " + FormatIsoDate(*request.snapshot) + " (available: " + dates + ")")
          .WithField("snapshot");
    }
    chosen = static_cast<std::size_t>(it - snapshots.begin());
  }

  FiguresReport report;
  report.org_code = org->code;
  report.org_name = org->name;
  report.pension_age = request.pension_age;
  report.snapshot = snapshots[chosen].extract_date;
  report.period_start = chosen > 0 ? snapshots[chosen - 1].extract_date : YearBefore(report.snapshot);

  Result<std::vector<EmployeeRecord>> employees = store.LoadEmployees(snapshots[chosen].id, org->id);
  if (!employees.ok()) return employees.error();
  const KeyFigureOptions options = Options(report.snapshot, report.period_start, request.pension_age);
  report.figures = ComputeKeyFigures(employees.value(), options);

  if (chosen > 0) {
    const auto& prev = snapshots[chosen - 1];
    Result<std::vector<EmployeeRecord>> before = store.LoadEmployees(prev.id, org->id);
    if (!before.ok()) return before.error();
    CalendarDate prev_start = chosen > 1 ? snapshots[chosen - 2].extract_date : YearBefore(prev.extract_date);
    report.previous_snapshot = prev.extract_date;
    report.previous = ComputeKeyFigures(before.value(), Options(prev.extract_date, prev_start, request.pension_age));
  }

  if (request.by != FiguresGrouping::kNone) {
    // Group key per employee: the category, or the child of `org` its unit lies under.
    std::map<std::string, std::string> group_of_unit, labels;
    if (request.by == FiguresGrouping::kUnit) {
      std::map<std::string, const OrgUnit*> by_code;
      for (const OrgUnit& u : units.value()) by_code[u.code] = &u;
      for (const OrgUnit& u : units.value()) {
        const OrgUnit* walk = &u;
        while (walk && walk->parent_id && *walk->parent_id != org->id && walk->id != org->id) {
          walk = by_id[*walk->parent_id];
        }
        if (walk) {
          group_of_unit[u.code] = walk->code;
          labels[walk->code] = walk->name;
        }
      }
    }
    std::map<std::string, std::vector<EmployeeRecord>> partitions;
    for (const EmployeeRecord& e : employees.value()) {
      std::string key = request.by == FiguresGrouping::kCategory ? e.category : group_of_unit[e.unit_code];
      if (request.by == FiguresGrouping::kCategory) labels[key] = key;
      partitions[key].push_back(e);
    }
    for (auto& [key, members] : partitions) {
      report.groups.push_back({key, labels[key], ComputeKeyFigures(members, options)});
    }
  }
  return report;
}

}  // namespace kplan::report
