// Follow-up occasions on every backend: created with a deadline, edited while
// open, submitted with their documents in one transaction, and frozen after.

#include "store_test_fixture.hpp"

namespace kplan::store {
namespace {

using FollowupOccasionTest = EditingTest;

PlanYear CreatePlanYear(Store& store, const std::string& unit, int year) {
  PlanYear p;
  p.unit_code = unit;
  p.year = year;
  auto created = store.SavePlanYear(p, "hr");
  EXPECT_TRUE(created.ok()) << created.error().Describe();
  return created.value();
}

FollowupOccasion Occasion(std::int64_t plan_year_id, OccasionKind kind, CalendarDate deadline) {
  FollowupOccasion o;
  o.plan_year_id = plan_year_id;
  o.kind = kind;
  o.deadline = deadline;
  return o;
}

TEST_F(FollowupOccasionTest, APlanYearHasItsOccasionsWithDeadlinesOnceEach) {
  const PlanYear p = CreatePlanYear(*store_, "VOF", 2027);
  auto year = store_->CreateOccasion(Occasion(p.id, OccasionKind::kYear, {2028, 2, 15}), "hr");
  ASSERT_TRUE(year.ok()) << year.error().Describe();
  auto t2 = store_->CreateOccasion(Occasion(p.id, OccasionKind::kTertial2, {2027, 9, 15}), "hr");
  ASSERT_TRUE(t2.ok()) << t2.error().Describe();
  EXPECT_EQ(t2.value().unit_code, "VOF");
  EXPECT_EQ(t2.value().year, 2027);
  EXPECT_EQ(t2.value().period(), "2027-T2");
  EXPECT_EQ(t2.value().status(), OccasionStatus::kNotStarted);
  EXPECT_EQ(LastAudit("followup_occasion").action, "create");

  auto list = store_->ListOccasions(p.id).value();
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0].kind, OccasionKind::kTertial2) << "delårsrapport before årsanalys";
  EXPECT_EQ(list[1].deadline, (CalendarDate{2028, 2, 15}));

  auto twice = store_->CreateOccasion(Occasion(p.id, OccasionKind::kTertial2, {2027, 9, 20}), "hr");
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().code(), ErrorCode::kConflict);
  EXPECT_EQ(twice.error().rule(), "occasion_exists");
  EXPECT_EQ(store_->CreateOccasion(Occasion(p.id, OccasionKind::kTertial1, {2027, 3, 1}), "hr").error().rule(),
            "deadline_before_period");
  EXPECT_EQ(store_->CreateOccasion(Occasion(999999, OccasionKind::kTertial1, {2027, 5, 1}), "hr").error().code(),
            ErrorCode::kNotFound);

  FollowupOccasion moved = t2.value();
  moved.deadline = {2027, 9, 30};
  auto updated = store_->UpdateOccasion(moved, "hr");
  ASSERT_TRUE(updated.ok()) << updated.error().Describe();
  EXPECT_EQ(updated.value().deadline, (CalendarDate{2027, 9, 30}));
  EXPECT_EQ(updated.value().version, 2);
  EXPECT_EQ(store_->UpdateOccasion(moved, "hr").error().code(), ErrorCode::kPreconditionFailed);
  EXPECT_TRUE(store_->DeleteOccasion(year.value().id, year.value().version, "hr").ok());
  EXPECT_EQ(LastAudit("followup_occasion").action, "delete");
  EXPECT_EQ(store_->ListOccasions(p.id).value().size(), 1u);

  CreatePlanYear(*store_, "BUN", 2027);
  EXPECT_EQ(store_->ListOccasionsOfYear(2027).value().size(), 1u);
  EXPECT_TRUE(store_->ListOccasionsOfYear(2026).value().empty());
}

TEST_F(FollowupOccasionTest, ASubmittedOccasionKeepsItsDocumentsAndIsFrozen) {
  const PlanYear p = CreatePlanYear(*store_, "VOF", 2027);
  FollowupOccasion o = store_->CreateOccasion(Occasion(p.id, OccasionKind::kTertial2, {2027, 9, 15}), "hr").value();
  std::string pdf = "%PDF-1.5\n";
  for (int i = 0; i < 256; ++i) pdf += static_cast<char>(i);
  const std::vector<AdoptedDocument> docs{{"pdf", "uppfoljning.pdf", "application/pdf", "", 0, pdf},
                                          {"html", "uppfoljning.html", "text/html", "", 0, "<html></html>"}};

  EXPECT_EQ(store_->SubmitOccasion(o.id, o.version + 1, docs, "{}", "hr").error().code(),
            ErrorCode::kPreconditionFailed);
  EXPECT_EQ(store_->LoadOccasionDocument(o.id, "pdf").error().code(), ErrorCode::kNotFound)
      << "a refused submission stores nothing";

  auto submitted = store_->SubmitOccasion(o.id, o.version, docs, R"({"goals":[]})", "hr");
  ASSERT_TRUE(submitted.ok()) << submitted.error().Describe();
  EXPECT_TRUE(submitted.value().submitted());
  EXPECT_EQ(submitted.value().submitted_by, "hr");
  EXPECT_EQ(submitted.value().status(), OccasionStatus::kSubmitted);
  AuditEntry audit = LastAudit("followup_occasion");
  EXPECT_EQ(audit.action, "submit");
  EXPECT_NE(audit.after_json.find("\"sha256\""), std::string::npos);

  auto stored = store_->LoadOccasionDocument(o.id, "pdf");
  ASSERT_TRUE(stored.ok()) << stored.error().Describe();
  EXPECT_EQ(stored.value().bytes, pdf);
  EXPECT_EQ(stored.value().sha256.size(), 64u);
  auto listed = store_->ListOccasionDocuments(o.id).value();
  ASSERT_EQ(listed.size(), 2u);
  EXPECT_EQ(listed[0].format, "html");
  EXPECT_TRUE(listed[0].bytes.empty());

  // Frozen: nothing changes it any more, whatever version is quoted.
  const std::size_t audits = AuditCount();
  FollowupOccasion after = submitted.value();
  after.deadline = {2027, 10, 1};
  auto edit = store_->UpdateOccasion(after, "admin");
  ASSERT_FALSE(edit.ok());
  EXPECT_EQ(edit.error().code(), ErrorCode::kConflict);
  EXPECT_EQ(edit.error().rule(), "occasion_frozen");
  EXPECT_EQ(store_->DeleteOccasion(o.id, after.version, "admin").error().rule(), "occasion_frozen");
  EXPECT_EQ(store_->SubmitOccasion(o.id, after.version, {{"pdf", "x.pdf", "application/pdf", "", 0, "%PDF-2"}},
                                   "{}", "admin")
                .error()
                .rule(),
            "occasion_frozen");
  EXPECT_EQ(store_->LoadOccasionDocument(o.id, "pdf").value().bytes, pdf);
  EXPECT_EQ(store_->GetOccasion(o.id).value().deadline, (CalendarDate{2027, 9, 15}));
  EXPECT_EQ(AuditCount(), audits) << "refused writes leave no audit entry";
}

TEST_F(FollowupOccasionTest, ASubmissionWhoseDocumentCannotBeStoredLeavesTheOccasionOpen) {
  const PlanYear p = CreatePlanYear(*store_, "VOF", 2027);
  FollowupOccasion o = store_->CreateOccasion(Occasion(p.id, OccasionKind::kYear, {2028, 2, 15}), "hr").value();
  // Two documents in the same format break the primary key on the second insert.
  const std::vector<AdoptedDocument> docs{{"pdf", "a.pdf", "application/pdf", "", 0, "%PDF-a"},
                                          {"pdf", "b.pdf", "application/pdf", "", 0, "%PDF-b"}};
  EXPECT_FALSE(store_->SubmitOccasion(o.id, o.version, docs, "{}", "hr").ok());
  FollowupOccasion again = store_->GetOccasion(o.id).value();
  EXPECT_FALSE(again.submitted()) << "one transaction: the occasion stays open";
  EXPECT_EQ(again.version, o.version);
  EXPECT_TRUE(store_->ListOccasionDocuments(o.id).value().empty());
  EXPECT_TRUE(store_->SubmitOccasion(o.id, o.version, {docs[0]}, "{}", "hr").ok());
}

}  // namespace
}  // namespace kplan::store
