// The Store on Poco::Data, for SQLite and PostgreSQL alike. SQL is kept as
// named constants in sql.hpp; the few dialect differences are resolved in
// migrations.cpp. Driver errors are logged here and never passed on.

#include <Poco/Data/PostgreSQL/Connector.h>
#include <Poco/Data/RecordSet.h>
#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Data/Session.h>
#include <Poco/Data/SessionPool.h>
#include <Poco/Data/Statement.h>
#include <Poco/Exception.h>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <mutex>

#include "kplan/store/store.hpp"
#include "migrations.hpp"
#include "sql.hpp"

using namespace Poco::Data::Keywords;
using Poco::Data::RecordSet;
using Poco::Data::Session;
using Poco::Data::Statement;

namespace kplan::store {
namespace {

void RegisterConnectors() {
  static std::once_flag once;
  std::call_once(once, [] {
    Poco::Data::SQLite::Connector::registerConnector();
    Poco::Data::PostgreSQL::Connector::registerConnector();
  });
}

std::string NowUtc() {
  std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

// Maps a driver exception to the caller's error without its text; the text
// goes to the server log, where an operator can read it.
Error DatabaseError(const Poco::Exception& e, std::string_view during) {
  std::cerr << "kplan store: " << during << ": " << e.displayText() << "\n";
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

class PocoStore final : public Store {
 public:
  PocoStore(Backend backend, const std::string& connector, const std::string& target)
      : backend_(backend), pool_(connector, target, 1, 32, 60) {}

  Backend backend() const override { return backend_; }

  Status Ping() override {
    try {
      Session s = Get();
      int one = 0;
      s << sql::kPing, into(one), now;
      return Ok();
    } catch (const Poco::Exception& e) {
      return DatabaseError(e, "ping");
    }
  }

  Result<int> SchemaVersion() override {
    try {
      Session s = Get();
      s << ForBackend(sql::kCreateMigrationsTable, backend_), now;
      int version = 0;
      s << sql::kSchemaVersion, into(version), now;
      return version;
    } catch (const Poco::Exception& e) {
      return DatabaseError(e, "schema version");
    }
  }

  Result<int> Migrate() override {
    Result<int> current = SchemaVersion();
    if (!current.ok()) return current.error();
    if (current.value() > LatestSchemaVersion()) {
      return Error(ErrorCode::kConflict,
                   "databasen har schemaversion " + std::to_string(current.value()) +
                       " men programmet känner bara till " +
                       std::to_string(LatestSchemaVersion()),
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
        s << sql::kRecordMigration, use(version), use(description), use(at), now;
        s.commit();
        ++applied;
      } catch (const Poco::Exception& e) {
        if (s.isTransaction()) s.rollback();
        return DatabaseError(e, "migration " + std::to_string(m.version));
      }
    }
    return applied;
  }

  Result<int> AddOrgUnits(const std::vector<NewOrgUnit>& units, std::string_view actor) override {
    Result<std::vector<OrgUnit>> existing = ListOrgUnits();
    if (!existing.ok()) return existing.error();
    if (Status valid = ValidateNewOrgUnits(existing.value(), units); !valid.ok()) {
      return valid.error();
    }
    std::map<std::string, std::int64_t> ids;
    for (const OrgUnit& u : existing.value()) ids[u.code] = u.id;

    Session s = Get();
    try {
      s.begin();
      std::string after = "[";
      for (const NewOrgUnit& u : units) {
        std::string kind(OrgUnitKindKey(u.kind));
        std::string code = u.code;
        std::string name = u.name;
        Poco::Int64 id = 0;
        if (u.parent_code.empty()) {
          s << sql::kInsertRootUnit, use(kind), use(code), use(name), into(id), now;
        } else {
          Poco::Int64 parent = ids.at(u.parent_code);
          s << sql::kInsertChildUnit, use(parent), use(kind), use(code), use(name), into(id), now;
        }
        ids[u.code] = id;
        if (after.size() > 1) after += ",";
        after += "{\"code\":\"" + JsonEscape(code) + "\",\"name\":\"" + JsonEscape(name) +
                 "\",\"kind\":\"" + kind + "\"}";
      }
      after += "]";
      AppendAudit(s, actor, "import", "org_unit", std::to_string(units.size()), "", after);
      s.commit();
      return static_cast<int>(units.size());
    } catch (const Poco::Exception& e) {
      if (s.isTransaction()) s.rollback();
      return DatabaseError(e, "add org units");
    }
  }

  Result<std::vector<OrgUnit>> ListOrgUnits() override {
    try {
      Session s = Get();
      Statement select(s);
      select << sql::kListUnits, now;
      return ReadUnits(select);
    } catch (const Poco::Exception& e) {
      return DatabaseError(e, "list org units");
    }
  }

  Result<std::vector<OrgUnit>> Subtree(std::int64_t unit_id) override {
    try {
      Session s = Get();
      Statement select(s);
      Poco::Int64 id = unit_id;
      select << sql::kSubtree, use(id), now;
      std::vector<OrgUnit> units = ReadUnits(select);
      if (units.empty()) {
        return Error(ErrorCode::kNotFound, "enheten " + std::to_string(unit_id) + " finns inte",
                     "unit " + std::to_string(unit_id) + " does not exist");
      }
      return units;
    } catch (const Poco::Exception& e) {
      return DatabaseError(e, "subtree");
    }
  }

  Result<std::vector<AuditEntry>> ListAudit(int limit) override {
    try {
      Session s = Get();
      Statement select(s);
      select << sql::kListAudit, use(limit), now;
      RecordSet rs(select);
      std::vector<AuditEntry> out;
      for (std::size_t row = 0; row < rs.rowCount(); ++row) {
        AuditEntry a;
        a.id = rs.value(0, row).convert<Poco::Int64>();
        a.at = rs.value(1, row).convert<std::string>();
        a.actor = rs.value(2, row).convert<std::string>();
        a.action = rs.value(3, row).convert<std::string>();
        a.entity = rs.value(4, row).convert<std::string>();
        a.entity_id = rs.value(5, row).convert<std::string>();
        a.before_json = rs.value(6, row).convert<std::string>();
        a.after_json = rs.value(7, row).convert<std::string>();
        out.push_back(std::move(a));
      }
      return out;
    } catch (const Poco::Exception& e) {
      return DatabaseError(e, "list audit");
    }
  }

 private:
  Session Get() {
    Session s = pool_.get();
    if (backend_ == Backend::kSqlite) {
      // Per connection: SQLite enforces foreign keys only when asked, and
      // waits for a concurrent writer instead of failing at once.
      s << "PRAGMA foreign_keys = ON", now;
      s << "PRAGMA busy_timeout = 5000", now;
    }
    return s;
  }

  static std::vector<OrgUnit> ReadUnits(Statement& select) {
    RecordSet rs(select);
    std::vector<OrgUnit> units;
    units.reserve(rs.rowCount());
    for (std::size_t row = 0; row < rs.rowCount(); ++row) {
      OrgUnit u;
      u.id = rs.value(0, row).convert<Poco::Int64>();
      if (!rs.value(1, row).isEmpty()) u.parent_id = rs.value(1, row).convert<Poco::Int64>();
      u.kind = ParseOrgUnitKind(rs.value(2, row).convert<std::string>()).value_or(OrgUnitKind::kEnhet);
      u.code = rs.value(3, row).convert<std::string>();
      u.name = rs.value(4, row).convert<std::string>();
      units.push_back(std::move(u));
    }
    return units;
  }

  void AppendAudit(Session& s, std::string_view actor, std::string action, std::string entity,
                   std::string entity_id, std::string before, std::string after) {
    std::string at = NowUtc();
    std::string who(actor);
    s << sql::kInsertAudit, use(at), use(who), use(action), use(entity), use(entity_id),
        use(before), use(after), now;
  }

  Backend backend_;
  Poco::Data::SessionPool pool_;
};

}  // namespace

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
