#pragma once
// SQL statements as named constants. Placeholders are $1, $2 ... which both
// SQLite and PostgreSQL accept. They must appear in the text in numeric order,
// each once: SQLite treats "$2" as a name and numbers parameters by first
// appearance, PostgreSQL by the digit.

namespace kplan::store::sql {

inline constexpr const char* kPing = "SELECT 1";

inline constexpr const char* kCreateMigrationsTable =
    "CREATE TABLE IF NOT EXISTS schema_migrations ("
    " version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)";
inline constexpr const char* kSchemaVersion =
    "SELECT CAST(COALESCE(MAX(version), 0) AS INTEGER) FROM schema_migrations";
inline constexpr const char* kRecordMigration =
    "INSERT INTO schema_migrations (version, description, applied_at) VALUES ($1, $2, $3)";

inline constexpr const char* kInsertRootUnit =
    "INSERT INTO org_unit (parent_id, kind, code, name) VALUES (NULL, $1, $2, $3) RETURNING id";
inline constexpr const char* kInsertChildUnit =
    "INSERT INTO org_unit (parent_id, kind, code, name) VALUES ($1, $2, $3, $4) RETURNING id";
inline constexpr const char* kListUnits =
    "SELECT id, parent_id, kind, code, name FROM org_unit ORDER BY id";
// Parents before children: ids grow as units are added below existing ones.
inline constexpr const char* kSubtree =
    "WITH RECURSIVE sub(id) AS (SELECT id FROM org_unit WHERE id = $1"
    " UNION ALL SELECT o.id FROM org_unit o JOIN sub ON o.parent_id = sub.id)"
    " SELECT u.id, u.parent_id, u.kind, u.code, u.name FROM org_unit u"
    " WHERE u.id IN (SELECT id FROM sub) ORDER BY u.id";

inline constexpr const char* kInsertAudit =
    "INSERT INTO audit_log (at, actor, action, entity, entity_id, before_json, after_json)"
    " VALUES ($1, $2, $3, $4, $5, $6, $7)";
inline constexpr const char* kListAudit =
    "SELECT id, at, actor, action, entity, entity_id, before_json, after_json"
    " FROM audit_log ORDER BY id DESC LIMIT $1";

inline constexpr const char* kFindSnapshot =
    "SELECT id, content_hash FROM employee_snapshot WHERE org_unit_id = $1 AND extract_date = $2";
inline constexpr const char* kDeleteSnapshotEmployees = "DELETE FROM employee WHERE snapshot_id = $1";
inline constexpr const char* kDeleteSnapshot = "DELETE FROM employee_snapshot WHERE id = $1";
inline constexpr const char* kInsertSnapshot =
    "INSERT INTO employee_snapshot (org_unit_id, extract_date, source_file, content_hash, rows,"
    " imported_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id";
inline constexpr const char* kInsertEmployee =
    "INSERT INTO employee (snapshot_id, employee_ref, org_unit_id, category, ssyk,"
    " employment_form, birth_year, gender, fte_percent, start_date, end_date, competence_level,"
    " manager, qualified, sick_hours, scheduled_hours)"
    " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)";
inline constexpr const char* kListSnapshots =
    "SELECT id, org_unit_id, extract_date, source_file, content_hash, rows, imported_at"
    " FROM employee_snapshot ORDER BY extract_date, id";
inline constexpr const char* kLoadEmployees =
    "WITH RECURSIVE sub(id) AS (SELECT id FROM org_unit WHERE id = $1"
    " UNION ALL SELECT o.id FROM org_unit o JOIN sub ON o.parent_id = sub.id)"
    " SELECT e.employee_ref, u.code, e.category, e.ssyk, e.employment_form, e.birth_year,"
    " e.gender, e.fte_percent, e.start_date, e.end_date, e.competence_level, e.manager,"
    " e.qualified, e.sick_hours, e.scheduled_hours"
    " FROM employee e JOIN org_unit u ON u.id = e.org_unit_id"
    " WHERE e.snapshot_id = $2 AND e.org_unit_id IN (SELECT id FROM sub)"
    " ORDER BY e.employee_ref";

}  // namespace kplan::store::sql
