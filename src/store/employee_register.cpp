// Employee register snapshots: one extract per unit and date, written in one
// transaction. The rows go in through each backend's own bulk path (SQLite: a
// prepared statement stepped per row; PostgreSQL: COPY) so that large extracts
// load quickly.

#include <Poco/Data/PooledSessionImpl.h>
#include <Poco/Data/PostgreSQL/SessionImpl.h>
#include <Poco/Data/RecordSet.h>
#include <Poco/Data/SQLite/Utility.h>
#include <Poco/Nullable.h>
#include <sqlite3.h>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <future>
#include <map>
#include <memory>

#include "poco_store.hpp"
#include "sql.hpp"

using namespace Poco::Data::Keywords;
using Poco::Nullable;
using Poco::Data::RecordSet;
using Poco::Data::Session;
using Poco::Data::Statement;

namespace kplan::store {
namespace {

constexpr const char* kFindSnapshot =
    "SELECT id, content_hash FROM employee_snapshot WHERE org_unit_id = $1 AND extract_date = $2";
constexpr const char* kDeleteSnapshotEmployees = "DELETE FROM employee WHERE snapshot_id = $1";
constexpr const char* kDeleteSnapshot = "DELETE FROM employee_snapshot WHERE id = $1";
constexpr const char* kInsertSnapshot =
    "INSERT INTO employee_snapshot (org_unit_id, extract_date, source_file, content_hash, rows,"
    " imported_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id";
constexpr const char* kInsertEmployee =
    "INSERT INTO employee (snapshot_id, employee_ref, org_unit_id, category, ssyk,"
    " employment_form, birth_year, gender, fte_percent, start_date, end_date, competence_level,"
    " manager, qualified, sick_hours, scheduled_hours)"
    " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)";
constexpr const char* kListSnapshots =
    "SELECT id, org_unit_id, extract_date, source_file, content_hash, rows, imported_at"
    " FROM employee_snapshot ORDER BY extract_date, id";
constexpr const char* kLoadEmployees =
    KPLAN_SQL_SUBTREE_OF_PARAM_1
    " SELECT e.employee_ref, u.code, e.category, e.ssyk, e.employment_form, e.birth_year,"
    " e.gender, e.fte_percent, e.start_date, e.end_date, e.competence_level, e.manager,"
    " e.qualified, e.sick_hours, e.scheduled_hours"
    " FROM employee e JOIN org_unit u ON u.id = e.org_unit_id"
    " WHERE e.snapshot_id = $2 AND e.org_unit_id IN (SELECT id FROM sub)"
    " ORDER BY e.employee_ref";

// FNV-1a over a canonical form of the records (text fields, then numbers by
// value): the same records give the same fingerprint whatever file format or
// encoding they came in.
std::string Fingerprint(const std::vector<EmployeeRecord>& employees) {
  std::uint64_t h = 1469598103934665603ULL;
  auto mix_bytes = [&](const void* data, std::size_t size) {
    const auto* p = static_cast<const unsigned char*>(data);
    for (std::size_t i = 0; i < size; ++i) {
      h ^= p[i];
      h *= 1099511628211ULL;
    }
  };
  auto mix = [&](std::string_view text) {
    mix_bytes(text.data(), text.size());
    mix_bytes("\x1f", 1);  // field separator
  };
  auto mix_number = [&](double v) {
    if (v == 0) v = 0;  // -0 and 0 are the same value
    std::uint64_t bits = 0;
    std::memcpy(&bits, &v, sizeof bits);
    mix_bytes(&bits, sizeof bits);
  };
  auto mix_date = [&](const std::optional<CalendarDate>& d) {
    mix_number(d ? d->year * 10000.0 + d->month * 100.0 + d->day : -1.0);
  };
  for (const EmployeeRecord& e : employees) {
    mix(e.employee_id);
    mix(e.unit_code);
    mix(e.category);
    mix(e.ssyk);
    mix(EmploymentFormKey(e.form));
    mix(GenderKey(e.gender));
    mix_number(e.birth_year);
    mix_number(e.fte_percent);
    mix_date(e.start);
    mix_date(e.end);
    mix_number(e.competence_level ? *e.competence_level : -1);
    mix_number(e.manager ? 1 : 0);
    mix_number(e.qualified ? (*e.qualified ? 1 : 0) : -1);
    mix_number(e.sick_hours);
    mix_number(e.scheduled_hours);
  }
  char hex[24];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
  return hex;
}

// The content hash of a snapshot row written before its hash was known.
constexpr const char* kSetSnapshotHash = "UPDATE employee_snapshot SET content_hash = $1 WHERE id = $2";

// "YYYY-MM-DD" into a caller's buffer, as FormatIsoDate writes it but without
// allocating or going through printf (two dates a row). Years outside
// 0–9999 cannot come from a validated file; they take the general path.
std::string_view IsoDate(const CalendarDate& d, char (&buf)[16]) {
  if (d.year < 0 || d.year > 9999 || d.month < 0 || d.month > 99 || d.day < 0 || d.day > 99) {
    int n = std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return {buf, static_cast<std::size_t>(std::min(n, 15))};
  }
  auto two = [](char* at, int v) {
    at[0] = static_cast<char>('0' + v / 10);
    at[1] = static_cast<char>('0' + v % 10);
  };
  two(buf, d.year / 100);
  two(buf + 2, d.year % 100);
  buf[4] = '-';
  two(buf + 5, d.month);
  buf[7] = '-';
  two(buf + 8, d.day);
  return {buf, 10};
}

// Extracts smaller than this go into the live indexes whatever is stored.
constexpr std::size_t kRebuildIndexesFrom = 50000;

// Runs one statement (a PRAGMA or DDL) on a raw SQLite handle.
void Exec(sqlite3* db, const char* statement) {
  if (sqlite3_exec(db, statement, nullptr, nullptr, nullptr) != SQLITE_OK) {
    throw Poco::Exception(std::string(statement) + ": " + sqlite3_errmsg(db));
  }
}

// For the duration of one bulk insert inside the open transaction:
//   - CHECK constraints are not evaluated. SQLite 3.40 compiles the schema's
//     `employment_form IN (...)` and `gender IN (...)` checks into a temporary
//     b-tree built afresh for every row, which made up most of the insert time.
//     The values bound come from EmploymentFormKey and GenderKey, which only
//     give the allowed words, so the checks cannot fail here. NOT NULL, keys
//     and foreign keys stay enforced.
//   - a larger page cache (64 MB), so that the new pages of a large extract
//     are not spilled to the file (and the journal synced) before the commit.
// Durability is unchanged: same journal mode, same synchronous level, one
// transaction. Both settings are restored when the insert ends, also on error.
class BulkInsertSettings {
 public:
  explicit BulkInsertSettings(sqlite3* db) : db_(db) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db_, "PRAGMA cache_size", -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW) {
      cache_size_ = sqlite3_column_int(stmt, 0);
    }
    sqlite3_finalize(stmt);
    Exec(db_, "PRAGMA ignore_check_constraints = ON");
    Exec(db_, "PRAGMA cache_size = -65536");
  }
  ~BulkInsertSettings() {
    sqlite3_exec(db_, "PRAGMA ignore_check_constraints = OFF", nullptr, nullptr, nullptr);
    const std::string restore = "PRAGMA cache_size = " + std::to_string(cache_size_);
    sqlite3_exec(db_, restore.c_str(), nullptr, nullptr, nullptr);
  }
  BulkInsertSettings(const BulkInsertSettings&) = delete;
  BulkInsertSettings& operator=(const BulkInsertSettings&) = delete;

 private:
  sqlite3* db_;
  int cache_size_ = -2000;
};

struct IndexDefinition {
  std::string name;
  std::string create;  // the CREATE INDEX statement
};

// The secondary indexes of the employee table (not the primary key's).
std::vector<IndexDefinition> SecondaryIndexes(sqlite3* db) {
  std::vector<IndexDefinition> out;
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db,
                         "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND"
                         " tbl_name = 'employee' AND sql IS NOT NULL ORDER BY name",
                         -1, &stmt, nullptr) != SQLITE_OK) {
    throw Poco::Exception("list employee indexes: " + std::string(sqlite3_errmsg(db)));
  }
  while (sqlite3_step(stmt) == SQLITE_ROW) {
    out.push_back({reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)),
                   reinterpret_cast<const char*>(sqlite3_column_text(stmt, 1))});
  }
  sqlite3_finalize(stmt);
  return out;
}

// Rows already stored in other snapshots (their recorded counts).
std::int64_t StoredEmployeeRows(sqlite3* db, Poco::Int64 except_snapshot) {
  sqlite3_stmt* stmt = nullptr;
  std::int64_t rows = 0;
  if (sqlite3_prepare_v2(db, "SELECT COALESCE(SUM(rows), 0) FROM employee_snapshot WHERE id <> ?1",
                         -1, &stmt, nullptr) == SQLITE_OK) {
    sqlite3_bind_int64(stmt, 1, except_snapshot);
    if (sqlite3_step(stmt) == SQLITE_ROW) rows = sqlite3_column_int64(stmt, 0);
  }
  sqlite3_finalize(stmt);
  return rows;
}

// SQLite: one prepared statement stepped per row inside the open transaction,
// about ten times faster than Poco's generic bulk binding for large extracts.
// Text is bound without a copy (SQLITE_STATIC): the records outlive each step.
void InsertEmployeesSqlite(Session& s, Poco::Int64 snapshot_id,
                           const std::vector<std::int64_t>& unit_of_record,
                           const std::vector<EmployeeRecord>& employees) {
  sqlite3* db = Poco::Data::SQLite::Utility::dbHandle(s);
  BulkInsertSettings settings(db);
  // The unit index (snapshot, unit) is written at as many places as there are
  // units when rows come in employee order: for a million rows that costs
  // about twice as much as building it afresh, sorted, afterwards. When the
  // extract is larger than everything already stored, the secondary indexes
  // are dropped and created again after the rows, in the same transaction (a
  // kill or an error rolls the DDL back with the rows). Otherwise the rebuild
  // would cost more than it saves, and the rows go into the live indexes.
  std::vector<IndexDefinition> rebuild;
  if (employees.size() >= kRebuildIndexesFrom &&
      static_cast<std::int64_t>(employees.size()) > StoredEmployeeRows(db, snapshot_id)) {
    rebuild = SecondaryIndexes(db);
    for (const IndexDefinition& index : rebuild) Exec(db, ("DROP INDEX \"" + index.name + "\"").c_str());
  }
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db, kInsertEmployee, -1, &stmt, nullptr) != SQLITE_OK) {
    throw Poco::Exception("prepare employee insert: " + std::string(sqlite3_errmsg(db)));
  }
  std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> guard(stmt, sqlite3_finalize);
  auto text = [&](int i, std::string_view v) {
    sqlite3_bind_text(stmt, i, v.data(), static_cast<int>(v.size()), SQLITE_STATIC);
  };
  char start[16], end[16];
  sqlite3_bind_int64(stmt, 1, snapshot_id);
  for (std::size_t r = 0; r < employees.size(); ++r) {
    const EmployeeRecord& e = employees[r];
    text(2, e.employee_id);
    sqlite3_bind_int64(stmt, 3, unit_of_record[r]);
    text(4, e.category);
    if (e.ssyk.empty()) sqlite3_bind_null(stmt, 5); else text(5, e.ssyk);
    text(6, EmploymentFormKey(e.form));
    sqlite3_bind_int(stmt, 7, e.birth_year);
    text(8, GenderKey(e.gender));
    sqlite3_bind_double(stmt, 9, e.fte_percent);
    text(10, IsoDate(e.start, start));
    if (e.end) text(11, IsoDate(*e.end, end)); else sqlite3_bind_null(stmt, 11);
    if (e.competence_level) sqlite3_bind_int(stmt, 12, *e.competence_level); else sqlite3_bind_null(stmt, 12);
    sqlite3_bind_int(stmt, 13, e.manager ? 1 : 0);
    if (e.qualified) sqlite3_bind_int(stmt, 14, *e.qualified ? 1 : 0); else sqlite3_bind_null(stmt, 14);
    sqlite3_bind_double(stmt, 15, e.sick_hours);
    sqlite3_bind_double(stmt, 16, e.scheduled_hours);
    if (sqlite3_step(stmt) != SQLITE_DONE) {
      throw Poco::Exception("insert employee: " + std::string(sqlite3_errmsg(db)));
    }
    sqlite3_reset(stmt);
  }
  for (const IndexDefinition& index : rebuild) Exec(db, index.create.c_str());
}

// The libpq connection under a pooled Poco session. PooledSessionImpl hands
// its session only to subclasses (access() is protected); this one reads it.
struct PooledSessionAccess : Poco::Data::PooledSessionImpl {
  static Poco::Data::SessionImpl* Of(Poco::Data::PooledSessionImpl& pooled) {
    return (pooled.*(&PooledSessionAccess::access))();
  }
};

PGconn* PostgresHandle(Session& s) {
  Poco::Data::SessionImpl* impl = s.impl();
  if (auto* pooled = dynamic_cast<Poco::Data::PooledSessionImpl*>(impl)) {
    impl = PooledSessionAccess::Of(*pooled);
  }
  auto* pg = dynamic_cast<Poco::Data::PostgreSQL::SessionImpl*>(impl);
  if (!pg) throw Poco::Exception("employee COPY: not a PostgreSQL session");
  return pg->handle();
}

// COPY's text format: backslash, tab, newline and carriage return escaped.
void AppendCopyText(std::string& out, std::string_view text) {
  for (char c : text) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      default: out += c;
    }
  }
}

void AppendCopyNumber(std::string& out, double v) {
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);  // shortest exact form
  out.append(buf, ec == std::errc() ? end : buf);
}

void AppendCopyNumber(std::string& out, std::int64_t v) {
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, ec == std::errc() ? end : buf);
}

// PostgreSQL: the rows go in with COPY ... FROM STDIN on the session's own
// connection, inside its open transaction: one stream instead of a round trip
// per row (a million rows took minutes through Poco's per-row execution). An
// error ends the COPY with the server's message and the caller rolls back.
void InsertEmployeesPostgres(Session& s, Poco::Int64 snapshot_id,
                             const std::vector<std::int64_t>& unit_of_record,
                             const std::vector<EmployeeRecord>& employees) {
  PGconn* conn = PostgresHandle(s);
  auto fail = [&](const std::string& during) {
    throw Poco::Exception("employee COPY " + during + ": " + PQerrorMessage(conn));
  };
  PGresult* start = PQexec(conn,
                           "COPY employee (snapshot_id, employee_ref, org_unit_id, category, ssyk,"
                           " employment_form, birth_year, gender, fte_percent, start_date, end_date,"
                           " competence_level, manager, qualified, sick_hours, scheduled_hours)"
                           " FROM STDIN");
  const bool started = PQresultStatus(start) == PGRES_COPY_IN;
  PQclear(start);
  if (!started) fail("start");
  std::string chunk;
  chunk.reserve(1 << 20);
  char date[16];
  auto flush = [&] {
    if (PQputCopyData(conn, chunk.data(), static_cast<int>(chunk.size())) != 1) fail("data");
    chunk.clear();
  };
  for (std::size_t r = 0; r < employees.size(); ++r) {
    const EmployeeRecord& e = employees[r];
    AppendCopyNumber(chunk, static_cast<std::int64_t>(snapshot_id));
    chunk += '\t';
    AppendCopyText(chunk, e.employee_id);
    chunk += '\t';
    AppendCopyNumber(chunk, unit_of_record[r]);
    chunk += '\t';
    AppendCopyText(chunk, e.category);
    chunk += '\t';
    if (e.ssyk.empty()) chunk += "\\N"; else AppendCopyText(chunk, e.ssyk);
    chunk += '\t';
    chunk += EmploymentFormKey(e.form);
    chunk += '\t';
    AppendCopyNumber(chunk, static_cast<std::int64_t>(e.birth_year));
    chunk += '\t';
    chunk += GenderKey(e.gender);
    chunk += '\t';
    AppendCopyNumber(chunk, e.fte_percent);
    chunk += '\t';
    chunk += IsoDate(e.start, date);
    chunk += '\t';
    if (e.end) chunk += IsoDate(*e.end, date); else chunk += "\\N";
    chunk += '\t';
    if (e.competence_level) AppendCopyNumber(chunk, static_cast<std::int64_t>(*e.competence_level)); else chunk += "\\N";
    chunk += '\t';
    chunk += e.manager ? '1' : '0';
    chunk += '\t';
    if (e.qualified) chunk += *e.qualified ? '1' : '0'; else chunk += "\\N";
    chunk += '\t';
    AppendCopyNumber(chunk, e.sick_hours);
    chunk += '\t';
    AppendCopyNumber(chunk, e.scheduled_hours);
    chunk += '\n';
    if (chunk.size() >= (1 << 20) - 4096) flush();
  }
  if (!chunk.empty()) flush();
  if (PQputCopyEnd(conn, nullptr) != 1) fail("end");
  bool ok = true;
  std::string message;
  while (PGresult* result = PQgetResult(conn)) {
    if (PQresultStatus(result) != PGRES_COMMAND_OK) {
      ok = false;
      message = PQresultErrorMessage(result);
    }
    PQclear(result);
  }
  if (!ok) throw Poco::Exception("employee COPY: " + message);
}

}  // namespace

Result<SnapshotWrite> PocoStore::SaveRegisterExtract(const RegisterExtract& extract, bool replace,
                                                     std::string_view actor) {
  Result<std::vector<OrgUnit>> subtree = Subtree(extract.org_unit_id);
  if (!subtree.ok()) return subtree.error();
  std::map<std::string, std::int64_t, std::less<>> unit_ids;
  for (const OrgUnit& u : subtree.value()) unit_ids[u.code] = u.id;
  const std::string& root_name = subtree.value().front().name;
  // The unit id of every record, looked up once (consecutive rows often share a unit).
  std::vector<std::int64_t> unit_of_record;
  unit_of_record.reserve(extract.employees.size());
  std::string_view last_code;
  std::int64_t last_id = 0;
  bool have_last = false;
  for (const EmployeeRecord& e : extract.employees) {
    if (have_last && e.unit_code == last_code) {
      unit_of_record.push_back(last_id);
      continue;
    }
    auto found = unit_ids.find(e.unit_code);
    if (found != unit_ids.end()) {
      last_code = e.unit_code;
      last_id = found->second;
      have_last = true;
      unit_of_record.push_back(last_id);
    } else {
      return Error(ErrorCode::kInvalidInput,
                   "anställd \"" + e.employee_id + "\": enheten \"" + e.unit_code +
                       "\" finns inte i " + root_name,
                   "employee \"" + e.employee_id + "\": the unit \"" + e.unit_code +
                       "\" is not part of " + root_name)
          .WithValue(e.unit_code)
          .WithRule("unit_in_subtree");
    }
  }

  // The fingerprint (a sequential hash over every record) is computed on a
  // second thread while the snapshot is looked up and, for a new snapshot,
  // while the rows are written; the snapshot row gets it before the commit.
  std::future<std::string> fingerprint =
      std::async(std::launch::async, [&] { return Fingerprint(extract.employees); });
  std::string hash;
  Poco::Int64 unit = extract.org_unit_id;
  std::string date = FormatIsoDate(extract.extract_date);
  Session s = Get();
  try {
    s.begin();
    std::vector<Poco::Int64> found_id;
    std::vector<std::string> found_hash;
    s << kFindSnapshot, use(unit), use(date), into(found_id), into(found_hash), now;
    SnapshotWrite outcome = SnapshotWrite::kCreated;
    std::string before;
    if (!found_id.empty()) {
      hash = fingerprint.get();
      if (found_hash[0] == hash) {
        s.rollback();
        return SnapshotWrite::kUnchanged;
      }
      if (!replace) {
        s.rollback();
        return Error(ErrorCode::kConflict,
                     "det finns redan ett uttag för " + root_name + " per " + date +
                         " med annat innehåll",
                     "an extract for " + root_name + " dated " + date +
                         " with different content already exists")
            .WithRule("snapshot_exists")
            .WithHint("Importera med --replace för att ersätta det, eller ange ett annat datum med --snapshot.");
      }
      Poco::Int64 old = found_id[0];
      s << kDeleteSnapshotEmployees, use(old), now;
      s << kDeleteSnapshot, use(old), now;
      before = "{\"snapshot_id\":" + std::to_string(old) + ",\"content_hash\":\"" + found_hash[0] + "\"}";
      outcome = SnapshotWrite::kReplaced;
    }

    std::string file = extract.source_file;
    std::string at = NowUtc();
    int rows = static_cast<int>(extract.employees.size());
    Poco::Int64 snapshot_id = 0;
    std::string hash_now = hash;  // empty when still being computed
    s << kInsertSnapshot, use(unit), use(date), use(file), use(hash_now), use(rows), use(at),
        into(snapshot_id), now;

    if (backend_ == Backend::kSqlite) {
      InsertEmployeesSqlite(s, snapshot_id, unit_of_record, extract.employees);
    } else if (!extract.employees.empty()) {
      InsertEmployeesPostgres(s, snapshot_id, unit_of_record, extract.employees);
    }
    if (hash.empty()) {
      hash = fingerprint.get();
      s << kSetSnapshotHash, use(hash), use(snapshot_id), now;
    }
    AppendAudit(s, actor, outcome == SnapshotWrite::kReplaced ? "replace" : "import",
                "employee_snapshot", std::to_string(snapshot_id), before,
                "{\"org_unit_id\":" + std::to_string(unit) + ",\"extract_date\":\"" + date +
                    "\",\"source_file\":\"" + JsonEscape(file) + "\",\"rows\":" +
                    std::to_string(rows) + ",\"content_hash\":\"" + hash + "\"}");
    s.commit();
    return outcome;
  } catch (const Poco::Exception& e) {
    if (s.isTransaction()) s.rollback();
    return DatabaseError(e, "save register extract");
  }
}

Result<std::vector<EmployeeSnapshot>> PocoStore::ListSnapshots() {
  try {
    Session s = Get();
    Statement select(s);
    select << kListSnapshots, now;
    RecordSet rs(select);
    std::vector<EmployeeSnapshot> out;
    for (std::size_t row = 0; row < rs.rowCount(); ++row) {
      EmployeeSnapshot snap;
      snap.id = rs.value(0, row).convert<Poco::Int64>();
      snap.org_unit_id = rs.value(1, row).convert<Poco::Int64>();
      snap.extract_date = ParseIsoDate(rs.value(2, row).convert<std::string>()).value_or(CalendarDate{});
      snap.source_file = rs.value(3, row).convert<std::string>();
      snap.content_hash = rs.value(4, row).convert<std::string>();
      snap.rows = rs.value(5, row).convert<int>();
      snap.imported_at = rs.value(6, row).convert<std::string>();
      out.push_back(std::move(snap));
    }
    return out;
  } catch (const Poco::Exception& e) {
    return DatabaseError(e, "list snapshots");
  }
}

Result<std::vector<EmployeeRecord>> PocoStore::LoadEmployees(std::int64_t snapshot_id,
                                                             std::int64_t unit_id) {
  try {
    Session s = Get();
    Poco::Int64 snapshot = snapshot_id, unit = unit_id;
    std::vector<std::string> ref, code, category, form, gender, start;
    std::vector<Nullable<std::string>> ssyk, end;
    std::vector<int> birth_year, manager;
    std::vector<Nullable<int>> level, qualified;
    std::vector<double> fte, sick, scheduled;
    s << kLoadEmployees, use(unit), use(snapshot), into(ref), into(code), into(category),
        into(ssyk), into(form), into(birth_year), into(gender), into(fte), into(start), into(end),
        into(level), into(manager), into(qualified), into(sick), into(scheduled), now;
    std::vector<EmployeeRecord> out(ref.size());
    for (std::size_t i = 0; i < ref.size(); ++i) {
      EmployeeRecord& e = out[i];
      e.employee_id = std::move(ref[i]);
      e.unit_code = std::move(code[i]);
      e.category = std::move(category[i]);
      if (!ssyk[i].isNull()) e.ssyk = ssyk[i].value();
      e.form = ParseEmploymentFormKey(form[i]).value_or(EmploymentForm::kPermanent);
      e.birth_year = birth_year[i];
      e.gender = ParseGenderKey(gender[i]).value_or(Gender::kOther);
      e.fte_percent = fte[i];
      e.start = ParseIsoDate(start[i]).value_or(CalendarDate{});
      if (!end[i].isNull()) e.end = ParseIsoDate(end[i].value());
      if (!level[i].isNull()) e.competence_level = level[i].value();
      e.manager = manager[i] != 0;
      if (!qualified[i].isNull()) e.qualified = qualified[i].value() != 0;
      e.sick_hours = sick[i];
      e.scheduled_hours = scheduled[i];
    }
    return out;
  } catch (const Poco::Exception& e) {
    return DatabaseError(e, "load employees");
  }
}

}  // namespace kplan::store
