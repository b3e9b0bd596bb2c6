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

// --- Editing one record at a time ------------------------------------------

// SQLite: a write that changes nothing, so that a transaction holds the write
// lock before it reads (see PocoStore::Writing).
inline constexpr const char* kTakeWriteLock =
    "UPDATE schema_migrations SET version = version WHERE version < 0";

inline constexpr const char* kQueryAudit =
    "SELECT id, at, actor, action, entity, entity_id, before_json, after_json FROM audit_log"
    " WHERE (CAST($1 AS TEXT) = '' OR entity = $2) AND (CAST($3 AS TEXT) = '' OR entity_id = $4)"
    " AND (CAST($5 AS TEXT) = '' OR actor = $6) AND (CAST($7 AS TEXT) = '' OR at >= $8)"
    " ORDER BY id DESC LIMIT $9 OFFSET $10";

#define KPLAN_SQL_SELECT_USER                                                        \
  "SELECT u.id, u.name, u.role, COALESCE(o.code, ''), u.disabled, u.created_at,"   \
  " u.version, u.password_hash FROM app_user u LEFT JOIN org_unit o ON o.id = u.org_unit_id"
inline constexpr const char* kListUsers = KPLAN_SQL_SELECT_USER " ORDER BY u.name";
inline constexpr const char* kUserByName = KPLAN_SQL_SELECT_USER " WHERE u.name = $1";
inline constexpr const char* kUserById = KPLAN_SQL_SELECT_USER " WHERE u.id = $1";
inline constexpr const char* kInsertUser =
    "INSERT INTO app_user (name, role, org_unit_id, password_hash, disabled, created_at)"
    " VALUES ($1, $2, $3, $4, $5, $6) RETURNING id";
inline constexpr const char* kUpdateUser =
    "UPDATE app_user SET role = $1, org_unit_id = $2, disabled = $3, version = version + 1"
    " WHERE id = $4 AND version = $5 RETURNING version";
inline constexpr const char* kSetPasswordHash =
    "UPDATE app_user SET password_hash = $1 WHERE id = $2";

inline constexpr const char* kCategoryById =
    "SELECT id, name, COALESCE(ssyk, ''), version FROM occupational_category WHERE id = $1";
inline constexpr const char* kCategoryIdByName =
    "SELECT id FROM occupational_category WHERE name = $1";
inline constexpr const char* kUpdateCategory =
    "UPDATE occupational_category SET name = $1, ssyk = $2, version = version + 1"
    " WHERE id = $3 AND version = $4 RETURNING version";

inline constexpr const char* kListScales =
    "SELECT s.id, s.name, l.name FROM competence_scale s"
    " JOIN competence_level l ON l.scale_id = s.id ORDER BY s.name, s.id, l.position";

inline constexpr const char* kUnitExists = "SELECT id FROM org_unit WHERE id = $1";

#define KPLAN_SQL_SELECT_PLAN_YEAR                                                    \
  "SELECT p.id, u.code, p.year, s.name, p.horizons, p.version, p.inventory_version," \
  " p.scale_id FROM plan_year p JOIN org_unit u ON u.id = p.org_unit_id"            \
  " JOIN competence_scale s ON s.id = p.scale_id"
inline constexpr const char* kListPlanYears =
    KPLAN_SQL_SUBTREE_OF_PARAM_1 " " KPLAN_SQL_SELECT_PLAN_YEAR
    " WHERE p.org_unit_id IN (SELECT id FROM sub) ORDER BY u.code, p.year";
inline constexpr const char* kPlanYearById = KPLAN_SQL_SELECT_PLAN_YEAR " WHERE p.id = $1";
inline constexpr const char* kPlanYearOfUnit =
    KPLAN_SQL_SELECT_PLAN_YEAR " WHERE p.org_unit_id = $1 AND p.year = $2";
inline constexpr const char* kPlanYearHasInventory =
    "SELECT 1 FROM inventory WHERE plan_year_id = $1 LIMIT 1";
inline constexpr const char* kUpdatePlanYear =
    "UPDATE plan_year SET scale_id = $1, horizons = $2, version = version + 1"
    " WHERE id = $3 AND version = $4 RETURNING version";
inline constexpr const char* kBumpInventoryVersion =
    "UPDATE plan_year SET inventory_version = inventory_version + 1"
    " WHERE id = $1 AND inventory_version = $2 RETURNING inventory_version";
inline constexpr const char* kInventoryOfPlanYear =
    "SELECT u.code, c.name, l.name, i.headcount, i.org_unit_id, i.category_id FROM inventory i"
    " JOIN plan_year p ON p.id = i.plan_year_id"
    " JOIN org_unit u ON u.id = i.org_unit_id"
    " JOIN occupational_category c ON c.id = i.category_id"
    " JOIN competence_level l ON l.scale_id = p.scale_id AND l.position = i.level_position"
    " WHERE p.id = $1 ORDER BY u.code, c.name, i.level_position";

#define KPLAN_SQL_SELECT_NEED                                                       \
  "SELECT c.name, n.base, n.growth_json, n.target_shares_json, n.version"          \
  " FROM need_parameter n JOIN occupational_category c ON c.id = n.category_id"
inline constexpr const char* kNeedParameters =
    KPLAN_SQL_SELECT_NEED " WHERE n.plan_year_id = $1 ORDER BY c.name";
inline constexpr const char* kNeedParameter =
    KPLAN_SQL_SELECT_NEED " WHERE n.plan_year_id = $1 AND n.category_id = $2";
inline constexpr const char* kInsertNeedParameter =
    "INSERT INTO need_parameter (plan_year_id, category_id, base, growth_json,"
    " target_shares_json) VALUES ($1, $2, $3, $4, $5)";
inline constexpr const char* kUpdateNeedParameter =
    "UPDATE need_parameter SET base = $1, growth_json = $2, target_shares_json = $3,"
    " version = version + 1 WHERE plan_year_id = $4 AND category_id = $5 AND version = $6"
    " RETURNING version";

#define KPLAN_SQL_SELECT_PLAN_TEXT                                                  \
  "SELECT t.id, t.section, COALESCE(c.name, ''), t.text, t.version FROM plan_text t" \
  " LEFT JOIN occupational_category c ON c.id = t.category_id"
inline constexpr const char* kPlanTexts =
    KPLAN_SQL_SELECT_PLAN_TEXT " WHERE t.plan_year_id = $1 ORDER BY t.section, COALESCE(c.name, '')";
// "No category" is 0, as in the unique index plan_text_key.
inline constexpr const char* kPlanText =
    KPLAN_SQL_SELECT_PLAN_TEXT
    " WHERE t.plan_year_id = $1 AND t.section = $2 AND COALESCE(t.category_id, 0) = $3";
inline constexpr const char* kInsertPlanText =
    "INSERT INTO plan_text (plan_year_id, section, category_id, text) VALUES ($1, $2, $3, $4)";
inline constexpr const char* kUpdatePlanText =
    "UPDATE plan_text SET text = $1, version = version + 1 WHERE id = $2 AND version = $3"
    " RETURNING version";

inline constexpr const char* kListProjectionRuns =
    KPLAN_SQL_SUBTREE_OF_PARAM_1
    " SELECT r.id, u.code, r.created_at, r.actor, r.parameters_json FROM projection_run r"
    " JOIN org_unit u ON u.id = r.org_unit_id WHERE r.org_unit_id IN (SELECT id FROM sub)"
    " ORDER BY r.id DESC";
inline constexpr const char* kProjectionRunById =
    "SELECT r.id, u.code, r.created_at, r.actor, r.parameters_json, r.result_json"
    " FROM projection_run r JOIN org_unit u ON u.id = r.org_unit_id WHERE r.id = $1";
inline constexpr const char* kCreateProjectionRun =
    "INSERT INTO projection_run (org_unit_id, created_at, actor, parameters_json, result_json)"
    " VALUES ($1, $2, $3, $4, $5) RETURNING id";

}  // namespace kplan::store::sql
