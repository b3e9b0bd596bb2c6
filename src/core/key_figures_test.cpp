#include "kplan/core/key_figures.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace kplan {
namespace {

using F = EmploymentForm;
using G = Gender;

CalendarDate D(int y, int m, int d) { return {y, m, d}; }

EmployeeRecord Person(std::string id, F form, int born, G gender, double fte, CalendarDate start,
                      std::optional<CalendarDate> end = std::nullopt) {
  EmployeeRecord e;
  e.employee_id = std::move(id);
  e.form = form;
  e.birth_year = born;
  e.gender = gender;
  e.fte_percent = fte;
  e.start = start;
  e.end = end;
  return e;
}

// A register of seven as of 31 October 2020, worked by hand; pension age 68
// as in Stockholm's plan (seed 003).
class KeyFiguresTest : public ::testing::Test {
 protected:
  void SetUp() override {
    register_ = {
        Person("e1", F::kPermanent, 1955, G::kWoman, 100, D(2000, 1, 1)),
        Person("e2", F::kPermanent, 1985, G::kMan, 75, D(2010, 5, 1)),
        Person("e3", F::kTemporary, 1998, G::kWoman, 100, D(2020, 3, 1)),
        Person("e4", F::kPermanent, 1970, G::kWoman, 100, D(2005, 1, 1), D(2020, 6, 30)),
        Person("e5", F::kHourly, 2000, G::kMan, 0, D(2019, 1, 1)),
        Person("e6", F::kPermanent, 1950, G::kWoman, 50, D(1990, 1, 1)),
        Person("e7", F::kPermanent, 1975, G::kMan, 100, D(2020, 9, 1)),
    };
    register_[0].manager = true;
    register_[6].manager = true;
    register_[6].qualified = true;
    register_[2].qualified = false;
    register_[0].sick_hours = 40;
    register_[0].scheduled_hours = 1700;
    register_[1].sick_hours = 100;
    register_[1].scheduled_hours = 1275;
    register_[4].scheduled_hours = 200;
    register_[3].sick_hours = 500;  // left before the extract: not counted
    register_[3].scheduled_hours = 1000;
    options_.as_of = D(2020, 10, 31);
    options_.period_start = D(2019, 10, 31);
    options_.pension_age = 68;
  }

  std::vector<EmployeeRecord> register_;
  KeyFigureOptions options_;
};

TEST_F(KeyFiguresTest, HeadcountFormsAndFte) {
  KeyFigures k = ComputeKeyFigures(register_, options_);
  EXPECT_EQ(k.headcount, 5);  // e1 e2 e3 e6 e7: monthly-paid and employed
  EXPECT_EQ(k.permanent, 4);
  EXPECT_EQ(k.temporary, 1);
  EXPECT_EQ(k.hourly, 1);
  EXPECT_DOUBLE_EQ(k.fte, 4.25);
}

TEST_F(KeyFiguresTest, GenderAgeAndPartTime) {
  KeyFigures k = ComputeKeyFigures(register_, options_);
  EXPECT_DOUBLE_EQ(*k.women_share, 0.6);
  EXPECT_DOUBLE_EQ(*k.men_share, 0.4);
  EXPECT_DOUBLE_EQ(*k.average_age, 47.4);  // 65, 35, 22, 70, 45
  EXPECT_EQ(k.age_bands, (std::array<int, 5>{1, 1, 1, 0, 2}));
  EXPECT_DOUBLE_EQ(*k.part_time_share, 0.4);
}

TEST_F(KeyFiguresTest, RetirementsOverdueCountInTheFirstYear) {
  KeyFigures k = ComputeKeyFigures(register_, options_);
  ASSERT_EQ(k.retirements_by_year.size(), 10u);  // 2021..2030
  EXPECT_EQ(k.retirements_by_year.at(2021), 1);  // e6, born 1950, already past 68
  EXPECT_EQ(k.retirements_by_year.at(2023), 1);  // e1, born 1955
  int total = 0;
  for (auto [year, n] : k.retirements_by_year) total += n;
  EXPECT_EQ(total, 2);
}

TEST_F(KeyFiguresTest, ManagersHiresLeaversAndTurnover) {
  KeyFigures k = ComputeKeyFigures(register_, options_);
  EXPECT_EQ(k.managers, 2);
  EXPECT_DOUBLE_EQ(*k.employees_per_manager, 2.5);
  EXPECT_EQ(k.hires, 2);    // e3, e7
  EXPECT_EQ(k.leavers, 1);  // e4
  // 1 permanent leaver / mean(4 permanent at period start, 4 at the extract)
  EXPECT_DOUBLE_EQ(*k.turnover, 0.25);
}

TEST_F(KeyFiguresTest, SickLeaveAndQualification) {
  KeyFigures k = ComputeKeyFigures(register_, options_);
  EXPECT_DOUBLE_EQ(*k.sick_leave_share, 140.0 / 3175.0);
  EXPECT_DOUBLE_EQ(*k.qualified_share, 0.5);
}

TEST_F(KeyFiguresTest, EmptyRegisterHasNoSharesRatherThanNaN) {
  KeyFigures k = ComputeKeyFigures({}, options_);
  EXPECT_EQ(k.headcount, 0);
  EXPECT_FALSE(k.women_share.has_value());
  EXPECT_FALSE(k.average_age.has_value());
  EXPECT_FALSE(k.employees_per_manager.has_value());
  EXPECT_FALSE(k.turnover.has_value());
}

}  // namespace
}  // namespace kplan
