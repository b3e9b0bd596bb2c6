// BuildFiguresReport: the key figures of a unit from the register extract a
// request names, compared with the one before, optionally split in groups.

#include "kplan/app/figures.hpp"

#include <map>

#include "kplan/core/retirement_table.hpp"
#include "register_choice.hpp"
#include "unit_lookup.hpp"

namespace kplan::app {
namespace {

using detail::RegisterChoice;
using report::FiguresReport;

KeyFigureOptions Options(const CalendarDate& as_of, const CalendarDate& period_start,
                         int pension_age) {
  KeyFigureOptions o;
  o.as_of = as_of;
  o.period_start = period_start;
  o.pension_age = pension_age;
  return o;
}

// The figures of the extract before the chosen one, when there is one.
Status AddPrevious(store::Store& store, const RegisterChoice& c, int pension_age, FiguresReport& report) {
  if (c.chosen == 0) return Ok();
  const RegisterChoice before{c.unit, c.snapshots, c.chosen - 1};
  Result<std::vector<EmployeeRecord>> employees = store.LoadEmployees(before.Chosen().id, c.unit.id);
  if (!employees.ok()) return employees.error();
  report.previous_snapshot = before.Chosen().extract_date;
  report.previous = ComputeKeyFigures(employees.value(),
                                      Options(before.Chosen().extract_date, before.PeriodStart(), pension_age));
  return Ok();
}

// The groups of a split: per category, or per unit directly below the org
// (the org's own staff form a group of their own).
void AddGroups(const OrgTree& tree, const OrgUnit& org, FiguresGrouping by,
               const std::vector<EmployeeRecord>& employees, const KeyFigureOptions& options,
               FiguresReport& report) {
  std::map<std::string, std::string> group_of_unit, labels;
  if (by == FiguresGrouping::kUnit) {
    for (const OrgUnit* u : tree.Subtree(org.id)) {
      const OrgUnit* group = u->id == org.id ? u : tree.ChildOnPathTo(org.id, u->id);
      group_of_unit[u->code] = group->code;
      labels[group->code] = group->name;
    }
  }
  std::map<std::string, std::vector<EmployeeRecord>> partitions;
  for (const EmployeeRecord& e : employees) {
    std::string key = by == FiguresGrouping::kCategory ? e.category : group_of_unit[e.unit_code];
    if (by == FiguresGrouping::kCategory) labels[key] = key;
    partitions[key].push_back(e);
  }
  for (auto& [key, members] : partitions) {
    report.groups.push_back({key, labels[key], ComputeKeyFigures(members, options)});
  }
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
  Result<OrgTree> tree = detail::LoadOrgTree(store);
  if (!tree.ok()) return tree.error();
  Result<RegisterChoice> choice = detail::ChooseRegister(store, tree.value(), request.org_code, request.snapshot);
  if (!choice.ok()) return choice.error();
  const RegisterChoice& c = choice.value();

  FiguresReport report;
  report.org_code = c.unit.code;
  report.org_name = c.unit.name;
  report.pension_age = request.pension_age;
  report.snapshot = c.Chosen().extract_date;
  report.period_start = c.PeriodStart();
  Result<std::vector<EmployeeRecord>> employees = store.LoadEmployees(c.Chosen().id, c.unit.id);
  if (!employees.ok()) return employees.error();
  const KeyFigureOptions options = Options(report.snapshot, report.period_start, request.pension_age);
  report.figures = ComputeKeyFigures(employees.value(), options);
  if (Status s = AddPrevious(store, c, request.pension_age, report); !s.ok()) return s.error();
  if (request.by != FiguresGrouping::kNone) {
    AddGroups(tree.value(), c.unit, request.by, employees.value(), options, report);
  }
  return report;
}

}  // namespace kplan::app
