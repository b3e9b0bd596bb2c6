#include "kplan/store/backup.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>

#include "kplan/store/store.hpp"

namespace kplan::store {
namespace {

namespace fs = std::filesystem;

class BackupTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("kplan_backup_" + std::to_string(std::random_device{}()));
    fs::create_directories(dir_);
    url_ = "sqlite:" + (dir_ / "live.db").string();
    store_ = Store::Open(url_).value();
    ASSERT_TRUE(store_->Migrate().ok());
    ASSERT_TRUE(store_->AddOrgUnits({{"K", "", OrgUnitKind::kKommun, "Exempelby kommun"}}, "t").ok());
  }
  void TearDown() override {
    store_.reset();
    fs::remove_all(dir_);
  }
  fs::path dir_;
  std::string url_;
  std::unique_ptr<Store> store_;
};

TEST_F(BackupTest, BackupWhileOpenThenRestoreBringsTheDataBack) {
  const std::string copy = (dir_ / "kopia.db").string();
  ASSERT_TRUE(BackupDatabase(url_, copy).ok());
  ASSERT_TRUE(store_->AddOrgUnits({{"BUN", "K", OrgUnitKind::kNamnd, "Barn- och utbildningsnämnden"}}, "t").ok());
  EXPECT_EQ(store_->ListOrgUnits().value().size(), 2u);

  ASSERT_TRUE(RestoreDatabase(url_, copy).ok());
  auto units = store_->ListOrgUnits().value();
  ASSERT_EQ(units.size(), 1u);
  EXPECT_EQ(units[0].name, "Exempelby kommun");
}

TEST_F(BackupTest, RestoreRefusesAFileThatIsNotAKplanDatabase) {
  const std::string junk = (dir_ / "annat.db").string();
  std::ofstream(junk) << "inte en databas";
  Status s = RestoreDatabase(url_, junk);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().rule(), "backup_schema");
  EXPECT_EQ(store_->ListOrgUnits().value().size(), 1u);
}

TEST_F(BackupTest, PostgresIsPointedToItsOwnTools) {
  Status s = BackupDatabase("postgresql://u@127.0.0.1/kplan", (dir_ / "x").string());
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.error().hint().find("pg_dump"), std::string::npos);
}

}  // namespace
}  // namespace kplan::store
