#include "migrations.hpp"

namespace kplan::store {

const std::vector<Migration>& AllMigrations() {
  static const std::vector<Migration> kMigrations = {
      {1,
       "organisation tree and audit log",
       {
           R"sql(CREATE TABLE org_unit (
                   id {{id}},
                   parent_id BIGINT REFERENCES org_unit(id),
                   kind TEXT NOT NULL CHECK (kind IN ('kommun','namnd','forvaltning','avdelning','enhet')),
                   code TEXT NOT NULL UNIQUE,
                   name TEXT NOT NULL))sql",
           "CREATE INDEX org_unit_parent ON org_unit(parent_id)",
           R"sql(CREATE TABLE audit_log (
                   id {{id}},
                   at TEXT NOT NULL,
                   actor TEXT NOT NULL,
                   action TEXT NOT NULL,
                   entity TEXT NOT NULL,
                   entity_id TEXT NOT NULL,
                   before_json TEXT NOT NULL,
                   after_json TEXT NOT NULL))sql",
       }},
      {2,
       "planning data, employee register snapshots, users",
       {
           // Occupational categories, with an optional SSYK 2012 code (4 digits).
           R"sql(CREATE TABLE occupational_category (
                   id {{id}},
                   name TEXT NOT NULL UNIQUE,
                   ssyk TEXT,
                   version INTEGER NOT NULL DEFAULT 1))sql",
           // Competence scales: ordered levels, lowest position 0.
           R"sql(CREATE TABLE competence_scale (
                   id {{id}},
                   name TEXT NOT NULL UNIQUE))sql",
           R"sql(CREATE TABLE competence_level (
                   scale_id BIGINT NOT NULL REFERENCES competence_scale(id),
                   position INTEGER NOT NULL CHECK (position >= 0),
                   name TEXT NOT NULL,
                   PRIMARY KEY (scale_id, position),
                   UNIQUE (scale_id, name)))sql",
           // A plan year of an organisation unit (usually a förvaltning).
           R"sql(CREATE TABLE plan_year (
                   id {{id}},
                   org_unit_id BIGINT NOT NULL REFERENCES org_unit(id),
                   year INTEGER NOT NULL,
                   scale_id BIGINT NOT NULL REFERENCES competence_scale(id),
                   horizons TEXT NOT NULL,
                   version INTEGER NOT NULL DEFAULT 1,
                   UNIQUE (org_unit_id, year)))sql",
           // Kartläggning: available competence per unit, category and level.
           R"sql(CREATE TABLE inventory (
                   plan_year_id BIGINT NOT NULL REFERENCES plan_year(id),
                   org_unit_id BIGINT NOT NULL REFERENCES org_unit(id),
                   category_id BIGINT NOT NULL REFERENCES occupational_category(id),
                   level_position INTEGER NOT NULL,
                   headcount DOUBLE PRECISION NOT NULL CHECK (headcount >= 0),
                   PRIMARY KEY (plan_year_id, org_unit_id, category_id, level_position)))sql",
           // Behov: base, growth per horizon and target shares (JSON documents
           // validated by core before they are stored).
           R"sql(CREATE TABLE need_parameter (
                   plan_year_id BIGINT NOT NULL REFERENCES plan_year(id),
                   category_id BIGINT NOT NULL REFERENCES occupational_category(id),
                   base DOUBLE PRECISION,
                   growth_json TEXT NOT NULL,
                   target_shares_json TEXT NOT NULL,
                   version INTEGER NOT NULL DEFAULT 1,
                   PRIMARY KEY (plan_year_id, category_id)))sql",
           R"sql(CREATE TABLE risk (
                   id {{id}},
                   plan_year_id BIGINT NOT NULL REFERENCES plan_year(id),
                   org_unit_id BIGINT NOT NULL REFERENCES org_unit(id),
                   category_id BIGINT NOT NULL REFERENCES occupational_category(id),
                   operations_consequence INTEGER NOT NULL CHECK (operations_consequence BETWEEN 1 AND 4),
                   operations_probability INTEGER NOT NULL CHECK (operations_probability BETWEEN 1 AND 4),
                   work_environment_consequence INTEGER NOT NULL CHECK (work_environment_consequence BETWEEN 1 AND 4),
                   work_environment_probability INTEGER NOT NULL CHECK (work_environment_probability BETWEEN 1 AND 4),
                   description TEXT NOT NULL DEFAULT '',
                   version INTEGER NOT NULL DEFAULT 1))sql",
           // Aktivitetsplan: area is Attrahera, Rekrytera, ... or the municipality's own.
           R"sql(CREATE TABLE activity (
                   id {{id}},
                   org_unit_id BIGINT NOT NULL REFERENCES org_unit(id),
                   area TEXT NOT NULL,
                   title TEXT NOT NULL,
                   description TEXT NOT NULL DEFAULT '',
                   category_id BIGINT REFERENCES occupational_category(id),
                   owner TEXT NOT NULL DEFAULT '',
                   start_date TEXT,
                   end_date TEXT,
                   status TEXT NOT NULL CHECK (status IN ('planned','ongoing','done','cancelled')),
                   version INTEGER NOT NULL DEFAULT 1))sql",
           "CREATE INDEX activity_unit ON activity(org_unit_id)",
           R"sql(CREATE TABLE goal (
                   id {{id}},
                   org_unit_id BIGINT NOT NULL REFERENCES org_unit(id),
                   title TEXT NOT NULL,
                   description TEXT NOT NULL DEFAULT '',
                   version INTEGER NOT NULL DEFAULT 1))sql",
           // Uppföljning: indicators with a target rule (JSON, validated by core).
           R"sql(CREATE TABLE indicator (
                   id {{id}},
                   org_unit_id BIGINT NOT NULL REFERENCES org_unit(id),
                   goal_id BIGINT REFERENCES goal(id),
                   name TEXT NOT NULL,
                   unit TEXT NOT NULL DEFAULT '',
                   target_json TEXT,
                   version INTEGER NOT NULL DEFAULT 1,
                   UNIQUE (org_unit_id, name)))sql",
           R"sql(CREATE TABLE indicator_outcome (
                   indicator_id BIGINT NOT NULL REFERENCES indicator(id),
                   period TEXT NOT NULL,
                   value DOUBLE PRECISION,
                   manual_assessment TEXT CHECK (manual_assessment IN ('gron','rod')),
                   comment TEXT NOT NULL DEFAULT '',
                   version INTEGER NOT NULL DEFAULT 1,
                   PRIMARY KEY (indicator_id, period)))sql",
           // Successionsplanering: people are referred to by pseudonymous employee id.
           R"sql(CREATE TABLE succession_entry (
                   id {{id}},
                   org_unit_id BIGINT NOT NULL REFERENCES org_unit(id),
                   position_title TEXT NOT NULL,
                   incumbent_ref TEXT NOT NULL DEFAULT '',
                   retirement_year INTEGER,
                   successor_ref TEXT NOT NULL DEFAULT '',
                   readiness TEXT NOT NULL DEFAULT '',
                   version INTEGER NOT NULL DEFAULT 1))sql",
           // Befolkningsprognos in SCB's layout: area, year, age band, people.
           R"sql(CREATE TABLE population_forecast (
                   area TEXT NOT NULL,
                   year INTEGER NOT NULL,
                   age_from INTEGER NOT NULL,
                   age_to INTEGER NOT NULL,
                   people DOUBLE PRECISION NOT NULL CHECK (people >= 0),
                   PRIMARY KEY (area, year, age_from)))sql",
           // Employee register extracts: one snapshot per unit and extract date.
           // No names, no personnummer: a pseudonymous id only.
           R"sql(CREATE TABLE employee_snapshot (
                   id {{id}},
                   org_unit_id BIGINT NOT NULL REFERENCES org_unit(id),
                   extract_date TEXT NOT NULL,
                   source_file TEXT NOT NULL,
                   content_hash TEXT NOT NULL,
                   rows INTEGER NOT NULL,
                   imported_at TEXT NOT NULL,
                   UNIQUE (org_unit_id, extract_date)))sql",
           R"sql(CREATE TABLE employee (
                   snapshot_id BIGINT NOT NULL REFERENCES employee_snapshot(id),
                   employee_ref TEXT NOT NULL,
                   org_unit_id BIGINT NOT NULL REFERENCES org_unit(id),
                   category TEXT NOT NULL,
                   ssyk TEXT,
                   employment_form TEXT NOT NULL CHECK (employment_form IN ('tillsvidare','visstid','timavlonad')),
                   birth_year INTEGER NOT NULL,
                   gender TEXT NOT NULL CHECK (gender IN ('K','M','X')),
                   fte_percent DOUBLE PRECISION NOT NULL,
                   start_date TEXT NOT NULL,
                   end_date TEXT,
                   competence_level INTEGER,
                   manager INTEGER NOT NULL DEFAULT 0,
                   qualified INTEGER,
                   sick_hours DOUBLE PRECISION NOT NULL DEFAULT 0,
                   scheduled_hours DOUBLE PRECISION NOT NULL DEFAULT 0,
                   PRIMARY KEY (snapshot_id, employee_ref)))sql",
           "CREATE INDEX employee_unit ON employee(snapshot_id, org_unit_id)",
           R"sql(CREATE TABLE app_user (
                   id {{id}},
                   name TEXT NOT NULL UNIQUE,
                   role TEXT NOT NULL CHECK (role IN ('admin','hr','chef','lasare')),
                   org_unit_id BIGINT REFERENCES org_unit(id),
                   password_hash TEXT NOT NULL,
                   disabled INTEGER NOT NULL DEFAULT 0,
                   created_at TEXT NOT NULL,
                   version INTEGER NOT NULL DEFAULT 1))sql",
       }},
      {3,
       "editing one record at a time: inventory versions, plan texts, projection runs",
       {
           // Counts the changes of a plan year's inventory grid (PlanYear::inventory_version).
           "ALTER TABLE plan_year ADD COLUMN inventory_version INTEGER NOT NULL DEFAULT 1",
           // Texts of the plan document, per section and optionally per category.
           // One text per plan year, section and category: the key takes "no
           // category" as 0, since NULLs never collide in a UNIQUE constraint
           // (on either backend).
           R"sql(CREATE TABLE plan_text (
                   id {{id}},
                   plan_year_id BIGINT NOT NULL REFERENCES plan_year(id),
                   section TEXT NOT NULL,
                   category_id BIGINT REFERENCES occupational_category(id),
                   text TEXT NOT NULL DEFAULT '',
                   version INTEGER NOT NULL DEFAULT 1))sql",
           "CREATE UNIQUE INDEX plan_text_key ON plan_text(plan_year_id, section, COALESCE(category_id, 0))",
           // Stored staffing projection runs: parameters and result as JSON documents.
           R"sql(CREATE TABLE projection_run (
                   id {{id}},
                   org_unit_id BIGINT NOT NULL REFERENCES org_unit(id),
                   created_at TEXT NOT NULL,
                   actor TEXT NOT NULL,
                   parameters_json TEXT NOT NULL,
                   result_json TEXT NOT NULL))sql",
           "CREATE INDEX projection_run_unit ON projection_run(org_unit_id)",
           // Lists by unit subtree and the audit log's filters.
           "CREATE INDEX risk_unit ON risk(org_unit_id)",
           "CREATE INDEX goal_unit ON goal(org_unit_id)",
           "CREATE INDEX indicator_goal ON indicator(goal_id)",
           "CREATE INDEX succession_unit ON succession_entry(org_unit_id)",
           "CREATE INDEX audit_log_entity ON audit_log(entity, entity_id)",
           "CREATE INDEX audit_log_actor ON audit_log(actor)",
       }},
      {4,
       "an indicator's target per period: a later target never re-judges an earlier period",
       {
           // NULL: the period follows the indicator's target; '' no target;
           // otherwise the period's own rule (io/target_rule_json.hpp's text).
           "ALTER TABLE indicator_outcome ADD COLUMN target_json TEXT",
           // Every stored period keeps the target it was judged by until now.
           "UPDATE indicator_outcome SET target_json = COALESCE((SELECT i.target_json FROM indicator i"
           " WHERE i.id = indicator_outcome.indicator_id), '')",
       }},
      {5,
       "a plan's own chapters: title, Markdown text, placed after a section, per plan year",
       {
           R"sql(CREATE TABLE plan_chapter (
                   id {{id}},
                   org_unit_id BIGINT NOT NULL REFERENCES org_unit(id),
                   year INTEGER NOT NULL,
                   title TEXT NOT NULL,
                   text TEXT NOT NULL DEFAULT '',
                   after_section TEXT NOT NULL DEFAULT '',
                   position INTEGER NOT NULL DEFAULT 0,
                   version INTEGER NOT NULL DEFAULT 1))sql",
           "CREATE INDEX plan_chapter_plan ON plan_chapter(org_unit_id, year)",
       }},
      {6,
       "goals, activities and succession entries belong to plan years (first year, last year)",
       {
           // year: the plan year a record was written for; through_year: the
           // last plan year it goes on in (NULL: that year only).
           "ALTER TABLE goal ADD COLUMN year INTEGER NOT NULL DEFAULT 0",
           "ALTER TABLE goal ADD COLUMN through_year INTEGER",
           "ALTER TABLE activity ADD COLUMN year INTEGER NOT NULL DEFAULT 0",
           "ALTER TABLE activity ADD COLUMN through_year INTEGER",
           "ALTER TABLE succession_entry ADD COLUMN year INTEGER NOT NULL DEFAULT 0",
           "ALTER TABLE succession_entry ADD COLUMN through_year INTEGER",
           // Until now every record was in every plan year's document: each
           // stays in exactly those, from the first plan year to the last (the
           // current year when there are none yet), so no document loses a row.
           "UPDATE goal SET year = COALESCE((SELECT MIN(year) FROM plan_year), {{this_year}}),"
           " through_year = (SELECT MAX(year) FROM plan_year)",
           "UPDATE activity SET year = COALESCE((SELECT MIN(year) FROM plan_year), {{this_year}}),"
           " through_year = (SELECT MAX(year) FROM plan_year)",
           "UPDATE succession_entry SET year = COALESCE((SELECT MIN(year) FROM plan_year), {{this_year}}),"
           " through_year = (SELECT MAX(year) FROM plan_year)",
           "UPDATE goal SET through_year = NULL WHERE through_year <= year",
           "UPDATE activity SET through_year = NULL WHERE through_year <= year",
           "UPDATE succession_entry SET through_year = NULL WHERE through_year <= year",
           "CREATE INDEX goal_years ON goal(year, through_year)",
           "CREATE INDEX activity_years ON activity(year, through_year)",
           "CREATE INDEX succession_years ON succession_entry(year, through_year)",
       }},
      {7,
       "goals as the seeds write them: the kommun's målsättning served, a strategic area, Röd/Grön by hand",
       {
           // A goal of a unit above (the kommunövergripande målsättning) it serves.
           "ALTER TABLE goal ADD COLUMN parent_id BIGINT REFERENCES goal(id)",
           "ALTER TABLE goal ADD COLUMN area TEXT NOT NULL DEFAULT ''",
           // '' from its indicators, 'green' or 'red' by hand with the comment why.
           "ALTER TABLE goal ADD COLUMN manual_assessment TEXT NOT NULL DEFAULT ''",
           "ALTER TABLE goal ADD COLUMN assessment_comment TEXT NOT NULL DEFAULT ''",
           "CREATE INDEX goal_parent ON goal(parent_id)",
       }},
      {8,
       "an activity names the goals it works towards",
       {
           // The goals' ids as ",3,7," (a comma before and after each), so that
           // "is goal 7 named" is one LIKE on either backend.
           "ALTER TABLE activity ADD COLUMN goal_ids TEXT NOT NULL DEFAULT ''",
       }},
      {9,
       "an activity's target group is one category, several, or all of them",
       {
           R"sql(CREATE TABLE activity_category (
                   activity_id BIGINT NOT NULL REFERENCES activity(id),
                   category_id BIGINT NOT NULL REFERENCES occupational_category(id),
                   position INTEGER NOT NULL DEFAULT 0,
                   PRIMARY KEY (activity_id, category_id)))sql",
           // activity.category_id is superseded: its one category moves here.
           "INSERT INTO activity_category (activity_id, category_id)"
           " SELECT id, category_id FROM activity WHERE category_id IS NOT NULL",
           "UPDATE activity SET category_id = NULL",
       }},
      {10,
       "the yearly cycle: a plan year's period, sections and status; the adopted plan kept as decided",
       {
           // The strategy period the plan year belongs to (seed 003: 2021–2024),
           // NULL when none is set; the plan sections it contains as
           // ",nulage,kompetensgap," ('' for all of them); utkast, for_beslut
           // or faststalld (core/plan_status.hpp).
           "ALTER TABLE plan_year ADD COLUMN period_from INTEGER",
           "ALTER TABLE plan_year ADD COLUMN period_to INTEGER",
           "ALTER TABLE plan_year ADD COLUMN sections TEXT NOT NULL DEFAULT ''",
           "ALTER TABLE plan_year ADD COLUMN status TEXT NOT NULL DEFAULT 'utkast'",
           // One row per decision; never updated or deleted, so the adopted
           // plan stays what the board received. content_json: the plan's
           // items (core/plan_revision.hpp) at adoption.
           R"sql(CREATE TABLE plan_adoption (
                   id {{id}},
                   plan_year_id BIGINT NOT NULL REFERENCES plan_year(id),
                   revision INTEGER NOT NULL,
                   decided_by TEXT NOT NULL,
                   decided_on TEXT NOT NULL,
                   paragraph TEXT NOT NULL,
                   registration_number TEXT NOT NULL DEFAULT '',
                   adopted_by TEXT NOT NULL,
                   adopted_at TEXT NOT NULL,
                   content_json TEXT NOT NULL,
                   UNIQUE (plan_year_id, revision)))sql",
           R"sql(CREATE TABLE plan_adoption_document (
                   adoption_id BIGINT NOT NULL REFERENCES plan_adoption(id),
                   format TEXT NOT NULL,
                   file_name TEXT NOT NULL,
                   content_type TEXT NOT NULL,
                   sha256 TEXT NOT NULL,
                   bytes {{blob}} NOT NULL,
                   PRIMARY KEY (adoption_id, format)))sql",
       }},
      {11,
       "follow-up occasions: a plan year's delårsrapporter and årsanalys, frozen when submitted",
       {
           // One row per occasion of a plan year (core/followup_occasion.hpp):
           // kind delar_t1, delar_t2, delar_h1 or arsanalys; submitted_at and
           // submitted_by stay NULL until it is handed in, and then the row
           // never changes again. content_json: what the occasion said.
           R"sql(CREATE TABLE followup_occasion (
                   id {{id}},
                   plan_year_id BIGINT NOT NULL REFERENCES plan_year(id),
                   kind TEXT NOT NULL,
                   deadline TEXT NOT NULL,
                   submitted_at TEXT,
                   submitted_by TEXT,
                   content_json TEXT,
                   version INTEGER NOT NULL DEFAULT 1,
                   UNIQUE (plan_year_id, kind)))sql",
           // The documents as submitted; only ever inserted into.
           R"sql(CREATE TABLE followup_occasion_document (
                   occasion_id BIGINT NOT NULL REFERENCES followup_occasion(id),
                   format TEXT NOT NULL,
                   file_name TEXT NOT NULL,
                   content_type TEXT NOT NULL,
                   sha256 TEXT NOT NULL,
                   bytes {{blob}} NOT NULL,
                   PRIMARY KEY (occasion_id, format)))sql",
       }},
      {12,
       "the kartläggning as an assignment: its round, each unit's status and reminders, need proposals; the level definitions",
       {
           // One round per plan year: its last day, open (1) or closed (0).
           // Saves after opened_at make a unit pågår (core/mapping_round.hpp).
           R"sql(CREATE TABLE mapping_round (
                   plan_year_id BIGINT PRIMARY KEY REFERENCES plan_year(id),
                   deadline TEXT NOT NULL,
                   is_open INTEGER NOT NULL,
                   opened_by TEXT NOT NULL,
                   opened_at TEXT NOT NULL))sql",
           // Per unit: its newest save of a cell (any unit of the subtree), and
           // for the assigned units their submission and reminders ('' none).
           R"sql(CREATE TABLE mapping_unit (
                   plan_year_id BIGINT NOT NULL REFERENCES plan_year(id),
                   org_unit_id BIGINT NOT NULL REFERENCES org_unit(id),
                   saved_at TEXT NOT NULL DEFAULT '',
                   submitted_at TEXT NOT NULL DEFAULT '',
                   submitted_by TEXT NOT NULL DEFAULT '',
                   reminders INTEGER NOT NULL DEFAULT 0,
                   reminded_at TEXT NOT NULL DEFAULT '',
                   reminded_by TEXT NOT NULL DEFAULT '',
                   PRIMARY KEY (plan_year_id, org_unit_id)))sql",
           // What a level means for a category (core/level_definition.hpp),
           // by level name, so that it holds on every scale with that level.
           R"sql(CREATE TABLE category_level_definition (
                   category_id BIGINT NOT NULL REFERENCES occupational_category(id),
                   position INTEGER NOT NULL,
                   level TEXT NOT NULL,
                   definition TEXT NOT NULL,
                   PRIMARY KEY (category_id, level)))sql",
           // A chef's proposal of a category's base need, and hr's decision
           // (core/need_proposal.hpp); current_base: B when proposed.
           R"sql(CREATE TABLE need_proposal (
                   id {{id}},
                   plan_year_id BIGINT NOT NULL REFERENCES plan_year(id),
                   org_unit_id BIGINT NOT NULL REFERENCES org_unit(id),
                   category_id BIGINT NOT NULL REFERENCES occupational_category(id),
                   base DOUBLE PRECISION NOT NULL,
                   current_base DOUBLE PRECISION,
                   reason TEXT NOT NULL,
                   status TEXT NOT NULL,
                   proposed_by TEXT NOT NULL,
                   proposed_at TEXT NOT NULL,
                   decided_by TEXT NOT NULL DEFAULT '',
                   decided_at TEXT NOT NULL DEFAULT '',
                   decision_reason TEXT NOT NULL DEFAULT ''))sql",
       }},
      {13,
       "the key of the pseudonymous employee ids of kplan import employees --pseudonymise",
       {
           // One row, created in the transaction of the first pseudonymised
           // register import (io/pseudonymise.hpp); 32 random bytes as 64 hex
           // digits. Never sent by a route, never written to a log.
           R"sql(CREATE TABLE pseudonym_key (
                   id INTEGER PRIMARY KEY CHECK (id = 1),
                   key_hex TEXT NOT NULL,
                   created_at TEXT NOT NULL))sql",
       }},
      {14,
       "Kolada's personnel KPIs per kommun, year and gender; indicators compared with them or fed by the register",
       {
           // One value per KPI (core/kolada.hpp), municipality ('0000' riket),
           // year and gender T/K/M; NULL when Kolada has none. A new import
           // of the same key replaces it.
           R"sql(CREATE TABLE kolada_value (
                   kpi TEXT NOT NULL,
                   municipality TEXT NOT NULL,
                   period INTEGER NOT NULL,
                   gender TEXT NOT NULL,
                   value DOUBLE PRECISION,
                   status TEXT NOT NULL DEFAULT '',
                   PRIMARY KEY (kpi, municipality, period, gender)))sql",
           // key_figure: core/indicator_binding.hpp's key ('' typed);
           // kolada_kpi and comparison ('0000,1280'): what it is compared with.
           "ALTER TABLE indicator ADD COLUMN key_figure TEXT NOT NULL DEFAULT ''",
           "ALTER TABLE indicator ADD COLUMN kolada_kpi TEXT NOT NULL DEFAULT ''",
           "ALTER TABLE indicator ADD COLUMN comparison TEXT NOT NULL DEFAULT ''",
       }},
  };
  return kMigrations;
}

namespace {

void ReplaceAll(std::string& s, std::string_view from, std::string_view to) {
  for (auto pos = s.find(from); pos != std::string::npos; pos = s.find(from, pos + to.size())) {
    s.replace(pos, from.size(), to);
  }
}

}  // namespace

std::string ForBackend(std::string_view statement, Backend backend) {
  std::string out(statement);
  ReplaceAll(out, "{{id}}",
             backend == Backend::kSqlite ? "INTEGER PRIMARY KEY"
                                         : "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY");
  ReplaceAll(out, "{{blob}}", backend == Backend::kSqlite ? "BLOB" : "BYTEA");
  ReplaceAll(out, "{{this_year}}",
             backend == Backend::kSqlite ? "CAST(strftime('%Y', 'now') AS INTEGER)"
                                         : "CAST(EXTRACT(YEAR FROM CURRENT_DATE) AS INTEGER)");
  return out;
}

}  // namespace kplan::store
