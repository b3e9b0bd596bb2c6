#include "kplan/core/employment_merge.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace kplan {
namespace {

EmployeeRecord Employment(const char* unit, const char* category, double fte,
                          CalendarDate start, std::optional<CalendarDate> end = std::nullopt) {
  EmployeeRecord e;
  e.employee_id = "p1";
  e.unit_code = unit;
  e.category = category;
  e.birth_year = 1968;
  e.gender = Gender::kWoman;
  e.fte_percent = fte;
  e.start = start;
  e.end = end;
  return e;
}

// SKR's novemberstatistik: one row per employment. A person is one employee.
TEST(EmploymentMergeTest, OnePersonsEmploymentsBecomeOneEmployee) {
  const CalendarDate jan{2015, 1, 1}, jun{2019, 6, 1}, dec{2025, 12, 31};
  struct Case {
    const char* name;
    std::vector<EmployeeRecord> rows;
    double fte;
    const char* unit;
    const char* category;
    CalendarDate start;
    std::optional<CalendarDate> end;
  };
  const Case cases[] = {
      {"one row is itself", {Employment("E1", "Undersköterska", 75, jun)}, 75, "E1",
       "Undersköterska", jun, std::nullopt},
      {"FTE summed, the largest employment's occupation and unit",
       {Employment("E1", "Vårdbiträde", 25, jun), Employment("E2", "Undersköterska", 50, jan)},
       75, "E2", "Undersköterska", jan, std::nullopt},
      {"equal FTE: the first row's occupation",
       {Employment("E1", "Lärare", 50, jan), Employment("E2", "Fritidspedagog", 50, jun)}, 100,
       "E1", "Lärare", jan, std::nullopt},
      {"the sum is at most 100",
       {Employment("E1", "Sjuksköterska", 80, jan), Employment("E2", "Sjuksköterska", 40, jan)},
       100, "E1", "Sjuksköterska", jan, std::nullopt},
      {"an open employment: no end",
       {Employment("E1", "Lärare", 60, jan, dec), Employment("E2", "Lärare", 20, jun)}, 80, "E1",
       "Lärare", jan, std::nullopt},
      {"all ending: the latest end",
       {Employment("E1", "Lärare", 60, jan, CalendarDate{2024, 6, 30}),
        Employment("E2", "Lärare", 20, jun, dec)},
       80, "E1", "Lärare", jan, dec},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    const EmployeeRecord merged = MergeEmployments(c.rows);
    EXPECT_EQ(merged.employee_id, "p1");
    EXPECT_DOUBLE_EQ(merged.fte_percent, c.fte);
    EXPECT_EQ(merged.unit_code, c.unit);
    EXPECT_EQ(merged.category, c.category);
    EXPECT_EQ(merged.start, c.start);
    EXPECT_EQ(merged.end, c.end);
  }
}

TEST(EmploymentMergeTest, ManagerWhenAnyEmploymentIsAndHoursSummed) {
  EmployeeRecord a = Employment("E1", "Enhetschef", 50, CalendarDate{2020, 1, 1});
  EmployeeRecord b = Employment("E2", "Sjuksköterska", 50, CalendarDate{2020, 1, 1});
  b.manager = true;
  a.sick_hours = 10;
  b.sick_hours = 5;
  a.scheduled_hours = 800;
  b.scheduled_hours = 800;
  const EmployeeRecord rows[] = {a, b};
  const EmployeeRecord merged = MergeEmployments(rows);
  EXPECT_TRUE(merged.manager);
  EXPECT_DOUBLE_EQ(merged.sick_hours, 15);
  EXPECT_DOUBLE_EQ(merged.scheduled_hours, 1600);
}

// The same id with another birth year or gender is another person: not merged.
TEST(EmploymentMergeTest, AnotherBirthYearOrGenderIsAConflict) {
  const EmployeeRecord first = Employment("E1", "Lärare", 50, CalendarDate{2020, 1, 1});
  EmployeeRecord older = first;
  older.birth_year = 1961;
  EmployeeRecord man = first;
  man.gender = Gender::kMan;
  EXPECT_EQ(EmploymentConflict(first, first), std::nullopt);
  EXPECT_EQ(EmploymentConflict(first, older), "birth_year");
  EXPECT_EQ(EmploymentConflict(first, man), "gender");
}

}  // namespace
}  // namespace kplan
