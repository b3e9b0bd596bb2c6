#pragma once
// Which database to use, from the URL a user passes with --db or KPLAN_DB:
//   sqlite:PATH                                 embedded SQLite file (default var/kplan.db)
//   sqlite::memory:                             in-memory SQLite (tests)
//   postgresql://user:pass@host:port/dbname     PostgreSQL (also postgres://)

#include <string>
#include <string_view>

#include "kplan/core/error.hpp"

namespace kplan::store {

enum class Backend { kSqlite, kPostgres };

struct DatabaseUrl {
  Backend backend;
  std::string target;  // SQLite: file path; PostgreSQL: the libpq URL as given
};

Result<DatabaseUrl> ParseDatabaseUrl(std::string_view url);

// The libpq keyword/value form ("host=... port=... dbname=...") of a
// postgresql:// URL, which is what Poco's PostgreSQL connector accepts.
// Percent-escapes are decoded; query parameters (connect_timeout, sslmode ...)
// are passed through.
Result<std::string> PostgresConnectionString(std::string_view url);

// "sqlite" or "postgresql", as reported by /api/v1/health.
std::string_view BackendName(Backend backend);

// The URL with any password replaced by "***", for logs and messages.
std::string RedactedUrl(std::string_view url);

}  // namespace kplan::store
