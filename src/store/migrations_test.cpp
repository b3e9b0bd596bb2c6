// Forward migrations over databases that programs already released have
// written, on every backend.

#include "migrations.hpp"
#include "store_test_fixture.hpp"

using namespace Poco::Data::Keywords;

namespace kplan::store {
namespace {

// Applies migrations 1..version on the raw connection, the way an older
// kplan left the database.
void MigrateRawTo(Poco::Data::Session& s, Backend backend, int version) {
  s << ForBackend(
           "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY,"
           " description TEXT NOT NULL, applied_at TEXT NOT NULL)",
           backend),
      now;
  for (const Migration& m : AllMigrations()) {
    if (m.version > version) break;
    for (std::string_view statement : m.statements) s << ForBackend(statement, backend), now;
    int v = m.version;
    std::string description(m.description), at = "2025-01-01T00:00:00Z";
    s << "INSERT INTO schema_migrations (version, description, applied_at) VALUES ($1, $2, $3)",
        use(v), use(description), use(at), now;
  }
}

TEST_F(StoreTest, ReleasedVersion2DatabaseMigratesKeepingItsData) {
  {
    Poco::Data::Session raw = RawSession();
    MigrateRawTo(raw, store_->backend(), 2);
  }
  ASSERT_EQ(store_->SchemaVersion().value(), 2);
  // Data as version 2 wrote it: a tree, a plan year with inventory, a user.
  ASSERT_TRUE(store_->AddOrgUnits(DemoTree(), "system").ok());
  std::map<std::string, Poco::Int64> ids;
  for (const OrgUnit& u : store_->ListOrgUnits().value()) ids[u.code] = u.id;
  Poco::Int64 vof = ids["VOF"];
  Poco::Int64 ht1 = ids["HT1"];
  {
    Poco::Data::Session raw = RawSession();
    Poco::Int64 scale = 0, category = 0, plan = 0;
    raw << "INSERT INTO competence_scale (name) VALUES ('Standard') RETURNING id", into(scale), now;
    std::vector<std::string> levels = {"Viss", "God", "Hög", "Mycket hög"};
    for (int position = 0; position < 4; ++position) {
      std::string level = levels[position];
      raw << "INSERT INTO competence_level (scale_id, position, name) VALUES ($1, $2, $3)",
          use(scale), use(position), use(level), now;
    }
    raw << "INSERT INTO occupational_category (name) VALUES ('Undersköterska') RETURNING id",
        into(category), now;
    raw << "INSERT INTO plan_year (org_unit_id, year, scale_id, horizons)"
           " VALUES ($1, 2025, $2, '2,5') RETURNING id",
        use(vof), use(scale), into(plan), now;
    raw << "INSERT INTO inventory (plan_year_id, org_unit_id, category_id, level_position,"
           " headcount) VALUES ($1, $2, $3, 1, 12)",
        use(plan), use(ht1), use(category), now;
    // A second plan year, and records from before they belonged to plan years.
    raw << "INSERT INTO plan_year (org_unit_id, year, scale_id, horizons) VALUES ($1, 2024, $2, '2,5')",
        use(ht1), use(scale), now;
    raw << "INSERT INTO goal (org_unit_id, title) VALUES ($1, 'Heltid som norm')", use(vof), now;
    raw << "INSERT INTO activity (org_unit_id, area, title, status) VALUES ($1, 'Rekrytera', 'Mässa', 'planned')",
        use(ht1), now;
    raw << "INSERT INTO succession_entry (org_unit_id, position_title) VALUES ($1, 'Enhetschef')", use(ht1), now;
    raw << "INSERT INTO app_user (name, role, password_hash, created_at)"
           " VALUES ('gunnar', 'hr', 'h', '2025-01-01T00:00:00Z')",
        now;
  }

  auto applied = store_->Migrate();
  ASSERT_TRUE(applied.ok()) << applied.error().Describe();
  EXPECT_EQ(applied.value(), Store::LatestSchemaVersion() - 2);
  EXPECT_EQ(store_->SchemaVersion().value(), Store::LatestSchemaVersion());

  auto inventory = store_->LoadInventory(vof, 2025).value();
  ASSERT_EQ(inventory.size(), 1u);
  EXPECT_DOUBLE_EQ(inventory[0].headcount, 12);
  auto years = store_->ListPlanYears(vof).value();
  ASSERT_EQ(years.size(), 2u);
  for (const PlanYear& year : years) {
    EXPECT_EQ(year.inventory_version, 1);
    EXPECT_EQ(year.horizons, (std::vector<int>{2, 5}));
  }
  // Every earlier record stays in every plan year's document, as before.
  for (int year : {2024, 2025}) {
    EXPECT_EQ(store_->ListGoals(vof, year).value().size(), 1u) << year;
    EXPECT_EQ(store_->ListActivities(vof, year).value().size(), 1u) << year;
    EXPECT_EQ(store_->ListSuccession(vof, year).value().size(), 1u) << year;
  }
  EXPECT_TRUE(store_->ListGoals(vof, 2026).value().empty());
  Goal goal = store_->ListGoals(vof, std::nullopt).value().at(0);
  EXPECT_EQ(goal.years.first, 2024);
  EXPECT_EQ(goal.years.last, 2025);
  goal.title = "Heltid som norm i hela förvaltningen";
  ASSERT_TRUE(store_->UpdateGoal(goal, "hr").ok());
  // The new columns and tables work on the old rows.
  auto replaced = store_->ReplaceInventory(vof, 2025, {{"HT1", "Undersköterska", "Hög", 3}}, 1, "hr");
  ASSERT_TRUE(replaced.ok()) << replaced.error().Describe();
  EXPECT_EQ(replaced.value(), 2);
  ASSERT_TRUE(store_->SavePlanText(vof, 2025, {"inledning", "", "Text", 0}, "hr").ok());
  ASSERT_TRUE(store_->AddCategories({{0, "Sjuksköterska", "2221", 1}}, "hr").ok());
  auto user = store_->FindUser("gunnar");
  ASSERT_TRUE(user.ok()) << user.error().Describe();
  EXPECT_EQ(user.value().first.role, Role::kHr);
  EXPECT_EQ(user.value().second, "h");
}

}  // namespace
}  // namespace kplan::store
