// Successionsplanering for the demo: key positions of the förvaltningar with
// an incumbent and a successor drawn from the latest register snapshot, both
// by their pseudonymous employee ids (never names). The incumbent is the
// oldest suitable person of the part of the organisation the position leads
// (so that retirements come within the plan's horizon; anyone there when a
// small demo has no manager in it), retiring at 67; the
// successor a younger person there at a high competence level or a manager.
// Readiness is set per position, mixed.

#include <algorithm>

#include "demo_parts.hpp"

namespace kplan::cli::demo {
namespace {

constexpr int kPensionAge = 67;

struct Position {
  const char* unit;       // where the position sits
  const char* title;
  const char* pool;       // the subtree (unit code prefix) people are drawn from
  const char* category;   // "": managers of the pool
  const char* readiness;  // "none": no successor named
};

constexpr Position kPositions[] = {
    {"VOF", "Förvaltningschef vård och omsorg", "VOF", "", "1_2_years"},
    {"VOF-HT", "Avdelningschef hemtjänst", "VOF-HT", "", "ready_now"},
    {"VOF-SB", "Avdelningschef särskilt boende", "VOF-SB", "", "3_5_years"},
    {"VOF-HSL", "Medicinskt ansvarig sjuksköterska (MAS)", "VOF-HSL", "Sjuksköterska", "none"},
    {"VOF-HT-C", "Enhetschef Hemtjänst Centrum", "VOF-HT-C", "", "1_2_years"},
    {"BUF", "Förvaltningschef barn och utbildning", "BUF", "", "3_5_years"},
    {"BUF-GY-EX", "Rektor Exempelby gymnasium", "BUF-GY", "", "ready_now"},
    {"SF", "Socialchef", "SF", "", "1_2_years"},
    {"SF-BU", "Avdelningschef barn och unga", "SF-BU", "", "none"},
    {"KLF-HR", "HR-chef", "KLF", "", "3_5_years"},
};

bool InPool(const std::string& unit, const std::string& pool) {
  return unit == pool || (unit.size() > pool.size() && unit.compare(0, pool.size(), pool) == 0 &&
                          unit[pool.size()] == '-');
}

}  // namespace

std::vector<store::SuccessionEntry> DemoSuccession(const DemoSnapshot& latest, Random& rng) {
  const int year = latest.extract_date.year;
  std::vector<const EmployeeRecord*> staff;
  for (const EmployeeRecord& e : latest.employees) {
    if (IsMonthlyPaid(e) && IsEmployedOn(e, latest.extract_date)) staff.push_back(&e);
  }
  std::vector<std::string> used;
  auto unused = [&](const EmployeeRecord& e) {
    return std::find(used.begin(), used.end(), e.employee_id) == used.end();
  };

  std::vector<store::SuccessionEntry> out;
  for (const Position& p : kPositions) {
    const std::string category = p.category;
    // A small demo may have no manager in the pool: then anyone there.
    auto fits = [&](const EmployeeRecord& e, bool strict) {
      return InPool(e.unit_code, p.pool) && unused(e) &&
             (!strict || (category.empty() ? e.manager : e.category == category));
    };
    // Incumbent: the oldest who has not reached the pension age (by id on a tie).
    const EmployeeRecord* incumbent = nullptr;
    for (bool strict : {true, false}) {
      for (const EmployeeRecord* e : staff) {
        if (!fits(*e, strict) || year - e->birth_year >= kPensionAge - 1) continue;
        if (incumbent == nullptr || e->birth_year < incumbent->birth_year) incumbent = e;
      }
      if (incumbent != nullptr) break;
    }
    if (incumbent == nullptr) continue;
    used.push_back(incumbent->employee_id);

    store::SuccessionEntry entry;
    entry.unit_code = p.unit;
    entry.position_title = p.title;
    entry.incumbent_ref = incumbent->employee_id;
    entry.retirement_year = incumbent->birth_year + kPensionAge;
    entry.readiness = p.readiness;
    if (entry.readiness != "none") {
      // Successor: someone 30–55 in the pool, a manager or at Mycket hög.
      std::vector<const EmployeeRecord*> candidates;
      for (const EmployeeRecord* e : staff) {
        const int age = year - e->birth_year;
        if (!InPool(e->unit_code, p.pool) || !unused(*e) || age < 30 || age > 55) continue;
        if (e->manager || (e->competence_level && *e->competence_level == 3)) {
          candidates.push_back(e);
        }
      }
      if (!candidates.empty()) {
        const EmployeeRecord* successor =
            candidates[static_cast<std::size_t>(rng.Between(0, static_cast<int>(candidates.size()) - 1))];
        entry.successor_ref = successor->employee_id;
        used.push_back(successor->employee_id);
      } else {
        entry.readiness = "none";
      }
    }
    out.push_back(std::move(entry));
  }
  return out;
}

}  // namespace kplan::cli::demo
