#include "kplan/core/employee.hpp"

#include <gtest/gtest.h>

namespace kplan {
namespace {

TEST(EmployeeTest, KeysRoundTrip) {
  for (EmploymentForm f : {EmploymentForm::kPermanent, EmploymentForm::kTemporary,
                           EmploymentForm::kHourly}) {
    EXPECT_EQ(ParseEmploymentFormKey(EmploymentFormKey(f)), f);
  }
  for (Gender g : {Gender::kWoman, Gender::kMan, Gender::kOther}) {
    EXPECT_EQ(ParseGenderKey(GenderKey(g)), g);
  }
  EXPECT_EQ(ParseEmploymentFormKey("Tillsvidare"), std::nullopt);
}

TEST(EmployeeTest, EmployedOnIncludesFirstAndLastDay) {
  EmployeeRecord e;
  e.start = {2020, 1, 1};
  e.end = CalendarDate{2020, 6, 30};
  EXPECT_TRUE(IsEmployedOn(e, {2020, 1, 1}));
  EXPECT_TRUE(IsEmployedOn(e, {2020, 6, 30}));
  EXPECT_FALSE(IsEmployedOn(e, {2020, 7, 1}));
  EXPECT_FALSE(IsEmployedOn(e, {2019, 12, 31}));
}

}  // namespace
}  // namespace kplan
