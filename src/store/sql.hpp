#pragma once
// SQL statements as named constants. Placeholders are $1, $2 ... which both
// SQLite and PostgreSQL accept. They must appear in the text in numeric order,
// each once: SQLite treats "$2" as a name and numbers parameters by first
// appearance, PostgreSQL by the digit.

// The ids of unit $1 and of every unit below it, as the table sub(id). Every
// query scoped to an organisation subtree starts with it, so all of them
// agree on what "below" means. (A macro so that it joins the string literals
// at compile time.)
#define KPLAN_SQL_SUBTREE_OF_PARAM_1                                          \
  "WITH RECURSIVE sub(id) AS (SELECT id FROM org_unit WHERE id = $1"          \
  " UNION ALL SELECT o.id FROM org_unit o JOIN sub ON o.parent_id = sub.id)"

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
    KPLAN_SQL_SUBTREE_OF_PARAM_1
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
    KPLAN_SQL_SUBTREE_OF_PARAM_1
    " SELECT e.employee_ref, u.code, e.category, e.ssyk, e.employment_form, e.birth_year,"
    " e.gender, e.fte_percent, e.start_date, e.end_date, e.competence_level, e.manager,"
    " e.qualified, e.sick_hours, e.scheduled_hours"
    " FROM employee e JOIN org_unit u ON u.id = e.org_unit_id"
    " WHERE e.snapshot_id = $2 AND e.org_unit_id IN (SELECT id FROM sub)"
    " ORDER BY e.employee_ref";

inline constexpr const char* kListCategories =
    "SELECT id, name, COALESCE(ssyk, ''), version FROM occupational_category ORDER BY name";
inline constexpr const char* kInsertCategory =
    "INSERT INTO occupational_category (name, ssyk) VALUES ($1, $2) RETURNING id";
inline constexpr const char* kSetCategorySsyk =
    "UPDATE occupational_category SET ssyk = $1, version = version + 1 WHERE id = $2";

inline constexpr const char* kFindScale = "SELECT id FROM competence_scale WHERE name = $1";
inline constexpr const char* kInsertScale = "INSERT INTO competence_scale (name) VALUES ($1) RETURNING id";
inline constexpr const char* kInsertLevel =
    "INSERT INTO competence_level (scale_id, position, name) VALUES ($1, $2, $3)";
inline constexpr const char* kScaleLevels =
    "SELECT name FROM competence_level WHERE scale_id = $1 ORDER BY position";
inline constexpr const char* kFindPlanYear =
    "SELECT id, scale_id FROM plan_year WHERE org_unit_id = $1 AND year = $2";
inline constexpr const char* kInsertPlanYear =
    "INSERT INTO plan_year (org_unit_id, year, scale_id, horizons) VALUES ($1, $2, $3, $4)"
    " RETURNING id";
inline constexpr const char* kDeleteInventoryCell =
    "DELETE FROM inventory WHERE plan_year_id = $1 AND org_unit_id = $2 AND category_id = $3";
inline constexpr const char* kInsertInventory =
    "INSERT INTO inventory (plan_year_id, org_unit_id, category_id, level_position, headcount)"
    " VALUES ($1, $2, $3, $4, $5)";
inline constexpr const char* kLoadInventory =
    "SELECT u.code, c.name, l.name, i.headcount FROM inventory i"
    " JOIN plan_year p ON p.id = i.plan_year_id"
    " JOIN org_unit u ON u.id = i.org_unit_id"
    " JOIN occupational_category c ON c.id = i.category_id"
    " JOIN competence_level l ON l.scale_id = p.scale_id AND l.position = i.level_position"
    " WHERE p.org_unit_id = $1 AND p.year = $2 ORDER BY u.code, c.name, i.level_position";

inline constexpr const char* kDeletePopulation =
    "DELETE FROM population_forecast WHERE area = $1 AND year = $2 AND age_from = $3";
inline constexpr const char* kInsertPopulation =
    "INSERT INTO population_forecast (area, year, age_from, age_to, people)"
    " VALUES ($1, $2, $3, $4, $5)";
inline constexpr const char* kLoadPopulation =
    "SELECT area, year, age_from, age_to, people FROM population_forecast WHERE area = $1"
    " ORDER BY year, age_from";
inline constexpr const char* kListPopulationAreas =
    "SELECT DISTINCT area FROM population_forecast ORDER BY area";

inline constexpr const char* kFindIndicator =
    "SELECT id FROM indicator WHERE org_unit_id = $1 AND name = $2";
inline constexpr const char* kInsertIndicator =
    "INSERT INTO indicator (org_unit_id, name, unit, target_json) VALUES ($1, $2, $3, $4)"
    " RETURNING id";
inline constexpr const char* kUpdateIndicator =
    "UPDATE indicator SET unit = $1, target_json = $2, version = version + 1 WHERE id = $3";
inline constexpr const char* kDeleteOutcome =
    "DELETE FROM indicator_outcome WHERE indicator_id = $1 AND period = $2";
inline constexpr const char* kInsertOutcome =
    "INSERT INTO indicator_outcome (indicator_id, period, value) VALUES ($1, $2, $3)";

inline constexpr const char* kInsertActivity =
    "INSERT INTO activity (org_unit_id, area, title, description, category_id, owner, start_date,"
    " end_date, status) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)";

inline constexpr const char* kInsertRisk =
    "INSERT INTO risk (plan_year_id, org_unit_id, category_id, operations_consequence,"
    " operations_probability, work_environment_consequence, work_environment_probability,"
    " description) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)";

inline constexpr const char* kListActivities =
    KPLAN_SQL_SUBTREE_OF_PARAM_1
    " SELECT a.id, u.code, a.area, a.title, a.description, COALESCE(c.name, ''), a.owner,"
    " COALESCE(a.start_date, ''), COALESCE(a.end_date, ''), a.status, a.version"
    " FROM activity a JOIN org_unit u ON u.id = a.org_unit_id"
    " LEFT JOIN occupational_category c ON c.id = a.category_id"
    " WHERE a.org_unit_id IN (SELECT id FROM sub) ORDER BY a.id";

inline constexpr const char* kLoadOutcomes =
    KPLAN_SQL_SUBTREE_OF_PARAM_1
    " SELECT u.code, i.name, i.unit, COALESCE(i.target_json, ''), o.period, o.value"
    " FROM indicator i JOIN org_unit u ON u.id = i.org_unit_id"
    " JOIN indicator_outcome o ON o.indicator_id = i.id"
    " WHERE i.org_unit_id IN (SELECT id FROM sub) ORDER BY u.code, i.name, o.period";

inline constexpr const char* kListRisks =
    KPLAN_SQL_SUBTREE_OF_PARAM_1
    " SELECT r.id, u.code, p.year, c.name, r.operations_consequence, r.operations_probability,"
    " r.work_environment_consequence, r.work_environment_probability, r.description, r.version"
    " FROM risk r JOIN org_unit u ON u.id = r.org_unit_id"
    " JOIN plan_year p ON p.id = r.plan_year_id"
    " JOIN occupational_category c ON c.id = r.category_id"
    " WHERE r.org_unit_id IN (SELECT id FROM sub) AND p.year = $2 ORDER BY c.name, r.id";

}  // namespace kplan::store::sql
