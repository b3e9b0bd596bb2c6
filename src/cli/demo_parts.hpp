#pragma once
// The parts the demo generator is built from (private to demo_*.cpp):
// a portable random number generator, date arithmetic, and the tables that
// describe Exempelby kommun (occupational categories, the organisation tree
// and how each unit is staffed).
//
// Portability: every number the generator draws comes from Random below
// (xoshiro256** seeded with splitmix64, both written out here), and the
// arithmetic on those numbers uses + − × ÷ and sqrt only, which IEEE 754
// rounds the same everywhere. No std::*_distribution, no exp/log/cos, whose
// results may differ in the last bit between standard libraries.

#include <array>
#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "demo_data.hpp"
#include "kplan/core/calendar_date.hpp"
#include "kplan/core/org_unit.hpp"

namespace kplan::cli::demo {

// ---- Random numbers --------------------------------------------------------

class Random {
 public:
  explicit Random(std::uint64_t seed);

  std::uint64_t Next();
  // Uniform in [0, 1), 53 random bits.
  double Uniform();
  // Uniform integer in [lo, hi], both included (lo <= hi).
  int Between(int lo, int hi);
  bool Chance(double probability) { return Uniform() < probability; }
  // An index drawn with the given (non-negative, not all zero) weights.
  std::size_t Pick(std::span<const double> weights);

 private:
  std::array<std::uint64_t, 4> s_{};
};

// Rounds half away from zero to `decimals` decimals, deterministically.
double RoundTo(double value, int decimals);

// ---- Dates -----------------------------------------------------------------

// Days since 1970-01-01 (negative before), for valid dates.
int DaysFromCivil(const CalendarDate& date);
CalendarDate CivilFromDays(int days);
inline CalendarDate AddDays(const CalendarDate& date, int days) {
  return CivilFromDays(DaysFromCivil(date) + days);
}
// The same day one year earlier (28 February for 29 February).
CalendarDate OneYearBefore(const CalendarDate& date);

// ---- Exempelby's occupational categories -----------------------------------

// The four förvaltningar, in the order of kForvaltningCodes.
enum class Sector { kCare, kSchool, kSocial, kAdmin };
inline constexpr std::array<const char*, 4> kForvaltningCodes = {"VOF", "BUF", "SF", "KLF"};

// Age at the first extract (stock) or at hiring, drawn band by band.
struct AgeBand {
  int from;
  int to;  // inclusive
  double weight;
};
enum class AgeProfile { kStandard, kYoung, kSenior };

struct CategorySpec {
  const char* name;  // the municipality's own name
  const char* ssyk;  // SSYK 2012, or "" where no single code fits
  Sector sector;
  double women;      // share of women
  double part_time;  // share of monthly-paid women below 100 % (men: 0.6 of it)
  double temporary;  // share visstid among those employed on an extract date
  double hourly;     // share timavlönade among them
  double turnover;   // yearly share of permanent staff leaving, retirements aside
  double qualified;  // share with the formal qualification, < 0: none applies
  double qualified_hires;
  double qualifying;  // yearly share of the unqualified who qualify
  bool levelled;      // competence levels (Viss … Mycket hög) are mapped
  bool manager;       // first-line managers
  AgeProfile age;
};

// The 30 categories. Index = position.
std::span<const CategorySpec> Categories();
std::size_t CategoryIndex(const std::string& name);  // aborts on an unknown name (a table bug)

// ---- Exempelby's organisation ------------------------------------------------

struct StaffLine {
  std::size_t category;
  double headcount;  // at the default size of about 6,000 employees
};

struct UnitPlan {
  NewOrgUnit unit;
  Sector sector = Sector::kAdmin;    // of the förvaltning the unit belongs to
  std::vector<StaffLine> staff;      // empty: no employees of its own
  double employees_per_manager = 0;  // managers added to a staffed unit
  std::size_t manager_category = 0;
  double yearly_growth = 0;  // staffing change per year (0.02 = +2 %)
};

// The whole tree, parents before children, with each unit's staffing.
const std::vector<UnitPlan>& Organisation();

// ---- The generators --------------------------------------------------------

// The employee register: one snapshot per extract date (demo_register.cpp).
std::vector<DemoSnapshot> GenerateRegister(const DemoOptions& options, Random& rng);

// Kartläggning, population forecast, indicators, activities and risks, the
// first and the indicators consistent with the register (demo_planning.cpp).
void GeneratePlanning(const DemoOptions& options, Random& rng, DemoMunicipality& demo);

// The aktivitetsplan (root: the kommun's unit code) and the riskanalys of a
// plan year (demo_activities.cpp).
// The aktivitetsplan around plan year `plan_year`: the activities' dates are
// written for 2025 and move with it, so that as many are under way, done and
// overdue in any plan year.
std::vector<store::Activity> DemoActivities(const std::string& root, int plan_year);
std::vector<store::Risk> DemoRisks(int year);

// Need parameters for every category of every inventory of `demo` (its
// inventories and population set): growth per horizon (2 and 5 years) from
// the population forecast of the group the category serves, target shares
// in whole percent summing to 100 that ask for more at Hög and Mycket hög
// than today (demo_need.cpp).
std::vector<DemoNeed> DemoNeeds(const DemoMunicipality& demo, Random& rng);

// Goals per förvaltning (and one for the kommun, root) with the names of the
// indicators that follow them up, and manual assessments (with comments) of
// a few of `indicators`' outcomes, mostly of the plan year `year`
// (demo_goals.cpp).
std::vector<DemoGoal> DemoGoals(const std::string& root);
std::vector<DemoAssessment> DemoAssessments(const std::vector<store::IndicatorOutcome>& indicators,
                                            int year);

// The plan texts of the förvaltningar with a kartläggning in `year`
// (demo_texts.cpp).
std::vector<DemoText> DemoTexts(const std::vector<DemoInventory>& inventories, int year);

// Key positions with incumbents and successors drawn from the snapshot's
// monthly-paid staff (demo_succession.cpp); positions whose part of the
// organisation has no one suitable are left out.
std::vector<store::SuccessionEntry> DemoSuccession(const DemoSnapshot& latest, Random& rng);

// Writes needs, texts, goals (linking the imported indicators they name),
// assessments and succession; after the indicators have been imported
// (demo_write_modules.cpp). Stops at the first error.
Status WritePlanModules(const DemoMunicipality& demo, store::Store& store,
                        const std::map<std::string, std::int64_t>& unit_ids,
                        std::string_view actor);

}  // namespace kplan::cli::demo
