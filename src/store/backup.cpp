#include "kplan/store/backup.hpp"

#include <sqlite3.h>

#include <filesystem>
#include <memory>

#include "kplan/store/database_url.hpp"
#include "kplan/store/store.hpp"

namespace kplan::store {
namespace {

struct CloseDb {
  void operator()(sqlite3* db) const { sqlite3_close(db); }
};
using Db = std::unique_ptr<sqlite3, CloseDb>;

Result<Db> OpenDb(const std::string& path, int flags) {
  sqlite3* raw = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  Db db(raw);
  if (rc != SQLITE_OK) {
    return Error(ErrorCode::kUnavailable, "kan inte öppna \"" + path + "\"",
                 "cannot open \"" + path + "\"")
        .WithFile(path);
  }
  sqlite3_busy_timeout(db.get(), 5000);
  return db;
}

Status Copy(sqlite3* from, sqlite3* to, const std::string& file) {
  sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main");
  if (!backup) {
    return Error(ErrorCode::kUnavailable, "säkerhetskopieringen kunde inte starta",
                 "the backup could not start")
        .WithFile(file);
  }
  int rc = sqlite3_backup_step(backup, -1);
  sqlite3_backup_finish(backup);
  if (rc != SQLITE_DONE) {
    return Error(ErrorCode::kUnavailable, "säkerhetskopieringen avbröts (" + std::string(sqlite3_errstr(rc)) + ")",
                 "the backup was interrupted (" + std::string(sqlite3_errstr(rc)) + ")")
        .WithFile(file);
  }
  return Ok();
}

Result<std::string> SqlitePath(std::string_view url) {
  Result<DatabaseUrl> parsed = ParseDatabaseUrl(url);
  if (!parsed.ok()) return parsed.error();
  if (parsed.value().backend != Backend::kSqlite) {
    return Error(ErrorCode::kInvalidInput,
                 "kplan backup och restore gäller SQLite; för PostgreSQL används pg_dump och pg_restore",
                 "kplan backup and restore are for SQLite; use pg_dump and pg_restore for PostgreSQL")
        .WithHint("pg_dump -Fc -f kplan.dump DATABAS, och pg_restore --clean -d DATABAS kplan.dump");
  }
  return parsed.value().target;
}

}  // namespace

Status BackupDatabase(std::string_view url, const std::string& file) {
  Result<std::string> path = SqlitePath(url);
  if (!path.ok()) return path.error();
  if (!std::filesystem::exists(path.value())) {
    return Error(ErrorCode::kNotFound, "databasen \"" + path.value() + "\" finns inte",
                 "the database \"" + path.value() + "\" does not exist");
  }
  auto from = OpenDb(path.value(), SQLITE_OPEN_READONLY);
  if (!from.ok()) return from.error();
  auto to = OpenDb(file, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  if (!to.ok()) return to.error();
  return Copy(from.value().get(), to.value().get(), file);
}

Status RestoreDatabase(std::string_view url, const std::string& file) {
  Result<std::string> path = SqlitePath(url);
  if (!path.ok()) return path.error();
  if (!std::filesystem::exists(file)) {
    return Error(ErrorCode::kNotFound, "säkerhetskopian \"" + file + "\" finns inte",
                 "the backup \"" + file + "\" does not exist")
        .WithFile(file);
  }
  auto from = OpenDb(file, SQLITE_OPEN_READONLY);
  if (!from.ok()) return from.error();
  // Only a Kompetensplan database with a schema this program knows.
  sqlite3_stmt* stmt = nullptr;
  int version = -1;
  if (sqlite3_prepare_v2(from.value().get(), "SELECT MAX(version) FROM schema_migrations", -1,
                         &stmt, nullptr) == SQLITE_OK &&
      sqlite3_step(stmt) == SQLITE_ROW) {
    version = sqlite3_column_int(stmt, 0);
  }
  sqlite3_finalize(stmt);
  if (version <= 0 || version > Store::LatestSchemaVersion()) {
    return Error(ErrorCode::kInvalidInput,
                 "filen är ingen säkerhetskopia av en Kompetensplan-databas som denna version kan läsa",
                 "the file is not a backup of a Kompetensplan database this version can read")
        .WithFile(file)
        .WithRule("backup_schema");
  }
  std::filesystem::path target(path.value());
  if (target.has_parent_path()) std::filesystem::create_directories(target.parent_path());
  auto to = OpenDb(path.value(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  if (!to.ok()) return to.error();
  return Copy(from.value().get(), to.value().get(), file);
}

}  // namespace kplan::store
