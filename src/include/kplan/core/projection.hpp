#pragma once
// Personalprognos: staffing year by year (seed 002).
//
// For each category and year t = 1..T (calendar year y_t = start year + t):
//   R_t  retirements: staff born in or before y_t − pension age (so staff
//        already past the pension age at the start retire in year 1)
//   L_t  = τ · (H_{t−1} − R_t)               leavers by turnover τ
//   D_t  = D_0 · (1 + ε · (P_t / P_0 − 1))   need, following a driver series P
//        (total population, or an age band such as 80+ for elderly care or
//        1–5 for preschool) with elasticity ε; never below 0
//   recruitment_t = max(0, D_t − (H_{t−1} − R_t − L_t))
//   H_t  = H_{t−1} − R_t − L_t + recruitment_t
// where H_0 = D_0 = today's headcount. The increase D_t − D_0 costs
//   (D_t − D_0) · monthly salary · 12 · (1 + personnel overhead)   kr a year,
// and a share α of a positive increase may be covered by other solutions
// ("Nya vägar till kompetensförsörjning": 30 % in seed 002). That share is
// reported beside the need, not subtracted from it: the board decides.
//
// Leavers are taken evenly from every birth year, and recruits join at a fixed
// age (default 35), so that they too can retire in a long projection. Staff
// are aggregated by birth year before projecting: 50,000 employees are a few
// dozen cohorts, and ten years of projection take microseconds.

#include <cstddef>
#include <span>
#include <string>
#include <vector>

namespace kplan {

// Headcount per birth year.
class AgeCohorts {
 public:
  static AgeCohorts FromBirthYears(std::span<const int> birth_years);

  // Requires count ≥ 0.
  void Add(int birth_year, double count);

  bool empty() const { return counts_.empty(); }
  int first_birth_year() const { return first_; }  // requires !empty()
  int last_birth_year() const { return first_ + static_cast<int>(counts_.size()) - 1; }
  double CountBornIn(int birth_year) const;
  double Total() const;

 private:
  int first_ = 0;
  std::vector<double> counts_;  // counts_[i]: born in first_ + i
};

struct ProjectionSettings {
  int start_year = 0;    // year 0: the year of today's headcount
  int years = 10;        // T ≥ 1
  int pension_age = 67;  // 65–69 (seed 003 uses 68)
  int recruit_age = 35;  // age of new recruits, below the pension age
  double other_solutions_share = 0;  // α, 0–1
};

// P_t for t = 0..T; values[0] > 0.
struct DriverSeries {
  std::string name;
  std::vector<double> values;
};

struct ProjectionCategory {
  std::string name;
  AgeCohorts staff;
  double turnover = 0;        // τ per year, 0–1
  std::size_t driver = 0;     // index into ProjectionInput::drivers
  double elasticity = 1;      // ε
  double monthly_salary = 0;  // kr per month and full-time employee
  double overhead = 0;        // personnel overhead (PO) as a fraction: 0.53 for 53 %

  double YearlyCostPerFte() const { return monthly_salary * 12.0 * (1.0 + overhead); }
};

struct ProjectionInput {
  ProjectionSettings settings;
  std::vector<DriverSeries> drivers;
  std::vector<ProjectionCategory> categories;
};

struct ProjectionYear {
  int year = 0;
  double headcount_start = 0;  // H_{t−1}
  double retirements = 0;      // R_t
  double leavers = 0;          // L_t
  double need = 0;             // D_t
  double recruitment = 0;
  double headcount_end = 0;    // H_t
  double increase = 0;         // D_t − D_0
  double cost_of_increase = 0;       // kr per year
  double other_solutions = 0;        // α · max(0, D_t − D_0), persons
  double other_solutions_cost = 0;   // kr per year
};

struct StaffingProjection {
  std::string name;
  double headcount = 0;            // H_0
  double yearly_cost_per_fte = 0;  // 0 for the total over categories
  std::vector<ProjectionYear> years;

  // Sums over the whole period.
  double TotalRetirements() const;
  double TotalLeavers() const;
  double TotalRecruitment() const;
};

struct ProjectionResult {
  ProjectionSettings settings;
  std::vector<StaffingProjection> categories;
  StaffingProjection total;  // year by year, summed over the categories
};

// One category. A driver shorter than T + 1 values is held at its last value.
StaffingProjection ProjectCategory(const ProjectionCategory& category, const DriverSeries& driver,
                                   const ProjectionSettings& settings);

// Every category, and their sum. Requires each category's driver index to be
// valid for input.drivers.
ProjectionResult ProjectStaffing(const ProjectionInput& input);

}  // namespace kplan
