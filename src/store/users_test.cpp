// Users and the audit log's query, on every backend.

#include "store_test_fixture.hpp"

namespace kplan::store {
namespace {

using UsersTest = EditingTest;

User NewUser(std::string name, Role role, std::string unit = {}) {
  User u;
  u.name = std::move(name);
  u.role = role;
  u.unit_code = std::move(unit);
  return u;
}

constexpr const char* kHash = "$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA";

TEST_F(UsersTest, AddedUserIsFoundWithItsHash) {
  auto added = store_->AddUser(NewUser("åsa.chef", Role::kChef, "HT1"), kHash, "admin");
  ASSERT_TRUE(added.ok()) << added.error().Describe();
  EXPECT_GT(added.value().id, 0);
  EXPECT_EQ(added.value().version, 1);
  EXPECT_EQ(added.value().unit_code, "HT1");
  EXPECT_EQ(added.value().created_at.size(), 20u);

  auto found = store_->FindUser("åsa.chef");
  ASSERT_TRUE(found.ok()) << found.error().Describe();
  EXPECT_EQ(found.value().first.role, Role::kChef);
  EXPECT_EQ(found.value().second, kHash);
  EXPECT_EQ(store_->FindUser("ingen").error().code(), ErrorCode::kNotFound);

  ASSERT_TRUE(store_->AddUser(NewUser("admin", Role::kAdmin), kHash, "system").ok());
  auto list = store_->ListUsers().value();
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0].name, "admin");
  EXPECT_EQ(list[0].unit_code, "");
}

TEST_F(UsersTest, BadUsersAreRefusedNamingTheField) {
  auto name = store_->AddUser(NewUser("a b", Role::kHr), kHash, "admin");
  ASSERT_FALSE(name.ok());
  EXPECT_EQ(name.error().code(), ErrorCode::kInvalidInput);
  EXPECT_EQ(name.error().location().field, "name");
  EXPECT_FALSE(store_->AddUser(NewUser("x", Role::kHr), kHash, "admin").ok());
  EXPECT_FALSE(store_->AddUser(NewUser(std::string(65, 'a'), Role::kHr), kHash, "admin").ok());
  EXPECT_FALSE(store_->AddUser(NewUser("x'; DROP TABLE app_user;--", Role::kHr), kHash, "admin").ok());

  auto chef = store_->AddUser(NewUser("bo.chef", Role::kChef), kHash, "admin");
  ASSERT_FALSE(chef.ok());
  EXPECT_EQ(chef.error().location().field, "unit_code");
  auto unit = store_->AddUser(NewUser("bo.chef", Role::kChef, "SAKNAS"), kHash, "admin");
  ASSERT_FALSE(unit.ok());
  EXPECT_EQ(unit.error().code(), ErrorCode::kInvalidInput);
  EXPECT_EQ(unit.error().location().field, "unit_code");
  auto hash = store_->AddUser(NewUser("bo.chef", Role::kHr), "", "admin");
  ASSERT_FALSE(hash.ok());
  EXPECT_EQ(hash.error().location().field, "password");

  ASSERT_TRUE(store_->AddUser(NewUser("bo.hr", Role::kHr), kHash, "admin").ok());
  auto twice = store_->AddUser(NewUser("bo.hr", Role::kReader), kHash, "admin");
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().code(), ErrorCode::kConflict);
  EXPECT_EQ(store_->ListUsers().value().size(), 1u);
}

TEST_F(UsersTest, UpdateChecksTheVersionAndIsAuditedWithoutTheHash) {
  User u = store_->AddUser(NewUser("cecilia", Role::kReader), kHash, "admin").value();
  AuditEntry created = LastAudit("user");
  EXPECT_EQ(created.action, "create");
  EXPECT_EQ(created.before_json, "");
  EXPECT_NE(created.after_json.find("\"cecilia\""), std::string::npos);
  EXPECT_EQ(created.after_json.find("argon2"), std::string::npos);

  User edit = u;
  edit.role = Role::kChef;
  edit.unit_code = "VOF";
  auto updated = store_->UpdateUser(edit, "admin");
  ASSERT_TRUE(updated.ok()) << updated.error().Describe();
  EXPECT_EQ(updated.value().version, 2);
  EXPECT_EQ(updated.value().role, Role::kChef);
  EXPECT_EQ(updated.value().unit_code, "VOF");
  AuditEntry audit = LastAudit("user");
  EXPECT_EQ(audit.action, "update");
  EXPECT_EQ(audit.actor, "admin");
  EXPECT_EQ(audit.entity_id, std::to_string(u.id));
  EXPECT_NE(audit.before_json.find("\"lasare\""), std::string::npos);
  EXPECT_NE(audit.after_json.find("\"chef\""), std::string::npos);

  // The second editor still holds version 1.
  std::size_t entries = AuditCount();
  User late = u;
  late.disabled = true;
  auto stale = store_->UpdateUser(late, "other.admin");
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code(), ErrorCode::kPreconditionFailed);
  EXPECT_FALSE(store_->FindUser("cecilia").value().first.disabled);
  EXPECT_EQ(AuditCount(), entries);

  User missing = edit;
  missing.id = 999999;
  EXPECT_EQ(store_->UpdateUser(missing, "admin").error().code(), ErrorCode::kNotFound);
}

TEST_F(UsersTest, PasswordChangeKeepsTheVersionAndLogsNoHash) {
  ASSERT_TRUE(store_->AddUser(NewUser("david", Role::kHr), kHash, "admin").ok());
  ASSERT_TRUE(store_->SetPasswordHash("david", "$argon2id$nytt", "david").ok());
  auto found = store_->FindUser("david").value();
  EXPECT_EQ(found.second, "$argon2id$nytt");
  EXPECT_EQ(found.first.version, 1);
  AuditEntry audit = LastAudit("user");
  EXPECT_EQ(audit.actor, "david");
  EXPECT_NE(audit.after_json.find("\"password_changed\":true"), std::string::npos);
  EXPECT_EQ(audit.after_json.find("argon2"), std::string::npos);
  EXPECT_EQ(store_->SetPasswordHash("ingen", "$argon2id$x", "admin").error().code(), ErrorCode::kNotFound);
}

TEST_F(UsersTest, AuditQueryFiltersAndPages) {
  ASSERT_TRUE(store_->AddUser(NewUser("eva", Role::kHr), kHash, "admin").ok());
  ASSERT_TRUE(store_->AddUser(NewUser("frans", Role::kHr), kHash, "eva").ok());
  ASSERT_TRUE(store_->SetPasswordHash("frans", "$argon2id$y", "frans").ok());

  AuditQuery by_entity;
  by_entity.entity = "user";
  auto users = store_->QueryAudit(by_entity).value();
  ASSERT_EQ(users.size(), 3u);
  EXPECT_GT(users[0].id, users[1].id);  // newest first

  AuditQuery by_actor;
  by_actor.actor = "eva";
  ASSERT_EQ(store_->QueryAudit(by_actor).value().size(), 1u);

  AuditQuery by_id;
  by_id.entity = "user";
  by_id.entity_id = std::to_string(store_->FindUser("frans").value().first.id);
  EXPECT_EQ(store_->QueryAudit(by_id).value().size(), 2u);

  AuditQuery page;
  page.limit = 2;
  page.offset = 2;
  auto second = store_->QueryAudit(page).value();  // 4 entries with the org tree's
  ASSERT_EQ(second.size(), 2u);
  EXPECT_EQ(second[1].entity, "org_unit");

  AuditQuery since;
  since.since = "2000-01-01";
  EXPECT_EQ(store_->QueryAudit(since).value().size(), 4u);
  since.since = "2999-01-01T00:00:00Z";
  EXPECT_TRUE(store_->QueryAudit(since).value().empty());

  AuditQuery bad;
  bad.limit = 0;
  EXPECT_EQ(store_->QueryAudit(bad).error().location().field, "limit");
  bad.limit = 10;
  bad.since = "igår";
  EXPECT_EQ(store_->QueryAudit(bad).error().location().field, "since");
}

}  // namespace
}  // namespace kplan::store
