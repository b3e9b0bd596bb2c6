#include "kplan/store/database_url.hpp"

#include <gtest/gtest.h>

namespace kplan::store {
namespace {

TEST(DatabaseUrlTest, SqlitePath) {
  auto url = ParseDatabaseUrl("sqlite:var/kplan.db");
  ASSERT_TRUE(url.ok());
  EXPECT_EQ(url.value().backend, Backend::kSqlite);
  EXPECT_EQ(url.value().target, "var/kplan.db");
  EXPECT_EQ(BackendName(url.value().backend), "sqlite");
}

TEST(DatabaseUrlTest, PostgresUrlKeptForLibpq) {
  auto url = ParseDatabaseUrl("postgresql://kplan@127.0.0.1:5433/kplan");
  ASSERT_TRUE(url.ok());
  EXPECT_EQ(url.value().backend, Backend::kPostgres);
  EXPECT_EQ(url.value().target, "postgresql://kplan@127.0.0.1:5433/kplan");
  EXPECT_EQ(BackendName(url.value().backend), "postgresql");
}

TEST(DatabaseUrlTest, UnknownSchemeIsRejectedWithoutLeakingPassword) {
  auto url = ParseDatabaseUrl("mysql://root:hemligt@db/x");
  ASSERT_FALSE(url.ok());
  EXPECT_EQ(url.error().code(), ErrorCode::kInvalidInput);
  EXPECT_EQ(url.error().message().find("hemligt"), std::string::npos);
  EXPECT_NE(url.error().message().find("mysql://root:***@db/x"), std::string::npos);
}

TEST(DatabaseUrlTest, EmptySqlitePathIsRejected) {
  EXPECT_FALSE(ParseDatabaseUrl("sqlite:").ok());
}

TEST(DatabaseUrlTest, PostgresUrlBecomesLibpqKeywords) {
  auto conn = PostgresConnectionString(
      "postgresql://kplan:h%C3%A4mligt%20o'k@db.local:5433/plan?connect_timeout=2");
  ASSERT_TRUE(conn.ok());
  EXPECT_EQ(conn.value(),
            "host='db.local' port='5433' user='kplan' password='hämligt o\\'k' dbname='plan' "
            "connect_timeout='2'");
}

TEST(DatabaseUrlTest, RedactsOnlyThePassword) {
  EXPECT_EQ(RedactedUrl("postgresql://u:p@h:1/d"), "postgresql://u:***@h:1/d");
  EXPECT_EQ(RedactedUrl("postgresql://u@h/d"), "postgresql://u@h/d");
  EXPECT_EQ(RedactedUrl("sqlite:x.db"), "sqlite:x.db");
}

}  // namespace
}  // namespace kplan::store
