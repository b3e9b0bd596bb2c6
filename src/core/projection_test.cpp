#include "kplan/core/projection.hpp"

#include <gtest/gtest.h>

#include <random>

#include "kplan/core/swedish_text.hpp"

namespace kplan {
namespace {

// A worked example small enough to check by hand (see the comments per year).
ProjectionInput WorkedExample() {
  ProjectionInput input;
  input.settings = {2020, 3, 67, 35, 0.3};
  input.drivers.push_back({"Befolkning", {1000, 1010, 1020, 1050}});
  ProjectionCategory category;
  category.name = "Undersköterska";
  category.staff.Add(1954, 4);   // turns 67 in 2021
  category.staff.Add(1955, 2);   // turns 67 in 2022
  category.staff.Add(1990, 94);
  category.turnover = 0.10;
  category.monthly_salary = 30000;
  category.overhead = 0.40;
  input.categories.push_back(category);
  return input;
}

TEST(ProjectionTest, WorkedExampleYearByYear) {
  const ProjectionResult result = ProjectStaffing(WorkedExample());
  ASSERT_EQ(result.categories.size(), 1u);
  const StaffingProjection& p = result.categories[0];
  EXPECT_DOUBLE_EQ(p.headcount, 100);
  EXPECT_DOUBLE_EQ(p.yearly_cost_per_fte, 504000);
  ASSERT_EQ(p.years.size(), 3u);

  // 2021: 4 retire; 10 % of the other 96 leave; need 101; 86.4 stay.
  EXPECT_EQ(p.years[0].year, 2021);
  EXPECT_DOUBLE_EQ(p.years[0].retirements, 4);
  EXPECT_DOUBLE_EQ(p.years[0].leavers, 9.6);
  EXPECT_DOUBLE_EQ(p.years[0].need, 101);
  EXPECT_NEAR(p.years[0].recruitment, 14.6, 1e-9);
  EXPECT_DOUBLE_EQ(p.years[0].headcount_end, 101);
  // 2022: the 1955 cohort, thinned by last year's turnover, retires: 1.8.
  EXPECT_NEAR(p.years[1].retirements, 1.8, 1e-9);
  EXPECT_NEAR(p.years[1].leavers, 9.92, 1e-9);
  EXPECT_NEAR(p.years[1].recruitment, 12.72, 1e-9);
  // 2023: nobody reaches 67; need 105, an increase of 5 at 504 000 kr each.
  EXPECT_DOUBLE_EQ(p.years[2].retirements, 0);
  EXPECT_NEAR(p.years[2].recruitment, 13.2, 1e-9);
  EXPECT_NEAR(p.years[2].increase, 5, 1e-9);
  EXPECT_NEAR(p.years[2].cost_of_increase, 2520000, 1e-6);
  EXPECT_NEAR(p.years[2].other_solutions, 1.5, 1e-9);
  EXPECT_NEAR(p.years[2].other_solutions_cost, 756000, 1e-6);
  EXPECT_NEAR(p.TotalRetirements(), 5.8, 1e-9);
  EXPECT_NEAR(p.TotalRecruitment(), 40.52, 1e-9);
  EXPECT_NEAR(result.total.TotalLeavers(), p.TotalLeavers(), 1e-9);
}

TEST(ProjectionTest, Seed002IncreaseOf49CostsAbout38Million) {
  // Seed 002: a need that grows by 49 people 2020–2023 costs 37,8 miljoner
  // kronor; 30 % is to be covered by other solutions (about 11 miljoner).
  ProjectionInput input;
  input.settings = {2020, 3, 67, 35, 0.30};
  input.drivers.push_back({"Befolkning", {100000, 103000, 106500, 110000}});
  ProjectionCategory care;
  care.name = "Vård och omsorg";
  care.staff.Add(1980, 490);
  care.monthly_salary = 42000;
  care.overhead = 0.53;
  input.categories.push_back(care);
  const ProjectionResult result = ProjectStaffing(input);
  const ProjectionYear& y2023 = result.total.years.back();
  EXPECT_EQ(y2023.year, 2023);
  EXPECT_NEAR(y2023.increase, 49, 1e-9);
  EXPECT_EQ(FormatKronor(y2023.cost_of_increase), "37,8 mnkr");
  EXPECT_EQ(FormatKronor(y2023.other_solutions_cost), "11,3 mnkr");
}

TEST(ProjectionTest, StaffPastPensionAgeRetireInTheFirstYear) {
  ProjectionCategory category;
  category.staff.Add(1950, 3);  // 70 at the start, still employed
  category.staff.Add(1985, 7);
  const StaffingProjection p =
      ProjectCategory(category, {"Flat", {1, 1}}, {2020, 2, 65, 35, 0});
  EXPECT_DOUBLE_EQ(p.years[0].retirements, 3);
  EXPECT_DOUBLE_EQ(p.years[0].recruitment, 3);
  EXPECT_DOUBLE_EQ(p.years[1].retirements, 0);
  EXPECT_DOUBLE_EQ(p.years[1].need, 10);  // a short driver is held at its last value
}

TEST(ProjectionTest, NeedFollowsTheDriverWithElasticity) {
  ProjectionCategory category;
  category.staff.Add(1980, 100);
  category.elasticity = 0.5;
  const StaffingProjection p = ProjectCategory(category, {"80+", {2000, 2400}}, {2020, 1, 67, 35, 0});
  EXPECT_DOUBLE_EQ(p.years[0].need, 110);  // the driver grows 20 %, the need half as much
}

TEST(AgeCohortsTest, AggregatesEmployeesByBirthYear) {
  std::mt19937 random(7);
  std::uniform_int_distribution<int> birth_year(1957, 2004);
  std::vector<int> employees(50000);
  for (int& year : employees) year = birth_year(random);
  const AgeCohorts cohorts = AgeCohorts::FromBirthYears(employees);
  EXPECT_DOUBLE_EQ(cohorts.Total(), 50000);
  EXPECT_GE(cohorts.first_birth_year(), 1957);
  EXPECT_LE(cohorts.last_birth_year(), 2004);
  EXPECT_DOUBLE_EQ(cohorts.CountBornIn(1900), 0);
}

// Property: head count is conserved every year for random staff and drivers.
TEST(ProjectionPropertyTest, EveryoneIsAccountedFor) {
  std::mt19937 random(2002);
  std::uniform_int_distribution<int> birth_year(1950, 2003);
  std::uniform_real_distribution<double> rate(0, 0.25), driver(0.8, 1.3);
  for (int round = 0; round < 200; ++round) {
    ProjectionInput input;
    input.settings = {2024, 10, 65 + round % 5, 30, 0.3};
    DriverSeries series{"P", {1000}};
    for (int t = 1; t <= 10; ++t) series.values.push_back(1000 * driver(random));
    input.drivers.push_back(series);
    ProjectionCategory category;
    for (int i = 0; i < 200; ++i) category.staff.Add(birth_year(random), 1);
    category.turnover = rate(random);
    input.categories.push_back(category);
    const ProjectionResult result = ProjectStaffing(input);
    for (const ProjectionYear& y : result.total.years) {
      EXPECT_NEAR(y.headcount_end,
                  y.headcount_start - y.retirements - y.leavers + y.recruitment, 1e-6);
      EXPECT_GE(y.headcount_end, y.need - 1e-6);
      EXPECT_GE(y.recruitment, 0);
    }
  }
}

}  // namespace
}  // namespace kplan
