// Connection, migrations and the pieces every aggregate shares.

#include "poco_store.hpp"

#include <Poco/Data/PostgreSQL/Connector.h>
#include <Poco/Data/SQLite/Connector.h>
#include <sqlite3.h>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <mutex>

#include "migrations.hpp"

namespace kplan::store {
namespace {

constexpr const char* kPing = "SELECT 1";
constexpr const char* kCreateMigrationsTable =
    "CREATE TABLE IF NOT EXISTS schema_migrations ("
    " version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)";
constexpr const char* kSchemaVersion =
    "SELECT CAST(COALESCE(MAX(version), 0) AS INTEGER) FROM schema_migrations";
constexpr const char* kRecordMigration =
    "INSERT INTO schema_migrations (version, description, applied_at) VALUES ($1, $2, $3)";
constexpr const char* kInsertAudit =
    "INSERT INTO audit_log (at, actor, action, entity, entity_id, before_json, after_json)"
    " VALUES ($1, $2, $3, $4, $5, $6, $7)";

// SQLite in multi-thread mode: a pooled session is used by one thread at a
// time, so the per-connection mutexes of the default serialized mode (taken on
// every bind, step and reset) only cost time; memory statistics, which take a
// global mutex on every allocation, are not used either. Configured once,
// before the first connection is opened.
void ConfigureSqlite() {
  if (sqlite3_threadsafe() == 0) return;
  sqlite3_shutdown();
  sqlite3_config(SQLITE_CONFIG_MULTITHREAD);
  sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
  sqlite3_initialize();
}

void RegisterConnectors() {
  static std::once_flag once;
  std::call_once(once, [] {
    ConfigureSqlite();
    Poco::Data::SQLite::Connector::registerConnector();
    Poco::Data::PostgreSQL::Connector::registerConnector();
  });
}

}  // namespace

std::string NowUtc() {
  std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

Error DatabaseError(const Poco::Exception& e, std::string_view during) {
  const std::string text = e.displayText();
  std::cerr << "kplan store: " << during << ": " << text << "\n";
  // Poco's PostgreSQL messages carry the SQLSTATE ("State: 23505"). A unique
  // violation, a serialization failure or a deadlock is another writer's
  // change meeting ours, which the user answers by reading again: 409, not a
  // failed database.
  if (text.find("State: 23505") != std::string::npos) {
    return Error(ErrorCode::kConflict,
                 "någon annan sparade samma uppgift samtidigt; läs in sidan igen",
                 "someone else saved the same record at the same time; reload the page")
        .WithRule("unique");
  }
  if (text.find("State: 40001") != std::string::npos || text.find("State: 40P01") != std::string::npos) {
    return Error(ErrorCode::kConflict,
                 "någon annan ändrade samma uppgifter samtidigt; läs in sidan igen och försök på nytt",
                 "someone else changed the same data at the same time; reload and try again")
        .WithRule("concurrent_change");
  }
  return Error(ErrorCode::kUnavailable, "databasen kunde inte utföra åtgärden",
               "the database could not complete the operation");
}

std::string JsonEscape(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += c;
        }
    }
  }
  return out;
}

PocoStore::PocoStore(Backend backend, const std::string& connector, const std::string& connection)
    : backend_(backend), pool_(connector, connection, 1, 32, 60) {}

Session PocoStore::Get() {
  Session s = pool_.get();
  if (backend_ == Backend::kSqlite) {
    // Per connection: SQLite enforces foreign keys only when asked, and
    // waits for a concurrent writer instead of failing at once.
    s << "PRAGMA foreign_keys = ON", now;
    s << "PRAGMA busy_timeout = 5000", now;
  }
  return s;
}

Status PocoStore::Ping() {
  try {
    Session s = Get();
    int one = 0;
    s << kPing, into(one), now;
    return Ok();
  } catch (const Poco::Exception& e) {
    return DatabaseError(e, "ping");
  }
}

Result<int> PocoStore::SchemaVersion() {
  try {
    Session s = Get();
    s << ForBackend(kCreateMigrationsTable, backend_), now;
    int version = 0;
    s << kSchemaVersion, into(version), now;
    return version;
  } catch (const Poco::Exception& e) {
    return DatabaseError(e, "schema version");
  }
}

Result<int> PocoStore::Migrate() {
  Result<int> current = SchemaVersion();
  if (!current.ok()) return current.error();
  if (current.value() > LatestSchemaVersion()) {
    return Error(ErrorCode::kConflict,
                 "databasen har schemaversion " + std::to_string(current.value()) +
                     " men programmet känner bara till " + std::to_string(LatestSchemaVersion()),
                 "the database has schema version " + std::to_string(current.value()) +
                     " but this program knows only " + std::to_string(LatestSchemaVersion()))
        .WithHint("Uppgradera kplan.");
  }
  int applied = 0;
  for (const Migration& m : AllMigrations()) {
    if (m.version <= current.value()) continue;
    Session s = Get();
    try {
      s.begin();
      for (std::string_view statement : m.statements) {
        s << ForBackend(statement, backend_), now;
      }
      int version = m.version;
      std::string description(m.description);
      std::string at = NowUtc();
      s << kRecordMigration, use(version), use(description), use(at), now;
      s.commit();
      ++applied;
    } catch (const Poco::Exception& e) {
      if (s.isTransaction()) s.rollback();
      return DatabaseError(e, "migration " + std::to_string(m.version));
    }
  }
  return applied;
}

void PocoStore::AppendAudit(Session& s, std::string_view actor, std::string action,
                            std::string entity, std::string entity_id, std::string before,
                            std::string after) {
  std::string at = NowUtc();
  std::string who(actor);
  s << kInsertAudit, use(at), use(who), use(action), use(entity), use(entity_id),
      use(before), use(after), now;
}

int Store::LatestSchemaVersion() { return AllMigrations().back().version; }

Result<std::unique_ptr<Store>> Store::Open(std::string_view url_text) {
  Result<DatabaseUrl> url = ParseDatabaseUrl(url_text);
  if (!url.ok()) return url.error();
  RegisterConnectors();
  try {
    std::unique_ptr<Store> store;
    if (url.value().backend == Backend::kSqlite) {
      std::filesystem::path path(url.value().target);
      if (path.has_parent_path() && url.value().target != ":memory:") {
        std::filesystem::create_directories(path.parent_path());
      }
      store = std::make_unique<PocoStore>(Backend::kSqlite, "SQLite", url.value().target);
    } else {
      Result<std::string> conn = PostgresConnectionString(url.value().target);
      if (!conn.ok()) return conn.error();
      store = std::make_unique<PocoStore>(Backend::kPostgres, "PostgreSQL", conn.value());
    }
    if (Status ping = store->Ping(); !ping.ok()) {
      return Error(ErrorCode::kUnavailable,
                   "databasen \"" + RedactedUrl(url_text) + "\" kan inte nås",
                   "cannot reach the database \"" + RedactedUrl(url_text) + "\"");
    }
    return store;
  } catch (const std::exception& e) {
    std::cerr << "kplan store: open: " << e.what() << "\n";
    return Error(ErrorCode::kUnavailable,
                 "databasen \"" + RedactedUrl(url_text) + "\" kan inte öppnas",
                 "cannot open the database \"" + RedactedUrl(url_text) + "\"");
  }
}

}  // namespace kplan::store
