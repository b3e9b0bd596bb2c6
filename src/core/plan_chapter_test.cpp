#include "kplan/core/plan_chapter.hpp"

#include <gtest/gtest.h>

#include "kplan/core/plan_section.hpp"

namespace kplan {
namespace {

PlanChapter Seed004Department() {
  PlanChapter c;
  c.unit_code = "HAS";
  c.year = 2024;
  c.title = "Avdelningen för förskola";
  c.text = "## Uppgifter\n\n## Behov\n\n## Utveckla och behålla\n";
  c.after = "nulage";
  return c;
}

TEST(PlanChapter, ADepartmentChapterAfterNulageIsValid) {
  EXPECT_TRUE(Validate(Seed004Department()).ok());
  PlanChapter last = Seed004Department();
  last.after = "";  // after the plan's last section
  EXPECT_TRUE(Validate(last).ok());
}

TEST(PlanChapter, EachRuleNamesItsField) {
  PlanChapter c = Seed004Department();
  c.title = "";
  EXPECT_EQ(Validate(c).error().rule(), "required");
  c = Seed004Department();
  c.title = std::string(kChapterTitleMaxChars + 1, 'x');
  EXPECT_EQ(Validate(c).error().rule(), "max_length");
  c = Seed004Department();
  c.after = "bilagor";
  const Error e = Validate(c).error();
  EXPECT_EQ(e.rule(), "plan_section");
  EXPECT_EQ(e.location().field, "after");
  c = Seed004Department();
  c.position = kChapterPositionMax + 1;
  EXPECT_EQ(Validate(c).error().location().field, "position");
}

TEST(PlanSection, OneListInReadingOrder) {
  ASSERT_NE(FindPlanSection("kompetensgap"), nullptr);
  EXPECT_EQ(FindPlanSection("kompetensgap")->heading, "Kompetensgap");
  EXPECT_EQ(FindPlanSection("Kompetensgap"), nullptr);  // keys as in URLs
  EXPECT_EQ(kPlanSections.front().key, "inledning");
  EXPECT_EQ(kPlanSections.back().key, "successionsplanering");
}

}  // namespace
}  // namespace kplan
