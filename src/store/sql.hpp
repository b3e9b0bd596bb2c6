#pragma once
// The SQL that several store files share (private header): the subtree
// fragment and the statements of the competence scale and plan year frame
// that resolver.cpp creates on demand. Every other statement lives in the
// one file that runs it, beside the code that reads its columns.
//
// Placeholders are $1, $2 ... which both
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

inline constexpr const char* kListCategories =
    "SELECT id, name, COALESCE(ssyk, ''), version FROM occupational_category ORDER BY name";
inline constexpr const char* kFindScale = "SELECT id FROM competence_scale WHERE name = $1";
inline constexpr const char* kInsertScale = "INSERT INTO competence_scale (name) VALUES ($1) RETURNING id";
// No row back: another writer created it meanwhile (the default scale, made on first use).
inline constexpr const char* kInsertScaleUnlessExists =
    "INSERT INTO competence_scale (name) VALUES ($1) ON CONFLICT (name) DO NOTHING RETURNING id";
inline constexpr const char* kInsertLevel =
    "INSERT INTO competence_level (scale_id, position, name) VALUES ($1, $2, $3)";
inline constexpr const char* kScaleLevels =
    "SELECT name FROM competence_level WHERE scale_id = $1 ORDER BY position";
inline constexpr const char* kFindPlanYear =
    "SELECT id, scale_id FROM plan_year WHERE org_unit_id = $1 AND year = $2";
// No row back: another writer created the unit's plan year of that year
// between our check and our insert (on PostgreSQL the insert waits for that
// writer's commit instead of failing with a unique violation).
inline constexpr const char* kInsertPlanYear =
    "INSERT INTO plan_year (org_unit_id, year, scale_id, horizons) VALUES ($1, $2, $3, $4)"
    " ON CONFLICT (org_unit_id, year) DO NOTHING RETURNING id";

}  // namespace kplan::store::sql
