// Saving an employee register extract: one snapshot per unit and date,
// written in one transaction. The rows go in through each backend's own bulk
// path (employee_sqlite_bulk.cpp, employee_postgres_copy.cpp) so that large
// extracts load quickly.

#include "employee_register.hpp"

#include <future>
#include <map>

#include "kplan/core/org_tree.hpp"
#include "poco_store.hpp"

namespace kplan::store {
namespace {

constexpr const char* kFindSnapshot =
    "SELECT id, content_hash FROM employee_snapshot WHERE org_unit_id = $1 AND extract_date = $2";
constexpr const char* kDeleteSnapshotEmployees = "DELETE FROM employee WHERE snapshot_id = $1";
constexpr const char* kDeleteSnapshot = "DELETE FROM employee_snapshot WHERE id = $1";
constexpr const char* kInsertSnapshot =
    "INSERT INTO employee_snapshot (org_unit_id, extract_date, source_file, content_hash, rows,"
    " imported_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id";
// The content hash of a snapshot row written before its hash was known.
constexpr const char* kSetSnapshotHash = "UPDATE employee_snapshot SET content_hash = $1 WHERE id = $2";

// The unit id of every record, or the error naming the first employee whose
// unit is not in the subtree. Looked up once per run of equal codes
// (consecutive rows often share a unit).
Result<std::vector<std::int64_t>> UnitOfEachRecord(const std::vector<OrgUnit>& subtree,
                                                   const std::vector<EmployeeRecord>& employees) {
  std::map<std::string, std::int64_t, std::less<>> unit_ids;
  for (const OrgUnit& u : subtree) unit_ids[u.code] = u.id;
  const std::string& root_name = subtree.front().name;
  std::vector<std::int64_t> unit_of_record;
  unit_of_record.reserve(employees.size());
  std::string_view last_code;
  std::int64_t last_id = 0;
  bool have_last = false;
  for (const EmployeeRecord& e : employees) {
    if (have_last && e.unit_code == last_code) {
      unit_of_record.push_back(last_id);
      continue;
    }
    auto found = unit_ids.find(e.unit_code);
    if (found == unit_ids.end()) {
      return Error(ErrorCode::kInvalidInput,
                   "anställd \"" + e.employee_id + "\": enheten \"" + e.unit_code +
                       "\" finns inte i " + root_name,
                   "employee \"" + e.employee_id + "\": the unit \"" + e.unit_code +
                       "\" is not part of " + root_name)
          .WithValue(e.unit_code)
          .WithRule("unit_in_subtree");
    }
    last_code = e.unit_code;
    last_id = found->second;
    have_last = true;
    unit_of_record.push_back(last_id);
  }
  return unit_of_record;
}

// What a stored snapshot of the same unit and date means for the save.
struct Prior {
  SnapshotWrite outcome = SnapshotWrite::kCreated;
  std::string before;  // the audit entry's before, for a replacement
  std::string hash;    // the extract's fingerprint when it was needed already
};

// Looks up the stored snapshot of the extract's unit and date: none is
// kCreated; the same fingerprint kUnchanged (nothing to write); another one
// a conflict unless `replace`, when it is deleted (kReplaced).
Result<Prior> ClearPrior(Session& s, Poco::Int64 unit, std::string date, bool replace,
                         const std::string& root_name, std::future<std::string>& fingerprint) {
  std::vector<Poco::Int64> found_id;
  std::vector<std::string> found_hash;
  s << kFindSnapshot, use(unit), use(date), into(found_id), into(found_hash), now;
  Prior prior;
  if (found_id.empty()) return prior;
  prior.hash = fingerprint.get();
  if (found_hash[0] == prior.hash) {
    prior.outcome = SnapshotWrite::kUnchanged;
    return prior;
  }
  if (!replace) {
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
  prior.before =
      "{\"snapshot_id\":" + std::to_string(old) + ",\"content_hash\":\"" + found_hash[0] + "\"}";
  prior.outcome = SnapshotWrite::kReplaced;
  return prior;
}

}  // namespace

Result<SnapshotWrite> PocoStore::SaveRegisterExtract(const RegisterExtract& extract, bool replace,
                                                     std::string_view actor) {
  if (!extract.new_units.empty()) return SaveExtractWithUnits(extract, replace, actor);
  Result<std::vector<OrgUnit>> subtree = Subtree(extract.org_unit_id);
  if (!subtree.ok()) return subtree.error();
  Result<std::vector<std::int64_t>> units = UnitOfEachRecord(subtree.value(), extract.employees);
  if (!units.ok()) return units.error();
  // The fingerprint (a sequential hash over every record) is computed on a
  // second thread while the snapshot is looked up and, for a new snapshot,
  // while the rows are written; the snapshot row gets it before the commit.
  std::future<std::string> fingerprint =
      std::async(std::launch::async, [&] { return Fingerprint(extract.employees); });
  Session s = Get();
  try {
    s.begin();
    Result<SnapshotWrite> written = WriteExtract(s, extract.org_unit_id, extract, replace,
                                                 subtree.value().front().name,
                                                 units.value(), fingerprint, actor);
    if (written.ok() && written.value() != SnapshotWrite::kUnchanged) {
      s.commit();
    } else {
      s.rollback();
    }
    return written;
  } catch (const Poco::Exception& e) {
    if (s.isTransaction()) s.rollback();
    return DatabaseError(e, "save register extract");
  }
}

Result<SnapshotWrite> PocoStore::WriteExtract(Session& s, std::int64_t unit_id,
                                              const RegisterExtract& extract,
                                              bool replace, const std::string& root_name,
                                              const std::vector<std::int64_t>& unit_of_record,
                                              std::future<std::string>& fingerprint,
                                              std::string_view actor) {
  Poco::Int64 unit = unit_id;
  std::string date = FormatIsoDate(extract.extract_date);
  if (!extract.new_pseudonym_key.empty()) {
    if (Status created = CreatePseudonymKey(s, extract.new_pseudonym_key, actor); !created.ok()) {
      return created.error();
    }
  }
  Result<Prior> prior = ClearPrior(s, unit, date, replace, root_name, fingerprint);
  if (!prior.ok()) return prior.error();
  if (prior.value().outcome == SnapshotWrite::kUnchanged) return SnapshotWrite::kUnchanged;
  std::string hash = prior.value().hash;  // empty when still being computed
  std::string file = extract.source_file;
  std::string at = NowUtc();
  int rows = static_cast<int>(extract.employees.size());
  Poco::Int64 snapshot_id = 0;
  s << kInsertSnapshot, use(unit), use(date), use(file), use(hash), use(rows), use(at),
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
  const bool replaced = prior.value().outcome == SnapshotWrite::kReplaced;
  AppendAudit(s, actor, replaced ? "replace" : "import", "employee_snapshot",
              std::to_string(snapshot_id), prior.value().before,
              "{\"org_unit_id\":" + std::to_string(unit) + ",\"extract_date\":\"" + date +
                  "\",\"source_file\":\"" + JsonEscape(file) + "\",\"rows\":" +
                  std::to_string(rows) + ",\"content_hash\":\"" + hash + "\"}");
  return prior.value().outcome;
}

// The units first, then the extract, in one transaction: the extract's
// subtree is the stored units and the new ones, as the transaction sees them.
Result<SnapshotWrite> PocoStore::SaveExtractWithUnits(const RegisterExtract& extract, bool replace,
                                                      std::string_view actor) {
  return Writing<SnapshotWrite>("save register extract with units", [&](Session& s) -> Result<SnapshotWrite> {
    std::vector<OrgUnit> all = UnitsIn(s);
    if (Status valid = ValidateNewOrgUnits(all, extract.new_units); !valid.ok()) return valid.error();
    std::map<std::string, std::int64_t> ids = IdsByCode(all);
    for (OrgUnit& u : InsertUnits(s, extract.new_units, ids)) all.push_back(std::move(u));
    const OrgTree tree(std::move(all));
    const OrgUnit* root = extract.org_unit_id ? tree.FindById(extract.org_unit_id)
                                              : tree.FindByCode(extract.org_unit_code);
    if (!root) {
      return Error(ErrorCode::kNotFound, "registrets enhet finns inte", "the register's unit does not exist");
    }
    std::vector<OrgUnit> subtree;
    for (const OrgUnit* u : tree.Subtree(root->id)) subtree.push_back(*u);
    Result<std::vector<std::int64_t>> units = UnitOfEachRecord(subtree, extract.employees);
    if (!units.ok()) return units.error();
    std::future<std::string> fingerprint =
        std::async(std::launch::async, [&] { return Fingerprint(extract.employees); });
    Result<SnapshotWrite> written = WriteExtract(s, root->id, extract, replace, root->name,
                                                 units.value(), fingerprint, actor);
    if (written.ok()) {
      AppendAudit(s, actor, "import", "org_unit", std::to_string(extract.new_units.size()), "",
                  "{\"created_with_register\":" + std::to_string(extract.new_units.size()) + "}");
    }
    return written;
  });
}

}  // namespace kplan::store
