#include "kplan/core/projection.hpp"

#include <algorithm>
#include <numeric>

namespace kplan {

AgeCohorts AgeCohorts::FromBirthYears(std::span<const int> birth_years) {
  AgeCohorts cohorts;
  if (birth_years.empty()) return cohorts;
  const auto [oldest, youngest] = std::minmax_element(birth_years.begin(), birth_years.end());
  cohorts.first_ = *oldest;
  cohorts.counts_.assign(static_cast<std::size_t>(*youngest - *oldest) + 1, 0.0);
  for (int year : birth_years) cohorts.counts_[static_cast<std::size_t>(year - *oldest)] += 1.0;
  return cohorts;
}

void AgeCohorts::Add(int birth_year, double count) {
  if (counts_.empty()) {
    first_ = birth_year;
    counts_.push_back(0.0);
  } else if (birth_year < first_) {
    counts_.insert(counts_.begin(), static_cast<std::size_t>(first_ - birth_year), 0.0);
    first_ = birth_year;
  } else if (birth_year > last_birth_year()) {
    counts_.resize(static_cast<std::size_t>(birth_year - first_) + 1, 0.0);
  }
  counts_[static_cast<std::size_t>(birth_year - first_)] += count;
}

double AgeCohorts::CountBornIn(int birth_year) const {
  if (empty() || birth_year < first_ || birth_year > last_birth_year()) return 0.0;
  return counts_[static_cast<std::size_t>(birth_year - first_)];
}

double AgeCohorts::Total() const { return std::accumulate(counts_.begin(), counts_.end(), 0.0); }

namespace {

template <typename Field>
double SumOver(const std::vector<ProjectionYear>& years, Field field) {
  double sum = 0;
  for (const ProjectionYear& year : years) sum += year.*field;
  return sum;
}

double DriverAt(const DriverSeries& driver, int t) {
  if (driver.values.empty()) return 1.0;
  const auto last = static_cast<int>(driver.values.size()) - 1;
  return driver.values[static_cast<std::size_t>(std::min(t, last))];
}

// The staff by birth year, widened to hold every recruit of the period.
struct WorkingCohorts {
  int first_birth_year = 0;
  std::vector<double> counts;

  double& Born(int birth_year) {
    return counts[static_cast<std::size_t>(birth_year - first_birth_year)];
  }
};

WorkingCohorts Widen(const AgeCohorts& staff, const ProjectionSettings& s) {
  const int oldest_recruit = s.start_year + 1 - s.recruit_age;
  const int youngest_recruit = s.start_year + std::max(s.years, 1) - s.recruit_age;
  const int first = staff.empty() ? oldest_recruit : std::min(staff.first_birth_year(), oldest_recruit);
  const int last = staff.empty() ? youngest_recruit : std::max(staff.last_birth_year(), youngest_recruit);
  WorkingCohorts cohorts{first, std::vector<double>(static_cast<std::size_t>(last - first) + 1, 0.0)};
  for (int year = first; !staff.empty() && year <= last; ++year) {
    cohorts.Born(year) = staff.CountBornIn(year);
  }
  return cohorts;
}

}  // namespace

double StaffingProjection::TotalRetirements() const {
  return SumOver(years, &ProjectionYear::retirements);
}
double StaffingProjection::TotalLeavers() const { return SumOver(years, &ProjectionYear::leavers); }
double StaffingProjection::TotalRecruitment() const {
  return SumOver(years, &ProjectionYear::recruitment);
}

StaffingProjection ProjectCategory(const ProjectionCategory& category, const DriverSeries& driver,
                                   const ProjectionSettings& settings) {
  StaffingProjection projection;
  projection.name = category.name;
  projection.headcount = category.staff.Total();
  projection.yearly_cost_per_fte = category.YearlyCostPerFte();

  WorkingCohorts cohorts = Widen(category.staff, settings);
  std::size_t retired = 0;  // cohorts [0, retired) have all retired
  const double need_0 = projection.headcount;
  const double driver_0 = DriverAt(driver, 0);
  double headcount = projection.headcount;

  for (int t = 1; t <= settings.years; ++t) {
    ProjectionYear row;
    row.year = settings.start_year + t;
    row.headcount_start = headcount;

    const int born_by = row.year - settings.pension_age;
    for (; retired < cohorts.counts.size() &&
           cohorts.first_birth_year + static_cast<int>(retired) <= born_by;
         ++retired) {
      row.retirements += cohorts.counts[retired];
      cohorts.counts[retired] = 0;
    }

    row.leavers = category.turnover * (headcount - row.retirements);
    for (std::size_t i = retired; i < cohorts.counts.size(); ++i) {
      cohorts.counts[i] *= 1.0 - category.turnover;
    }

    const double growth = driver_0 > 0 ? DriverAt(driver, t) / driver_0 - 1.0 : 0.0;
    row.need = std::max(0.0, need_0 * (1.0 + category.elasticity * growth));
    const double staying = headcount - row.retirements - row.leavers;
    row.recruitment = std::max(0.0, row.need - staying);
    cohorts.Born(row.year - settings.recruit_age) += row.recruitment;
    headcount = staying + row.recruitment;
    row.headcount_end = headcount;

    row.increase = row.need - need_0;
    row.cost_of_increase = row.increase * projection.yearly_cost_per_fte;
    row.other_solutions = settings.other_solutions_share * std::max(0.0, row.increase);
    row.other_solutions_cost = row.other_solutions * projection.yearly_cost_per_fte;
    projection.years.push_back(row);
  }
  return projection;
}

namespace {

void AddInto(StaffingProjection& total, const StaffingProjection& part) {
  total.headcount += part.headcount;
  if (total.years.empty()) {
    total.years = part.years;
    return;
  }
  for (std::size_t t = 0; t < total.years.size() && t < part.years.size(); ++t) {
    ProjectionYear& sum = total.years[t];
    const ProjectionYear& add = part.years[t];
    sum.headcount_start += add.headcount_start;
    sum.retirements += add.retirements;
    sum.leavers += add.leavers;
    sum.need += add.need;
    sum.recruitment += add.recruitment;
    sum.headcount_end += add.headcount_end;
    sum.increase += add.increase;
    sum.cost_of_increase += add.cost_of_increase;
    sum.other_solutions += add.other_solutions;
    sum.other_solutions_cost += add.other_solutions_cost;
  }
}

}  // namespace

ProjectionResult ProjectStaffing(const ProjectionInput& input) {
  ProjectionResult result;
  result.settings = input.settings;
  result.total.name = "Totalt";
  const DriverSeries no_driver;  // held constant; only reached when the precondition is broken
  for (const ProjectionCategory& category : input.categories) {
    const DriverSeries& driver =
        category.driver < input.drivers.size() ? input.drivers[category.driver] : no_driver;
    result.categories.push_back(ProjectCategory(category, driver, input.settings));
    AddInto(result.total, result.categories.back());
  }
  return result;
}

}  // namespace kplan
