#pragma once
// The fixture of the store contract tests: a fresh database per test, on
// SQLite by default and on PostgreSQL when KPLAN_TEST_PG_URL_FILE names a file
// holding the URL of a running server (make test starts one; see
// scripts/test-postgres.sh).

#include <Poco/Data/PostgreSQL/Connector.h>
#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Data/Session.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>

#include "kplan/store/store.hpp"

namespace kplan::store {

inline std::string PostgresServerUrl() {
  const char* file = std::getenv("KPLAN_TEST_PG_URL_FILE");
  if (!file || !*file) return {};
  std::ifstream in(file);
  std::string url;
  std::getline(in, url);
  return url;
}

inline std::string RandomSuffix() {
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
      admin << "CREATE DATABASE " + name, Poco::Data::Keywords::now;
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

  // A connection of the test's own to its database, for what the Store does
  // not offer (an older schema, a look at the raw rows).
  Poco::Data::Session RawSession() {
    DatabaseUrl url = ParseDatabaseUrl(url_).value();
    if (url.backend == Backend::kSqlite) {
      Poco::Data::SQLite::Connector::registerConnector();
      return Poco::Data::Session("SQLite", url.target);
    }
    return Poco::Data::Session("PostgreSQL", PostgresConnectionString(url.target).value());
  }

  std::filesystem::path dir_;
  std::string url_;
  std::unique_ptr<Store> store_;
};

// A migrated database with the demo tree, and the units' ids by code: where
// the tests of records that belong to a unit start.
class DemoTreeTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    ASSERT_TRUE(store_->Migrate().ok());
    ASSERT_TRUE(store_->AddOrgUnits(DemoTree(), "system").ok());
    for (const OrgUnit& u : store_->ListOrgUnits().value()) ids_[u.code] = u.id;
  }

  std::map<std::string, std::int64_t> ids_;
};

// Editing one record at a time: the demo tree and the newest audit entry of an
// entity.
class EditingTest : public DemoTreeTest {
 protected:

  AuditEntry LastAudit(const std::string& entity) {
    AuditQuery q;
    q.entity = entity;
    q.limit = 1;
    auto entries = store_->QueryAudit(q);
    EXPECT_TRUE(entries.ok()) << entries.error().Describe();
    if (!entries.ok() || entries.value().empty()) return {};
    return entries.value()[0];
  }

  std::size_t AuditCount() { return store_->ListAudit(1000).value().size(); }
};

}  // namespace kplan::store
