#include "register_choice.hpp"

#include <algorithm>
#include <set>

#include "unit_lookup.hpp"

namespace kplan::app::detail {
namespace {

Error NoExtractDated(const CalendarDate& date, const std::vector<store::EmployeeSnapshot>& snapshots) {
  std::string dates;
  for (const auto& s : snapshots) dates += (dates.empty() ? "" : ", ") + FormatIsoDate(s.extract_date);
  return Error(ErrorCode::kNotFound,
               "det finns inget uttag per " + FormatIsoDate(date) + " (finns: " + dates + ")",
               "there is no extract dated " + FormatIsoDate(date) + " (available: " + dates + ")")
      .WithField("snapshot");
}

}  // namespace

CalendarDate YearBefore(const CalendarDate& date) {
  CalendarDate out{date.year - 1, date.month, date.day};
  if (!IsValidDate(out)) out.day = 28;  // 29 February
  return out;
}

Result<std::vector<store::EmployeeSnapshot>> CoveringSnapshots(store::Store& store, const OrgTree& tree,
                                                               const OrgUnit& unit) {
  std::set<std::int64_t> covering{unit.id};
  for (const OrgUnit* a : tree.Ancestors(unit.id)) covering.insert(a->id);
  Result<std::vector<store::EmployeeSnapshot>> all = store.ListSnapshots();
  if (!all.ok()) return all.error();
  std::vector<store::EmployeeSnapshot> out;
  for (const auto& s : all.value()) {
    if (covering.count(s.org_unit_id)) out.push_back(s);
  }
  return out;
}

Result<RegisterChoice> ChooseRegister(store::Store& store, const OrgTree& tree, const std::string& org_code,
                                      const std::optional<CalendarDate>& snapshot) {
  Result<OrgUnit> org = FindOrgUnit(tree, org_code);
  if (!org.ok()) return org.error();
  Result<std::vector<store::EmployeeSnapshot>> snapshots = CoveringSnapshots(store, tree, org.value());
  if (!snapshots.ok()) return snapshots.error();
  RegisterChoice choice{org.value(), std::move(snapshots).value(), 0};
  if (choice.snapshots.empty()) {
    return Error(ErrorCode::kNotFound, "det finns inget personaluttag för " + choice.unit.name,
                 "there is no employee register extract for " + choice.unit.name)
        .WithHint("Importera ett med kplan import employees FIL --org " + choice.unit.code + ".");
  }
  choice.chosen = choice.snapshots.size() - 1;
  if (snapshot) {
    auto it = std::find_if(choice.snapshots.begin(), choice.snapshots.end(),
                           [&](const auto& s) { return s.extract_date == *snapshot; });
    if (it == choice.snapshots.end()) return NoExtractDated(*snapshot, choice.snapshots);
    choice.chosen = static_cast<std::size_t>(it - choice.snapshots.begin());
  }
  return choice;
}

}  // namespace kplan::app::detail
