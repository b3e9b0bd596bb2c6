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
  std::int64_t vof = 0;
  for (const OrgUnit& u : store_->ListOrgUnits().value()) {
    if (u.code == "VOF") vof = u.id;
  }
  ASSERT_TRUE(store_->SaveInventory(vof, 2025, {{"HT1", "Undersköterska", "God", 12}}, "hr").ok());
  {
    Poco::Data::Session raw = RawSession();
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
  auto years = store_->ListPlanYears(vof);
  if (years.ok()) {  // (available once plan years are implemented)
    ASSERT_EQ(years.value().size(), 1u);
    EXPECT_GE(years.value()[0].inventory_version, 1);
  }
  auto user = store_->FindUser("gunnar");
  ASSERT_TRUE(user.ok()) << user.error().Describe();
  EXPECT_EQ(user.value().first.role, Role::kHr);
  EXPECT_EQ(user.value().second, "h");
}

}  // namespace
}  // namespace kplan::store
