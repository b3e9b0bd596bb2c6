#pragma once
// SQL statements as named constants. Placeholders are $1, $2 ... which both
// SQLite and PostgreSQL accept.

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

}  // namespace kplan::store::sql
