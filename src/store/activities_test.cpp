// Aktivitetsplan edited one record at a time, on every backend.

#include <atomic>
#include <thread>

#include "store_test_fixture.hpp"

namespace kplan::store {
namespace {

using ActivitiesTest = EditingTest;

Activity Draft(std::string unit, std::string title) {
  Activity a;
  a.unit_code = std::move(unit);
  a.area = "Rekrytera";
  a.title = std::move(title);
  a.description = "Sommarvikarier i hemtjänsten";
  a.categories = {"Undersköterska"};
  a.owner = "Enhetschef";
  a.start = CalendarDate{2025, 1, 1};
  a.end = CalendarDate{2025, 6, 30};
  a.years = YearSpan{2025, std::nullopt};
  return a;
}

TEST_F(ActivitiesTest, CreateGetUpdateDeleteWithVersions) {
  auto created = store_->CreateActivity(Draft("HT1", "Rekryteringsmässa"), "anna.hr");
  ASSERT_TRUE(created.ok()) << created.error().Describe();
  const Activity& a = created.value();
  EXPECT_GT(a.id, 0);
  EXPECT_EQ(a.version, 1);
  EXPECT_EQ(a.categories, (std::vector<std::string>{"Undersköterska"}));
  EXPECT_EQ(store_->ListCategories().value().size(), 1u);  // the new category was added
  AuditEntry create = LastAudit("activity");
  EXPECT_EQ(create.action, "create");
  EXPECT_EQ(create.entity_id, std::to_string(a.id));
  EXPECT_NE(create.after_json.find("\"Rekryteringsmässa\""), std::string::npos);

  auto got = store_->GetActivity(a.id);
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(got.value().end, (CalendarDate{2025, 6, 30}));

  Activity edit = got.value();
  edit.status = ActivityStatus::kOngoing;
  edit.end.reset();
  edit.categories = {"Sjuksköterska", "Undersköterska"};  // several, in this order
  auto updated = store_->UpdateActivity(edit, "bo.chef");
  ASSERT_TRUE(updated.ok()) << updated.error().Describe();
  EXPECT_EQ(updated.value().version, 2);
  EXPECT_EQ(updated.value().status, ActivityStatus::kOngoing);
  EXPECT_FALSE(updated.value().end.has_value());
  EXPECT_EQ(updated.value().categories, (std::vector<std::string>{"Sjuksköterska", "Undersköterska"}));
  AuditEntry update = LastAudit("activity");
  EXPECT_EQ(update.actor, "bo.chef");
  EXPECT_NE(update.before_json.find("\"planned\""), std::string::npos);
  EXPECT_NE(update.after_json.find("\"ongoing\""), std::string::npos);

  // Deleting with the version read before the update is refused.
  EXPECT_EQ(store_->DeleteActivity(a.id, 1, "anna.hr").error().code(),
            ErrorCode::kPreconditionFailed);
  ASSERT_TRUE(store_->DeleteActivity(a.id, 2, "anna.hr").ok());
  EXPECT_EQ(store_->GetActivity(a.id).error().code(), ErrorCode::kNotFound);
  AuditEntry removed = LastAudit("activity");
  EXPECT_EQ(removed.action, "delete");
  EXPECT_NE(removed.before_json.find("\"ongoing\""), std::string::npos);
  EXPECT_EQ(removed.after_json, "");
  EXPECT_EQ(store_->DeleteActivity(a.id, 2, "anna.hr").error().code(), ErrorCode::kNotFound);
}

TEST_F(ActivitiesTest, SecondEditorWithAStaleVersionChangesNothing) {
  Activity a = store_->CreateActivity(Draft("HT1", "Mentorskap"), "hr").value();
  Activity first = a, second = a;
  first.title = "Mentorskap för nyanställda";
  second.title = "Mentorskap (struken)";
  ASSERT_TRUE(store_->UpdateActivity(first, "anna").ok());
  std::size_t entries = AuditCount();
  auto refused = store_->UpdateActivity(second, "bertil");
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code(), ErrorCode::kPreconditionFailed);
  EXPECT_EQ(refused.error().location().field, "version");
  EXPECT_EQ(store_->GetActivity(a.id).value().title, "Mentorskap för nyanställda");
  EXPECT_EQ(AuditCount(), entries);

  Activity missing = first;
  missing.id = 999999;
  EXPECT_EQ(store_->UpdateActivity(missing, "anna").error().code(), ErrorCode::kNotFound);
}

TEST_F(ActivitiesTest, BadInputNamesTheFieldAndWritesNothing) {
  Activity a = Draft("HT1", "");
  EXPECT_EQ(store_->CreateActivity(a, "hr").error().location().field, "title");
  a = Draft("HT1", "Introduktion");
  a.end = CalendarDate{2024, 12, 31};
  EXPECT_EQ(store_->CreateActivity(a, "hr").error().location().field, "end");
  a = Draft("SAKNAS", "Introduktion");
  auto unit = store_->CreateActivity(a, "hr");
  ASSERT_FALSE(unit.ok());
  EXPECT_EQ(unit.error().code(), ErrorCode::kInvalidInput);
  EXPECT_EQ(unit.error().location().field, "unit_code");
  EXPECT_TRUE(store_->ListActivities(ids_["K"], std::nullopt).value().empty());
  EXPECT_TRUE(store_->ListCategories().value().empty());  // rolled back with the activity
}

TEST_F(ActivitiesTest, ListIsLimitedToTheSubtree) {
  ASSERT_TRUE(store_->CreateActivity(Draft("HT1", "A"), "hr").ok());
  ASSERT_TRUE(store_->CreateActivity(Draft("HT2", "B"), "hr").ok());
  ASSERT_TRUE(store_->CreateActivity(Draft("BUN", "C"), "hr").ok());
  EXPECT_EQ(store_->ListActivities(ids_["HT1"], std::nullopt).value().size(), 1u);
  EXPECT_EQ(store_->ListActivities(ids_["VOF"], std::nullopt).value().size(), 2u);
  EXPECT_EQ(store_->ListActivities(ids_["K"], std::nullopt).value().size(), 3u);
  EXPECT_EQ(store_->ListActivities(ids_["BUN"], std::nullopt).value()[0].title, "C");
}

// Many editors at once: each change lands or is refused as stale, none is
// lost, and the database never reports itself busy.
TEST_F(ActivitiesTest, ConcurrentEditorsLoseNoUpdate) {
  Activity a = Draft("HT1", "0");
  a.categories.clear();
  const std::int64_t id = store_->CreateActivity(a, "hr").value().id;
  constexpr int kThreads = 6, kEach = 8;
  std::atomic<int> failures{0}, stale{0};
  std::vector<std::thread> editors;
  for (int t = 0; t < kThreads; ++t) {
    editors.emplace_back([&, t] {
      for (int done = 0; done < kEach;) {
        auto read = store_->GetActivity(id);
        if (!read.ok()) { ++failures; return; }
        Activity edit = read.value();
        edit.title = std::to_string(std::stoi(edit.title) + 1);
        auto written = store_->UpdateActivity(edit, "editor" + std::to_string(t));
        if (written.ok()) {
          ++done;
        } else if (written.error().code() == ErrorCode::kPreconditionFailed) {
          ++stale;
        } else {
          ++failures;
          return;
        }
      }
    });
  }
  for (auto& e : editors) e.join();
  EXPECT_EQ(failures.load(), 0);
  Activity final = store_->GetActivity(id).value();
  EXPECT_EQ(final.title, std::to_string(kThreads * kEach));
  EXPECT_EQ(final.version, 1 + kThreads * kEach);
}

using RisksTest = EditingTest;

Risk DraftRisk(std::string unit, std::string category) {
  Risk r;
  r.unit_code = std::move(unit);
  r.year = 2025;
  r.category = std::move(category);
  r.operations_consequence = 3;
  r.operations_probability = 4;
  r.work_environment_consequence = 2;
  r.work_environment_probability = 3;
  r.description = "Svårt att rekrytera legitimerad personal";
  return r;
}

TEST_F(RisksTest, CreateGetUpdateDeleteWithVersions) {
  auto created = store_->CreateRisk(DraftRisk("VOF", "Sjuksköterska"), "hr");
  ASSERT_TRUE(created.ok()) << created.error().Describe();
  Risk r = created.value();
  EXPECT_EQ(r.version, 1);
  EXPECT_EQ(r.year, 2025);
  EXPECT_EQ(store_->GetRisk(r.id).value().operations_probability, 4);
  EXPECT_EQ(LastAudit("risk").action, "create");

  r.year = 2026;
  r.operations_probability = 2;
  auto updated = store_->UpdateRisk(r, "hr");
  ASSERT_TRUE(updated.ok()) << updated.error().Describe();
  EXPECT_EQ(updated.value().version, 2);
  EXPECT_EQ(updated.value().year, 2026);
  AuditEntry audit = LastAudit("risk");
  EXPECT_NE(audit.before_json.find("\"operations_probability\":4"), std::string::npos);
  EXPECT_NE(audit.after_json.find("\"operations_probability\":2"), std::string::npos);
  EXPECT_EQ(store_->ListRisks(ids_["VOF"], 2026).value().size(), 1u);
  EXPECT_TRUE(store_->ListRisks(ids_["VOF"], 2025).value().empty());

  std::size_t entries = AuditCount();
  r.operations_probability = 1;  // still version 1
  EXPECT_EQ(store_->UpdateRisk(r, "hr").error().code(), ErrorCode::kPreconditionFailed);
  EXPECT_EQ(store_->GetRisk(r.id).value().operations_probability, 2);
  EXPECT_EQ(AuditCount(), entries);

  EXPECT_EQ(store_->DeleteRisk(r.id, 1, "hr").error().code(), ErrorCode::kPreconditionFailed);
  ASSERT_TRUE(store_->DeleteRisk(r.id, 2, "hr").ok());
  EXPECT_EQ(store_->GetRisk(r.id).error().code(), ErrorCode::kNotFound);
  EXPECT_EQ(store_->DeleteRisk(r.id, 2, "hr").error().code(), ErrorCode::kNotFound);
}

TEST_F(RisksTest, BadInputNamesTheField) {
  Risk r = DraftRisk("VOF", "Sjuksköterska");
  r.work_environment_probability = 5;
  auto bad = store_->CreateRisk(r, "hr");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code(), ErrorCode::kInvalidInput);
  // The field as the API names it (core/risk.hpp), so store and API agree.
  EXPECT_EQ(bad.error().location().field, "work_environment.probability");
  r = DraftRisk("VOF", "");
  EXPECT_EQ(store_->CreateRisk(r, "hr").error().location().field, "category");
  r = DraftRisk("NOPE", "Sjuksköterska");
  EXPECT_EQ(store_->CreateRisk(r, "hr").error().location().field, "unit_code");
  EXPECT_TRUE(store_->ListRisks(ids_["K"], 2025).value().empty());
}

TEST_F(RisksTest, ListIsLimitedToTheSubtree) {
  ASSERT_TRUE(store_->CreateRisk(DraftRisk("HT1", "Undersköterska"), "hr").ok());
  ASSERT_TRUE(store_->CreateRisk(DraftRisk("BUN", "Förskollärare"), "hr").ok());
  auto vof = store_->ListRisks(ids_["VOF"], 2025).value();
  ASSERT_EQ(vof.size(), 1u);
  EXPECT_EQ(vof[0].unit_code, "HT1");
  EXPECT_EQ(store_->ListRisks(ids_["K"], 2025).value().size(), 2u);
}

// An activity belongs to the plan years it is written for: carried on into
// 2026 it is in that plan too, and a 2026 activity is not in 2025's.
TEST_F(ActivitiesTest, APlanYearListsTheActivitiesItContains) {
  Activity carried = Draft("HT1", "Språkombud");
  carried.years = YearSpan{2025, 2026};
  Activity next = Draft("HT1", "Heltidsresan");
  next.years = YearSpan{2026, std::nullopt};
  ASSERT_TRUE(store_->CreateActivity(carried, "hr").ok());
  ASSERT_TRUE(store_->CreateActivity(next, "hr").ok());
  const auto titles = [&](std::optional<int> year) {
    std::vector<std::string> out;
    for (const Activity& a : store_->ListActivities(ids_["HT1"], year).value()) out.push_back(a.title);
    return out;
  };
  EXPECT_EQ(titles(2025), (std::vector<std::string>{"Språkombud"}));
  EXPECT_EQ(titles(2026), (std::vector<std::string>{"Språkombud", "Heltidsresan"}));
  EXPECT_TRUE(titles(2027).empty());
  EXPECT_EQ(titles(std::nullopt).size(), 2u);
  Activity backwards = Draft("HT1", "Baklänges");
  backwards.years = YearSpan{2026, 2025};
  auto refused = store_->CreateActivity(backwards, "hr");
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().rule(), "year_order");
  EXPECT_EQ(refused.error().location().field, "through_year");
}

// An activity names the goals it works towards; a goal it names stays, and a
// goal that does not exist is refused under goal_ids.
TEST_F(ActivitiesTest, AnActivityWorksTowardsItsGoals) {
  Goal goal;
  goal.unit_code = "HT1";
  goal.title = "Heltid som norm";
  goal.years = YearSpan{2025, std::nullopt};
  Goal g = store_->CreateGoal(goal, "hr").value();
  Activity a = Draft("HT1", "Heltidsresan");
  a.goal_ids = {g.id};
  auto created = store_->CreateActivity(a, "hr");
  ASSERT_TRUE(created.ok()) << created.error().Describe();
  EXPECT_EQ(store_->GetActivity(created.value().id).value().goal_ids, (std::vector<std::int64_t>{g.id}));
  auto kept = store_->DeleteGoal(g.id, g.version, "hr");
  ASSERT_FALSE(kept.ok());
  EXPECT_EQ(kept.error().rule(), "goal_in_use");
  a.goal_ids = {g.id + 1000};
  auto refused = store_->CreateActivity(a, "hr");
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().rule(), "unknown_goal");
  EXPECT_EQ(refused.error().location().field, "goal_ids");
  a.goal_ids = {g.id, g.id};
  EXPECT_EQ(store_->CreateActivity(a, "hr").error().rule(), "goal_ids");
}

// The target group: none listed is every category; a changed group replaces
// the old one, and deleting the activity takes its group with it.
TEST_F(ActivitiesTest, TheTargetGroupIsReplacedAndGoesWithTheActivity) {
  Activity a = store_->CreateActivity(Draft("HT1", "Språkombud"), "hr").value();
  a.categories.clear();
  Activity all = store_->UpdateActivity(a, "hr").value();
  EXPECT_TRUE(all.categories.empty());
  EXPECT_TRUE(store_->GetActivity(a.id).value().categories.empty());
  all.categories = {"Sjuksköterska", "Sjuksköterska"};
  EXPECT_EQ(store_->UpdateActivity(all, "hr").error().rule(), "categories");
  EXPECT_TRUE(store_->DeleteActivity(all.id, all.version, "hr").ok());
}

}  // namespace
}  // namespace kplan::store
