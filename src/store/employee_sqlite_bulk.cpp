// The SQLite bulk path of the employee register: one prepared statement
// stepped per row inside the open transaction, with the settings and index
// rebuild that make a large extract load quickly.

#include <Poco/Data/SQLite/Utility.h>
#include <Poco/Exception.h>
#include <sqlite3.h>

#include <memory>

#include "employee_register.hpp"

namespace kplan::store {
namespace {

constexpr const char* kInsertEmployee =
    "INSERT INTO employee (" KPLAN_SQL_EMPLOYEE_COLUMNS ")"
    " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)";

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

}  // namespace

// SQLite: one prepared statement stepped per row inside the open transaction,
// about ten times faster than Poco's generic bulk binding for large extracts.
// Text is bound without a copy (SQLITE_STATIC): the records outlive each step.
void InsertEmployeesSqlite(Poco::Data::Session& s, std::int64_t snapshot_id,
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

}  // namespace kplan::store
