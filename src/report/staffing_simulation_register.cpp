// The register side of the staffing simulation: which unit and extract, and
// the turnover the extract shows.

#include <algorithm>
#include <cmath>
#include <set>

#include "kplan/core/key_figures.hpp"
#include "staffing_simulation_parts.hpp"

namespace kplan::report::simulation {

Result<RegisterChoice> ChooseRegister(store::Store& store, const std::string& org_code,
                                      const std::optional<CalendarDate>& snapshot) {
  Result<std::vector<OrgUnit>> units = store.ListOrgUnits();
  if (!units.ok()) return units.error();
  std::map<std::int64_t, const OrgUnit*> by_id;
  const OrgUnit* org = nullptr;
  for (const OrgUnit& u : units.value()) {
    by_id[u.id] = &u;
    if (org_code.empty() ? !u.parent_id : u.code == org_code) org = &u;
  }
  if (!org) {
    if (org_code.empty()) return Error(ErrorCode::kNotFound, "organisationen är tom", "the organisation is empty");
    return Error(ErrorCode::kNotFound, "enheten \"" + org_code + "\" finns inte",
                 "the unit \"" + org_code + "\" does not exist")
        .WithValue(org_code)
        .WithField("org");
  }
  std::set<std::int64_t> covering;
  for (const OrgUnit* u = org; u; u = u->parent_id ? by_id[*u->parent_id] : nullptr) covering.insert(u->id);
  Result<std::vector<store::EmployeeSnapshot>> all = store.ListSnapshots();
  if (!all.ok()) return all.error();
  RegisterChoice choice{*org, {}, 0};
  for (const auto& s : all.value()) {
    if (covering.count(s.org_unit_id)) choice.snapshots.push_back(s);
  }
  if (choice.snapshots.empty()) {
    return Error(ErrorCode::kNotFound, "det finns inget personaluttag för " + org->name,
                 "there is no employee register extract for " + org->name)
        .WithHint("Importera ett med kplan import employees FIL --org " + org->code + ".");
  }
  choice.chosen = choice.snapshots.size() - 1;
  if (snapshot) {
    auto it = std::find_if(choice.snapshots.begin(), choice.snapshots.end(),
                           [&](const auto& s) { return s.extract_date == *snapshot; });
    if (it == choice.snapshots.end()) {
      std::string dates;
      for (const auto& s : choice.snapshots) dates += (dates.empty() ? "" : ", ") + FormatIsoDate(s.extract_date);
      return Error(ErrorCode::kNotFound,
                   "det finns inget uttag per " + FormatIsoDate(*snapshot) + " (finns: " + dates + ")",
                   "there is no extract dated " + FormatIsoDate(*snapshot) + " (available: " + dates + ")")
          .WithField("snapshot");
    }
    choice.chosen = static_cast<std::size_t>(it - choice.snapshots.begin());
  }
  return choice;
}

namespace {

// Leavers and the mean of staff at the period's start and end.
struct Flow {
  double leavers = 0;
  double staff = 0;

  double Rate(double overall) const { return (leavers + kShrinkPersons * overall) / (staff + kShrinkPersons); }
};

}  // namespace

TurnoverEstimate EstimateTurnover(std::span<const EmployeeRecord> employees, const CalendarDate& period_start,
                                  const CalendarDate& as_of, int first_retirement_age) {
  Flow all;
  std::map<std::string, Flow> by_category;
  std::array<Flow, kTurnoverAgeBands> by_band{};
  std::set<std::string> categories;
  for (const EmployeeRecord& e : employees) {
    categories.insert(e.category);
    if (e.form != EmploymentForm::kPermanent) continue;
    const int age = as_of.year - e.birth_year;
    if (age >= first_retirement_age) continue;  // their exits count as retirements
    const double present = (IsEmployedOn(e, period_start) ? 0.5 : 0.0) + (IsEmployedOn(e, as_of) ? 0.5 : 0.0);
    const double left = e.end && period_start < *e.end && *e.end <= as_of ? 1.0 : 0.0;
    Flow* flows[] = {&all, &by_category[e.category], &by_band[TurnoverAgeBand(age)]};
    for (Flow* f : flows) {
      f->staff += present;
      f->leavers += left;
    }
  }
  TurnoverEstimate estimate;
  estimate.found = all.leavers > 0 && all.staff > 0;
  estimate.overall = estimate.found ? all.leavers / all.staff : kDefaultTurnover;
  const double overall = estimate.overall;
  for (const std::string& name : categories) {
    std::array<double, kTurnoverAgeBands> rates{};
    const auto it = by_category.find(name);
    const double category = estimate.found && it != by_category.end() ? it->second.Rate(overall) : overall;
    for (std::size_t b = 0; b < kTurnoverAgeBands; ++b) {
      const double band = estimate.found ? by_band[b].Rate(overall) : overall;
      rates[b] = std::clamp(overall > 0 ? category * band / overall : 0.0, 0.0, 0.9);
    }
    estimate.by_category[name] = rates;
  }
  return estimate;
}

}  // namespace kplan::report::simulation
