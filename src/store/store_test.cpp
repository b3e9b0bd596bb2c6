// The store contract, run against every backend: SQLite by default, and
// PostgreSQL when KPLAN_TEST_PG_URL_FILE names a file holding the URL of a
// running server (make test starts one; see scripts/test-postgres.sh). Each test
// gets a fresh database.

#include "kplan/store/store.hpp"

#include <Poco/Data/PostgreSQL/Connector.h>
#include <Poco/Data/Session.h>
#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <thread>

namespace kplan::store {
namespace {

using Poco::Data::Keywords::now;

std::string PostgresServerUrl() {
  const char* file = std::getenv("KPLAN_TEST_PG_URL_FILE");
  if (!file || !*file) return {};
  std::ifstream in(file);
  std::string url;
  std::getline(in, url);
  return url;
}

std::string RandomSuffix() {
  static std::mt19937_64 rng(std::random_device{}());
  return std::to_string(rng() % 1000000000ULL);
}

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string server = PostgresServerUrl();
    if (server.empty()) {
      dir_ = std::filesystem::temp_directory_path() / ("kplan_store_" + RandomSuffix());
      url_ = "sqlite:" + (dir_ / "kplan.db").string();
    } else {
      // A fresh database per test on the shared test server.
      Poco::Data::PostgreSQL::Connector::registerConnector();
      std::string name = "kplan_t" + RandomSuffix();
      Poco::Data::Session admin("PostgreSQL", PostgresConnectionString(server).value());
      admin << "CREATE DATABASE " + name, now;
      url_ = server.substr(0, server.rfind('/') + 1) + name;
    }
    auto opened = Store::Open(url_);
    ASSERT_TRUE(opened.ok()) << opened.error().Describe();
    store_ = std::move(opened).value();
  }

  void TearDown() override {
    store_.reset();
    if (!dir_.empty()) std::filesystem::remove_all(dir_);
  }

  std::vector<NewOrgUnit> DemoTree() {
    return {{"K", "", OrgUnitKind::kKommun, "Demo kommun"},
            {"VON", "K", OrgUnitKind::kNamnd, "Vård- och omsorgsnämnden"},
            {"VOF", "VON", OrgUnitKind::kForvaltning, "Vård- och omsorgsförvaltningen"},
            {"HT1", "VOF", OrgUnitKind::kEnhet, "Hemtjänst Norr"},
            {"HT2", "VOF", OrgUnitKind::kEnhet, "Hemtjänst Söder"},
            {"BUN", "K", OrgUnitKind::kNamnd, "Barn- och utbildningsnämnden"}};
  }

  std::filesystem::path dir_;
  std::string url_;
  std::unique_ptr<Store> store_;
};

TEST_F(StoreTest, FreshDatabaseMigratesToLatestOnce) {
  ASSERT_EQ(store_->SchemaVersion().value(), 0);
  Result<int> applied = store_->Migrate();
  ASSERT_TRUE(applied.ok()) << applied.error().Describe();
  EXPECT_EQ(applied.value(), Store::LatestSchemaVersion());
  EXPECT_EQ(store_->SchemaVersion().value(), Store::LatestSchemaVersion());
  EXPECT_EQ(store_->Migrate().value(), 0);  // idempotent
}

TEST_F(StoreTest, OrgTreeRoundTripsWithSwedishNames) {
  ASSERT_TRUE(store_->Migrate().ok());
  Result<int> added = store_->AddOrgUnits(DemoTree(), "system");
  ASSERT_TRUE(added.ok()) << added.error().Describe();
  EXPECT_EQ(added.value(), 6);

  auto units = store_->ListOrgUnits();
  ASSERT_TRUE(units.ok());
  ASSERT_EQ(units.value().size(), 6u);
  EXPECT_EQ(units.value()[0].name, "Demo kommun");
  EXPECT_FALSE(units.value()[0].parent_id.has_value());
  EXPECT_EQ(units.value()[4].name, "Hemtjänst Söder");
  EXPECT_EQ(units.value()[4].kind, OrgUnitKind::kEnhet);
}

TEST_F(StoreTest, SubtreeHoldsTheUnitAndEverythingBelow) {
  ASSERT_TRUE(store_->Migrate().ok());
  ASSERT_TRUE(store_->AddOrgUnits(DemoTree(), "system").ok());
  auto units = store_->ListOrgUnits().value();
  std::int64_t von = units[1].id;
  auto sub = store_->Subtree(von);
  ASSERT_TRUE(sub.ok());
  std::vector<std::string> codes;
  for (const OrgUnit& u : sub.value()) codes.push_back(u.code);
  EXPECT_EQ(codes, (std::vector<std::string>{"VON", "VOF", "HT1", "HT2"}));
  EXPECT_EQ(store_->Subtree(999999).error().code(), ErrorCode::kNotFound);
}

TEST_F(StoreTest, RejectedBatchWritesNothing) {
  ASSERT_TRUE(store_->Migrate().ok());
  auto tree = DemoTree();
  tree[5].parent_code = "SAKNAS";
  Result<int> added = store_->AddOrgUnits(tree, "system");
  ASSERT_FALSE(added.ok());
  EXPECT_EQ(added.error().location().row, 6);
  EXPECT_TRUE(store_->ListOrgUnits().value().empty());
  EXPECT_TRUE(store_->ListAudit(10).value().empty());
}

TEST_F(StoreTest, EveryWriteIsAudited) {
  ASSERT_TRUE(store_->Migrate().ok());
  ASSERT_TRUE(store_->AddOrgUnits(DemoTree(), "anna.hr").ok());
  auto audit = store_->ListAudit(10);
  ASSERT_TRUE(audit.ok());
  ASSERT_EQ(audit.value().size(), 1u);
  EXPECT_EQ(audit.value()[0].actor, "anna.hr");
  EXPECT_EQ(audit.value()[0].entity, "org_unit");
  EXPECT_NE(audit.value()[0].after_json.find("Hemtjänst Söder"), std::string::npos);
  EXPECT_EQ(audit.value()[0].at.size(), 20u);  // 2026-11-24T19:00:00Z
}

TEST_F(StoreTest, TextIsStoredVerbatimNotInterpreted) {
  ASSERT_TRUE(store_->Migrate().ok());
  std::string nasty = "Robert'); DROP TABLE org_unit;-- <script>alert(1)</script>";
  ASSERT_TRUE(store_->AddOrgUnits({{"K", "", OrgUnitKind::kKommun, nasty}}, "system").ok());
  auto units = store_->ListOrgUnits();
  ASSERT_TRUE(units.ok());
  ASSERT_EQ(units.value().size(), 1u);
  EXPECT_EQ(units.value()[0].name, nasty);
}

TEST_F(StoreTest, ConcurrentReadersShareThePool) {
  ASSERT_TRUE(store_->Migrate().ok());
  ASSERT_TRUE(store_->AddOrgUnits(DemoTree(), "system").ok());
  std::atomic<int> ok_reads{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 25; ++i) {
        auto units = store_->ListOrgUnits();
        if (units.ok() && units.value().size() == 6) ++ok_reads;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(ok_reads.load(), 200);
}

TEST(StoreOpenTest, UnreachablePostgresIsUnavailableWithoutPassword) {
  auto opened = Store::Open("postgresql://kplan:hemligt@127.0.0.1:1/none?connect_timeout=2");
  ASSERT_FALSE(opened.ok());
  EXPECT_EQ(opened.error().code(), ErrorCode::kUnavailable);
  EXPECT_EQ(opened.error().message().find("hemligt"), std::string::npos);
}

}  // namespace
}  // namespace kplan::store
