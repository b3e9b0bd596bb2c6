// Categories, scales, plan years and the inventory grid edited one at a
// time, on every backend.

#include <atomic>
#include <thread>

#include "store_test_fixture.hpp"

namespace kplan::store {
namespace {

using PlanYearsTest = EditingTest;

TEST_F(PlanYearsTest, CategoryRenameChecksVersionAndUniqueness) {
  ASSERT_TRUE(store_->AddCategories({{0, "Usk", "", 1}, {0, "Sjuksköterska", "2221", 1}}, "hr").ok());
  OccupationalCategory usk;
  for (const auto& c : store_->ListCategories().value()) {
    if (c.name == "Usk") usk = c;
  }
  OccupationalCategory edit = usk;
  edit.name = "Undersköterska";
  edit.ssyk = "5321";
  auto updated = store_->UpdateCategory(edit, "hr");
  ASSERT_TRUE(updated.ok()) << updated.error().Describe();
  EXPECT_EQ(updated.value().version, usk.version + 1);
  EXPECT_EQ(updated.value().ssyk, "5321");
  AuditEntry audit = LastAudit("occupational_category");
  EXPECT_NE(audit.before_json.find("\"Usk\""), std::string::npos);
  EXPECT_NE(audit.after_json.find("\"Undersköterska\""), std::string::npos);

  EXPECT_EQ(store_->UpdateCategory(edit, "hr").error().code(), ErrorCode::kPreconditionFailed);
  edit = updated.value();
  edit.name = "Sjuksköterska";
  auto taken = store_->UpdateCategory(edit, "hr");
  ASSERT_FALSE(taken.ok());
  EXPECT_EQ(taken.error().code(), ErrorCode::kConflict);
  EXPECT_EQ(taken.error().location().field, "name");
  edit.name = "Undersköterska";
  edit.ssyk = "53";
  EXPECT_EQ(store_->UpdateCategory(edit, "hr").error().location().field, "ssyk");
  edit.ssyk = "";
  edit.id = 999999;
  EXPECT_EQ(store_->UpdateCategory(edit, "hr").error().code(), ErrorCode::kNotFound);
}

TEST_F(PlanYearsTest, ScalesNeedTwoUniqueLevelsAndAUniqueName) {
  auto added = store_->AddScale({0, "Chefskompetens", {"Grund", "Fördjupad", "Expert"}}, "hr");
  ASSERT_TRUE(added.ok()) << added.error().Describe();
  EXPECT_GT(added.value().id, 0);
  EXPECT_EQ(LastAudit("competence_scale").action, "create");
  EXPECT_EQ(store_->AddScale({0, "Chefskompetens", {"A", "B"}}, "hr").error().code(),
            ErrorCode::kConflict);
  EXPECT_EQ(store_->AddScale({0, "Enkel", {"A"}}, "hr").error().location().field, "levels");
  EXPECT_EQ(store_->AddScale({0, "Dubbel", {"A", "B", "A"}}, "hr").error().location().field,
            "levels[2]");
  auto scales = store_->ListScales().value();
  ASSERT_EQ(scales.size(), 1u);
  EXPECT_EQ(scales[0].levels, (std::vector<std::string>{"Grund", "Fördjupad", "Expert"}));
}

TEST_F(PlanYearsTest, PlanYearsAreCreatedUpdatedAndListedBySubtree) {
  ASSERT_TRUE(store_->AddScale({0, "Tre nivåer", {"Låg", "Mellan", "Hög"}}, "hr").ok());
  PlanYear p;
  p.unit_code = "VOF";
  p.year = 2025;
  auto created = store_->SavePlanYear(p, "hr");
  ASSERT_TRUE(created.ok()) << created.error().Describe();
  EXPECT_EQ(created.value().scale, "Standard");
  EXPECT_EQ(created.value().levels.size(), 4u);
  EXPECT_EQ(created.value().horizons, (std::vector<int>{2, 5}));
  EXPECT_EQ(created.value().version, 1);
  EXPECT_EQ(created.value().inventory_version, 1);
  EXPECT_EQ(store_->SavePlanYear(p, "hr").error().code(), ErrorCode::kConflict);

  PlanYear edit = created.value();
  edit.scale = "Tre nivåer";
  edit.horizons = {1, 3, 10};
  auto updated = store_->SavePlanYear(edit, "hr");
  ASSERT_TRUE(updated.ok()) << updated.error().Describe();
  EXPECT_EQ(updated.value().version, 2);
  EXPECT_EQ(updated.value().levels, (std::vector<std::string>{"Låg", "Mellan", "Hög"}));
  EXPECT_EQ(updated.value().horizons, (std::vector<int>{1, 3, 10}));
  AuditEntry audit = LastAudit("plan_year");
  EXPECT_NE(audit.before_json.find("\"Standard\""), std::string::npos);
  EXPECT_NE(audit.after_json.find("\"Tre nivåer\""), std::string::npos);
  EXPECT_EQ(store_->SavePlanYear(edit, "hr").error().code(), ErrorCode::kPreconditionFailed);

  PlanYear bad = updated.value();
  bad.horizons = {5, 2};
  EXPECT_EQ(store_->SavePlanYear(bad, "hr").error().location().field, "horizons[1]");
  bad.horizons = {31};
  EXPECT_EQ(store_->SavePlanYear(bad, "hr").error().location().field, "horizons[0]");
  bad.horizons = {2};
  bad.scale = "Saknas";
  EXPECT_EQ(store_->SavePlanYear(bad, "hr").error().location().field, "scale");
  bad.id = 999999;
  bad.scale = "Standard";
  EXPECT_EQ(store_->SavePlanYear(bad, "hr").error().code(), ErrorCode::kNotFound);

  PlanYear other;
  other.unit_code = "BUN";
  other.year = 2025;
  ASSERT_TRUE(store_->SavePlanYear(other, "hr").ok());
  EXPECT_EQ(store_->ListPlanYears(ids_["VON"]).value().size(), 1u);
  EXPECT_EQ(store_->ListPlanYears(ids_["K"]).value().size(), 2u);
  EXPECT_TRUE(store_->ListPlanYears(ids_["HT1"]).value().empty());
}

// Two people creating the same plan year at the same moment: one gets it, the
// other is told it exists (409) — never that the database failed (503), which
// PostgreSQL's unique violation was once mapped to. Several rounds, so that
// the two inserts meet between check and insert in some of them.
TEST_F(PlanYearsTest, TwoWritersCreatingOnePlanYearGetOneEachAndAConflict) {
  for (int year = 2030; year < 2042; ++year) {
    PlanYear p;
    p.unit_code = "VOF";
    p.year = year;
    std::atomic<bool> go{false};
    Result<PlanYear> first = Error(ErrorCode::kInternal, "", ""), second = first;
    std::thread a([&] {
      while (!go) {}
      first = store_->SavePlanYear(p, "hr");
    });
    std::thread b([&] {
      while (!go) {}
      second = store_->SavePlanYear(p, "hr2");
    });
    go = true;
    a.join();
    b.join();
    ASSERT_NE(first.ok(), second.ok()) << year;
    const Error& refused = first.ok() ? second.error() : first.error();
    EXPECT_EQ(refused.code(), ErrorCode::kConflict) << year << ": " << refused.Describe();
    EXPECT_EQ(refused.rule(), "unique") << year;
  }
}

// The same for any record with a unique name: a race past the store's own
// check ends in the database's unique constraint, which is a conflict (409).
TEST_F(PlanYearsTest, TwoWritersAddingOneScaleGetOneEachAndAConflict) {
  for (int round = 0; round < 12; ++round) {
    const std::string name = "Chefskompetens " + std::to_string(round);
    std::atomic<bool> go{false};
    Result<CompetenceScaleRecord> first = Error(ErrorCode::kInternal, "", ""), second = first;
    std::thread a([&] {
      while (!go) {}
      first = store_->AddScale({0, name, {"Grund", "Fördjupad"}}, "hr");
    });
    std::thread b([&] {
      while (!go) {}
      second = store_->AddScale({0, name, {"Grund", "Fördjupad"}}, "hr2");
    });
    go = true;
    a.join();
    b.join();
    ASSERT_NE(first.ok(), second.ok()) << name;
    const Error& refused = first.ok() ? second.error() : first.error();
    EXPECT_EQ(refused.code(), ErrorCode::kConflict) << name << ": " << refused.Describe();
  }
}

TEST_F(PlanYearsTest, ScaleOfAPlanYearWithInventoryCannotChange) {
  ASSERT_TRUE(store_->AddScale({0, "Tre nivåer", {"Låg", "Mellan", "Hög"}}, "hr").ok());
  ASSERT_TRUE(store_->SaveInventory(ids_["VOF"], 2025, {{"HT1", "Undersköterska", "God", 5}}, "hr").ok());
  PlanYear p = store_->ListPlanYears(ids_["VOF"]).value()[0];
  p.scale = "Tre nivåer";
  auto refused = store_->SavePlanYear(p, "hr");
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code(), ErrorCode::kConflict);
  p.scale = "";  // keeps its scale
  p.horizons = {3};
  ASSERT_TRUE(store_->SavePlanYear(p, "hr").ok());
}

TEST_F(PlanYearsTest, InventoryGridIsReplacedOnlyAtTheExpectedVersion) {
  // No plan year yet: version 0.
  auto first = store_->ReplaceInventory(ids_["VOF"], 2025,
                                        {{"HT1", "Undersköterska", "God", 10},
                                         {"HT1", "Undersköterska", "Hög", 4}},
                                        0, "chef");
  ASSERT_TRUE(first.ok()) << first.error().Describe();
  int version = first.value();
  EXPECT_EQ(store_->ListPlanYears(ids_["VOF"]).value()[0].inventory_version, version);

  std::size_t entries = AuditCount();
  auto stale = store_->ReplaceInventory(ids_["VOF"], 2025, {{"HT1", "Undersköterska", "God", 99}},
                                        0, "other");
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code(), ErrorCode::kPreconditionFailed);
  EXPECT_EQ(AuditCount(), entries);
  EXPECT_DOUBLE_EQ(store_->LoadInventory(ids_["VOF"], 2025).value()[0].headcount, 10);

  auto second = store_->ReplaceInventory(ids_["VOF"], 2025, {{"HT1", "Undersköterska", "God", 12}},
                                         version, "chef");
  ASSERT_TRUE(second.ok()) << second.error().Describe();
  EXPECT_EQ(second.value(), version + 1);
  auto grid = store_->LoadInventory(ids_["VOF"], 2025).value();
  ASSERT_EQ(grid.size(), 1u);  // the cell's levels were replaced
  EXPECT_DOUBLE_EQ(grid[0].headcount, 12);
  AuditEntry audit = LastAudit("inventory");
  EXPECT_EQ(audit.action, "update");
  EXPECT_NE(audit.before_json.find("\"headcount\":4"), std::string::npos);
  EXPECT_NE(audit.after_json.find("\"headcount\":12"), std::string::npos);

  // An import counts as a change too, so an editor holding the old version is told.
  ASSERT_TRUE(store_->SaveInventory(ids_["VOF"], 2025, {{"HT2", "Undersköterska", "God", 3}}, "import").ok());
  EXPECT_EQ(store_->ReplaceInventory(ids_["VOF"], 2025, {}, version + 1, "chef").error().code(),
            ErrorCode::kPreconditionFailed);

  auto bad = store_->ReplaceInventory(ids_["VOF"], 2025, {{"BUN", "Lärare", "God", 1}}, version + 2,
                                      "chef");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().location().field, "unit_code");
}

}  // namespace
}  // namespace kplan::store
