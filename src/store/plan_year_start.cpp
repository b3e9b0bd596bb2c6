// "Starta 2027 från 2026": next year's plan year from this year's, carrying on
// what goes on and copying what is rewritten each year.

#include "editing.hpp"
#include "plan_years.hpp"
#include "poco_store.hpp"
#include "record_json.hpp"
#include "sql.hpp"

namespace kplan::store {
namespace {

constexpr const char* kSourceFrame =
    "SELECT org_unit_id, scale_id, horizons, COALESCE(period_from, 0), COALESCE(period_to, 0),"
    " sections FROM plan_year WHERE id = $1";
constexpr const char* kSetFrame =
    "UPDATE plan_year SET period_from = $1, period_to = $2, sections = $3 WHERE id = $4";
constexpr const char* kCopyTexts =
    "INSERT INTO plan_text (plan_year_id, section, category_id, text)"
    " SELECT $1, section, category_id, text FROM plan_text WHERE plan_year_id = $2";
constexpr const char* kCopyChapters =
    "INSERT INTO plan_chapter (org_unit_id, year, title, text, after_section, position)"
    " SELECT org_unit_id, $1, title, text, after_section, position FROM plan_chapter"
    " WHERE org_unit_id = $2 AND year = $3";
constexpr const char* kCopyNeed =
    "INSERT INTO need_parameter (plan_year_id, category_id, base, growth_json, target_shares_json)"
    " SELECT $1, category_id, base, growth_json, target_shares_json FROM need_parameter"
    " WHERE plan_year_id = $2";
constexpr const char* kCopyInventory =
    "INSERT INTO inventory (plan_year_id, org_unit_id, category_id, level_position, headcount)"
    " SELECT $1, org_unit_id, category_id, level_position, headcount FROM inventory"
    " WHERE plan_year_id = $2";
// Records of the subtree ($1) whose span ends in the source year ($3) go on
// through the new year ($2). (SQLite numbers $n by first appearance.)
#define KPLAN_SQL_CARRY_ON(table, extra)                                                   \
  KPLAN_SQL_SUBTREE_OF_PARAM_1 " UPDATE " table                                            \
  " SET through_year = $2, version = version + 1 WHERE org_unit_id IN (SELECT id FROM sub)" \
  " AND year <= $3 AND COALESCE(through_year, year) = $3" extra " RETURNING id"
constexpr const char* kCarryOnGoals = KPLAN_SQL_CARRY_ON("goal", "");
constexpr const char* kCarryOnActivities =
    KPLAN_SQL_CARRY_ON("activity", " AND status NOT IN ('done', 'cancelled')");
constexpr const char* kCarryOnSuccession = KPLAN_SQL_CARRY_ON("succession_entry", "");
#undef KPLAN_SQL_CARRY_ON

// The number of rows an UPDATE ... RETURNING id touched.
std::size_t CarryOn(Session& s, const char* sql, Poco::Int64 unit, int from_year, int to_year) {
  std::vector<Poco::Int64> ids;
  s << sql, use(unit), use(to_year), use(from_year), into(ids), now;
  return ids.size();
}

}  // namespace

Result<PlanYear> PocoStore::StartPlanYearFrom(std::int64_t source_plan_year_id, int year,
                                              const NextPlanYearOptions& options,
                                              std::string_view actor) {
  return Writing<PlanYear>("start plan year", [&](Session& s) -> Result<PlanYear> {
    std::optional<PlanYear> source = PlanYearById(s, source_plan_year_id);
    if (!source) return NotFound("planåret", "plan year", source_plan_year_id);
    if (year <= source->year || year > kPlanYearMax) {
      return Invalid("year",
                     "ett planår startas från ett tidigare år: " + std::to_string(year) +
                         " kommer inte efter " + std::to_string(source->year),
                     "a plan year starts from an earlier one: " + std::to_string(year) +
                         " does not come after " + std::to_string(source->year),
                     "year_order")
          .WithValue(std::to_string(year));
    }
    Poco::Int64 source_id = source_plan_year_id, unit = 0, scale = 0;
    std::string horizons, sections;
    int period_from = 0, period_to = 0;
    s << kSourceFrame, use(source_id), into(unit), into(scale), into(horizons), into(period_from),
        into(period_to), into(sections), now;
    if (PlanYearOf(s, unit, year)) {
      return Error(ErrorCode::kConflict,
                   source->unit_code + " har redan ett planår " + std::to_string(year),
                   source->unit_code + " already has a plan year " + std::to_string(year))
          .WithField("year")
          .WithRule("unique");
    }
    int new_year = year;
    Poco::Int64 id = 0;
    s << sql::kInsertPlanYear, use(unit), use(new_year), use(scale), use(horizons), into(id), now;
    // The strategy period goes along while it covers the new year.
    const bool period_goes_on = period_from != 0 && period_to >= year;
    Nullable<int> from = period_goes_on ? Nullable<int>(period_from) : Nullable<int>();
    Nullable<int> to = period_goes_on ? Nullable<int>(period_to) : Nullable<int>();
    s << kSetFrame, use(from), use(to), use(sections), use(id), now;
    int source_year = source->year;
    s << kCopyTexts, use(id), use(source_id), now;
    s << kCopyChapters, use(new_year), use(unit), use(source_year), now;
    s << kCopyNeed, use(id), use(source_id), now;
    if (options.copy_inventory) s << kCopyInventory, use(id), use(source_id), now;
    Json carried{{"goals", CarryOn(s, kCarryOnGoals, unit, source_year, year)},
                 {"activities", CarryOn(s, kCarryOnActivities, unit, source_year, year)},
                 {"succession", CarryOn(s, kCarryOnSuccession, unit, source_year, year)}};
    PlanYear created = *PlanYearById(s, id);
    Json after = ToJson(created);
    after["started_from"] = source->year;
    after["carried_on"] = carried;
    after["inventory_copied"] = options.copy_inventory;
    AppendAudit(s, actor, "start", "plan_year", std::to_string(id), "", DumpJson(after));
    return created;
  });
}

}  // namespace kplan::store
