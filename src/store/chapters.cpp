// A plan's own chapters (core/plan_chapter.hpp), per unit and plan year.

#include <Poco/Data/RecordSet.h>

#include "editing.hpp"
#include "poco_store.hpp"
#include "record_json.hpp"
#include "resolver.hpp"
#include "sql.hpp"
#include "versioned_record.hpp"

namespace kplan::store {
namespace {

// The chapter's columns as bound to ChapterKind::kInsert and kUpdate.
struct ChapterRow {
  Poco::Int64 unit = 0;
  int year = 0;
  std::string title, text, after;
  int position = 0;
};

// The chapter as a versioned record (versioned_record.hpp).
struct ChapterKind {
  using Record = PlanChapter;
  using Row = ChapterRow;
  static constexpr std::string_view kTable = "plan_chapter";
  static constexpr std::string_view kWhatSv = "kapitlet";
  static constexpr std::string_view kWhatEn = "chapter";

// ReadRow's columns, in order.
#define KPLAN_SQL_SELECT_CHAPTER                                                            \
  "SELECT c.id, u.code, c.year, c.title, c.text, c.after_section, c.position, c.version"   \
  " FROM plan_chapter c JOIN org_unit u ON u.id = c.org_unit_id"
  // The document's order is the report's to decide; here by unit, then as
  // the chapters follow each other after one section.
  static constexpr const char* kList =
      KPLAN_SQL_SUBTREE_OF_PARAM_1 " " KPLAN_SQL_SELECT_CHAPTER
      " WHERE c.org_unit_id IN (SELECT id FROM sub) AND c.year = $2"
      " ORDER BY u.code, c.after_section, c.position, c.id";
  static constexpr const char* kById = KPLAN_SQL_SELECT_CHAPTER " WHERE c.id = $1";
#undef KPLAN_SQL_SELECT_CHAPTER

  static PlanChapter ReadRow(RecordSet& rs, std::size_t row) {
    PlanChapter c;
    c.id = rs.value(0, row).convert<Poco::Int64>();
    c.unit_code = rs.value(1, row).convert<std::string>();
    c.year = rs.value(2, row).convert<int>();
    c.title = rs.value(3, row).convert<std::string>();
    c.text = rs.value(4, row).convert<std::string>();
    c.after = rs.value(5, row).convert<std::string>();
    c.position = rs.value(6, row).convert<int>();
    c.version = rs.value(7, row).convert<int>();
    return c;
  }

  // Bind's columns, in order.
  static constexpr const char* kInsert =
      "INSERT INTO plan_chapter (org_unit_id, year, title, text, after_section, position)"
      " VALUES ($1, $2, $3, $4, $5, $6) RETURNING id";
  static constexpr const char* kUpdate =
      "UPDATE plan_chapter SET org_unit_id = $1, year = $2, title = $3, text = $4, after_section = $5,"
      " position = $6, version = version + 1 WHERE id = $7 AND version = $8 RETURNING version";
  static constexpr const char* kDelete =
      "DELETE FROM plan_chapter WHERE id = $1 AND version = $2 RETURNING id";

  static void Bind(Statement& statement, ChapterRow& row) {
    statement, use(row.unit), use(row.year), use(row.title), use(row.text), use(row.after), use(row.position);
  }

  // The unit must have the plan year the chapter is written for.
  static Result<ChapterRow> Resolve(Session& s, NameResolver& names, const PlanChapter& c) {
    auto unit = names.Unit(c.unit_code);
    if (!unit) return names.UnknownUnit(c.unit_code).WithField("unit_code");
    Poco::Int64 id = *unit;
    int year = c.year;
    std::vector<Poco::Int64> plan;
    s << "SELECT id FROM plan_year WHERE org_unit_id = $1 AND year = $2", use(id), use(year), into(plan), now;
    if (plan.empty()) {
      return Error(ErrorCode::kNotFound,
                   c.unit_code + " har inget planår " + std::to_string(c.year),
                   c.unit_code + " has no plan year " + std::to_string(c.year))
          .WithField("year")
          .WithValue(std::to_string(c.year))
          .WithHint("Lägg upp planåret först.");
    }
    return ChapterRow{*unit, c.year, c.title, c.text, c.after, c.position};
  }

  static Status Validate(const PlanChapter& c) { return ::kplan::Validate(c); }
};

}  // namespace

Result<std::vector<PlanChapter>> PocoStore::ListChapters(std::int64_t unit_id, int year) {
  return ListRecords<ChapterKind>(ChapterKind::kList, Poco::Int64{unit_id}, year);
}

Result<PlanChapter> PocoStore::GetChapter(std::int64_t id) { return GetRecord<ChapterKind>(id); }

Result<PlanChapter> PocoStore::CreateChapter(const PlanChapter& chapter, std::string_view actor) {
  return CreateRecord<ChapterKind>(chapter, actor);
}

Result<PlanChapter> PocoStore::UpdateChapter(const PlanChapter& chapter, std::string_view actor) {
  return UpdateRecord<ChapterKind>(chapter, actor);
}

Status PocoStore::DeleteChapter(std::int64_t id, int version, std::string_view actor) {
  return DeleteRecord<ChapterKind>(id, version, actor);
}

}  // namespace kplan::store
