// A plan's own chapters, on every backend.

#include "store_test_fixture.hpp"

namespace kplan::store {
namespace {

using ChaptersTest = EditingTest;

PlanChapter Chapter(std::string unit, int year, std::string title, std::string after, int position) {
  PlanChapter c;
  c.unit_code = std::move(unit);
  c.year = year;
  c.title = std::move(title);
  c.text = "## Uppgifter\n\nAvdelningen ansvarar för **hemtjänsten**.";
  c.after = std::move(after);
  c.position = position;
  return c;
}

TEST_F(ChaptersTest, ChaptersBelongToAPlanYearAndKeepTheirOrder) {
  // No plan year yet: the chapter has nowhere to go.
  auto orphan = store_->CreateChapter(Chapter("VOF", 2025, "Hemtjänst", "nulage", 1), "hr");
  ASSERT_FALSE(orphan.ok());
  EXPECT_EQ(orphan.error().code(), ErrorCode::kNotFound);
  EXPECT_EQ(orphan.error().location().field, "year");

  PlanYear p;
  p.unit_code = "VOF";
  p.year = 2025;
  ASSERT_TRUE(store_->SavePlanYear(p, "hr").ok());
  auto second = store_->CreateChapter(Chapter("VOF", 2025, "Hälso- och sjukvård", "nulage", 2), "hr");
  ASSERT_TRUE(second.ok()) << second.error().Describe();
  auto first = store_->CreateChapter(Chapter("VOF", 2025, "Hemtjänst", "nulage", 1), "hr");
  ASSERT_TRUE(first.ok()) << first.error().Describe();
  auto common = store_->CreateChapter(Chapter("VOF", 2025, "Gemensamma utmaningar", "", 0), "hr");
  ASSERT_TRUE(common.ok()) << common.error().Describe();

  auto listed = store_->ListChapters(ids_["K"], 2025);
  ASSERT_TRUE(listed.ok()) << listed.error().Describe();
  ASSERT_EQ(listed.value().size(), 3u);
  EXPECT_EQ(listed.value()[0].title, "Gemensamma utmaningar");  // after "" (the last section) sorts first here
  EXPECT_EQ(listed.value()[1].title, "Hemtjänst");
  EXPECT_EQ(listed.value()[2].title, "Hälso- och sjukvård");
  EXPECT_EQ(listed.value()[1].text, "## Uppgifter\n\nAvdelningen ansvarar för **hemtjänsten**.");
  EXPECT_TRUE(store_->ListChapters(ids_["K"], 2026).value().empty());
  EXPECT_TRUE(store_->ListChapters(ids_["BUN"], 2025).value().empty());

  PlanChapter c = first.value();
  c.position = 3;
  auto moved = store_->UpdateChapter(c, "hr");
  ASSERT_TRUE(moved.ok()) << moved.error().Describe();
  EXPECT_EQ(moved.value().version, 2);
  EXPECT_EQ(store_->ListChapters(ids_["VOF"], 2025).value()[2].title, "Hemtjänst");
  EXPECT_EQ(store_->UpdateChapter(c, "hr").error().code(), ErrorCode::kPreconditionFailed);  // still version 1
  EXPECT_NE(LastAudit("plan_chapter").after_json.find("\"position\":3"), std::string::npos);

  PlanChapter bad = Chapter("VOF", 2025, "Bilagor", "bilagor", 0);
  EXPECT_EQ(store_->CreateChapter(bad, "hr").error().rule(), "plan_section");
  EXPECT_EQ(store_->ListChapters(ids_["VOF"], 2025).value().size(), 3u);

  ASSERT_TRUE(store_->DeleteChapter(c.id, 2, "hr").ok());
  EXPECT_EQ(store_->GetChapter(c.id).error().code(), ErrorCode::kNotFound);
}

}  // namespace
}  // namespace kplan::store
