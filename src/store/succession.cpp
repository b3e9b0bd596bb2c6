// Successionsplanering: key positions, who holds them and who may follow,
// by pseudonymous employee ids only.

#include <Poco/Data/RecordSet.h>
#include <Poco/Nullable.h>

#include <array>

#include "editing.hpp"
#include "poco_store.hpp"
#include "record_json.hpp"
#include "resolver.hpp"
#include "sql.hpp"
#include "versioned_record.hpp"
#include "year_span_sql.hpp"

namespace kplan::store {
namespace {

constexpr std::string_view kWhatSv = "successionsposten";
constexpr std::string_view kWhatEn = "succession entry";

Status ValidateSuccession(const SuccessionEntry& e) {
  return Validate(e);  // core/succession.hpp
}

// The entry's columns as bound to SuccessionKind::kInsert and kUpdate.
struct SuccessionRow {
  Poco::Int64 unit = 0;
  std::string title, incumbent, successor, readiness;
  Nullable<int> retirement;
  YearColumns years;
};

// The succession entry as a versioned record (versioned_record.hpp): its SQL
// beside the code that reads and binds the columns.
struct SuccessionKind {
  using Record = SuccessionEntry;
  using Row = SuccessionRow;
  static constexpr std::string_view kTable = "succession_entry";
  static constexpr std::string_view kWhatSv = store::kWhatSv;
  static constexpr std::string_view kWhatEn = store::kWhatEn;

// ReadRow's columns, in order.
#define KPLAN_SQL_SELECT_SUCCESSION                                                    \
  "SELECT e.id, u.code, e.position_title, e.incumbent_ref, e.retirement_year,"         \
  " e.successor_ref, e.readiness, e.version, e.year, e.through_year FROM succession_entry e" \
  " JOIN org_unit u ON u.id = e.org_unit_id"
  static constexpr const char* kList =
      KPLAN_SQL_SUBTREE_OF_PARAM_1 " " KPLAN_SQL_SELECT_SUCCESSION
      " WHERE e.org_unit_id IN (SELECT id FROM sub)" KPLAN_SQL_COVERS_YEAR_2_3_4("e")
      " ORDER BY u.code, e.position_title, e.id";
  static constexpr const char* kById = KPLAN_SQL_SELECT_SUCCESSION " WHERE e.id = $1";
#undef KPLAN_SQL_SELECT_SUCCESSION

  static SuccessionEntry ReadRow(RecordSet& rs, std::size_t row) {
    SuccessionEntry e;
    e.id = rs.value(0, row).convert<Poco::Int64>();
    e.unit_code = rs.value(1, row).convert<std::string>();
    e.position_title = rs.value(2, row).convert<std::string>();
    e.incumbent_ref = rs.value(3, row).convert<std::string>();
    if (!rs.value(4, row).isEmpty()) e.retirement_year = rs.value(4, row).convert<int>();
    e.successor_ref = rs.value(5, row).convert<std::string>();
    e.readiness = rs.value(6, row).convert<std::string>();
    e.version = rs.value(7, row).convert<int>();
    e.years = ReadYearSpan(rs, row, 8);
    return e;
  }

  // Bind's columns, in order.
  static constexpr const char* kInsert =
      "INSERT INTO succession_entry (org_unit_id, position_title, incumbent_ref, retirement_year,"
      " successor_ref, readiness, year, through_year) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id";
  static constexpr const char* kUpdate =
      "UPDATE succession_entry SET org_unit_id = $1, position_title = $2, incumbent_ref = $3,"
      " retirement_year = $4, successor_ref = $5, readiness = $6, year = $7, through_year = $8,"
      " version = version + 1 WHERE id = $9 AND version = $10 RETURNING version";
  static constexpr const char* kDelete =
      "DELETE FROM succession_entry WHERE id = $1 AND version = $2 RETURNING id";

  static void Bind(Statement& statement, SuccessionRow& row) {
    statement, use(row.unit), use(row.title), use(row.incumbent), use(row.retirement),
        use(row.successor), use(row.readiness), use(row.years.year), use(row.years.through_year);
  }

  static Result<SuccessionRow> Resolve(Session&, NameResolver& names, const SuccessionEntry& e) {
    auto unit = names.Unit(e.unit_code);
    if (!unit) return names.UnknownUnit(e.unit_code).WithField("unit_code");
    SuccessionRow row;
    row.unit = *unit;
    row.title = e.position_title;
    row.incumbent = e.incumbent_ref;
    row.successor = e.successor_ref;
    row.readiness = e.readiness;
    if (e.retirement_year) row.retirement = *e.retirement_year;
    row.years = ToColumns(e.years);
    return row;
  }

  static Status Validate(const SuccessionEntry& e) { return ValidateSuccession(e); }
};

}  // namespace

Result<std::vector<SuccessionEntry>> PocoStore::ListSuccession(std::int64_t unit_id, std::optional<int> year) {
  const int y = YearKey(year);
  return ListRecords<SuccessionKind>(SuccessionKind::kList, Poco::Int64{unit_id}, y, y, y);
}

Result<SuccessionEntry> PocoStore::GetSuccession(std::int64_t id) {
  return GetRecord<SuccessionKind>(id);
}

Result<SuccessionEntry> PocoStore::CreateSuccession(const SuccessionEntry& entry,
                                                    std::string_view actor) {
  return CreateRecord<SuccessionKind>(entry, actor);
}

Result<SuccessionEntry> PocoStore::UpdateSuccession(const SuccessionEntry& entry,
                                                    std::string_view actor) {
  return UpdateRecord<SuccessionKind>(entry, actor);
}

Status PocoStore::DeleteSuccession(std::int64_t id, int version, std::string_view actor) {
  return DeleteRecord<SuccessionKind>(id, version, actor);
}

}  // namespace kplan::store
