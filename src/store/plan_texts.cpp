// Texts users wrote for the plan document, per section and optionally per
// category, one per plan year, section and category.

#include <Poco/Data/RecordSet.h>
#include <Poco/Nullable.h>

#include <algorithm>
#include <array>

#include "kplan/core/field_rules.hpp"
#include "editing.hpp"
#include "kplan/core/occupational_category.hpp"
#include "kplan/core/plan_section.hpp"
#include "plan_years.hpp"
#include "poco_store.hpp"
#include "record_json.hpp"
#include "resolver.hpp"

namespace kplan::store {
namespace {

#define KPLAN_SQL_SELECT_PLAN_TEXT                                                  \
  "SELECT t.id, t.section, COALESCE(c.name, ''), t.text, t.version FROM plan_text t" \
  " LEFT JOIN occupational_category c ON c.id = t.category_id"
constexpr const char* kPlanTexts =
    KPLAN_SQL_SELECT_PLAN_TEXT " WHERE t.plan_year_id = $1 ORDER BY t.section, COALESCE(c.name, '')";
// "No category" is 0, as in the unique index plan_text_key.
constexpr const char* kPlanText =
    KPLAN_SQL_SELECT_PLAN_TEXT
    " WHERE t.plan_year_id = $1 AND t.section = $2 AND COALESCE(t.category_id, 0) = $3";
constexpr const char* kInsertPlanText =
    "INSERT INTO plan_text (plan_year_id, section, category_id, text) VALUES ($1, $2, $3, $4)";
constexpr const char* kUpdatePlanText =
    "UPDATE plan_text SET text = $1, version = version + 1 WHERE id = $2 AND version = $3"
    " RETURNING version";

// A text and its row id.
std::vector<std::pair<std::int64_t, PlanText>> ReadTexts(Statement& select) {
  RecordSet rs(select);
  std::vector<std::pair<std::int64_t, PlanText>> out;
  for (std::size_t row = 0; row < rs.rowCount(); ++row) {
    PlanText t;
    t.section = rs.value(1, row).convert<std::string>();
    t.category = rs.value(2, row).convert<std::string>();
    t.text = rs.value(3, row).convert<std::string>();
    t.version = rs.value(4, row).convert<int>();
    out.emplace_back(rs.value(0, row).convert<Poco::Int64>(), std::move(t));
  }
  return out;
}

std::optional<std::pair<std::int64_t, PlanText>> TextOf(Session& s, std::int64_t plan_year_id,
                                                        const std::string& section,
                                                        std::int64_t category_id) {
  Statement select(s);
  Poco::Int64 plan = plan_year_id, category = category_id;
  std::string key = section;
  select << kPlanText, use(plan), use(key), use(category), now;
  auto found = ReadTexts(select);
  if (found.empty()) return std::nullopt;
  return std::move(found[0]);
}

Status ValidateText(const PlanText& t) {
  if (!FindPlanSection(t.section)) {
    return Invalid("section", "avsnittet \"" + t.section + "\" finns inte i planen",
                   "the plan has no section \"" + t.section + "\"", "plan_section")
        .WithValue(t.section)
        .WithHint("Avsnitten är " + PlanSectionKeys() + ".");
  }
  if (!FitsCharacters(t.text, kPlanTextMaxChars)) {
    const std::string max = std::to_string(kPlanTextMaxChars);
    return Invalid("text", "texten är längre än " + max + " tecken",
                   "the text is longer than " + max + " characters", "plan_text");
  }
  if (!FitsCharacters(t.category, kCategoryNameMaxChars)) {
    const std::string max = std::to_string(kCategoryNameMaxChars);
    return Invalid("category", "yrkeskategorin är längre än " + max + " tecken",
                   "the category is longer than " + max + " characters", "plan_text");
  }
  return Ok();
}

}  // namespace

Result<std::vector<PlanText>> PocoStore::LoadPlanTexts(std::int64_t plan_unit_id, int year) {
  return Reading<std::vector<PlanText>>(
      Get(), "load plan texts", [&](Session& s) -> Result<std::vector<PlanText>> {
        std::optional<PlanYear> plan = PlanYearOf(s, plan_unit_id, year);
        std::vector<PlanText> out;
        if (!plan) return out;
        Statement select(s);
        Poco::Int64 plan_id = plan->id;
        select << kPlanTexts, use(plan_id), now;
        for (auto& [id, text] : ReadTexts(select)) out.push_back(std::move(text));
        return out;
      });
}

Result<PlanText> PocoStore::SavePlanText(std::int64_t plan_unit_id, int year, const PlanText& text,
                                         std::string_view actor) {
  if (Status valid = ValidateText(text); !valid.ok()) return valid.error();
  const std::string name_sv = "texten i avsnittet " + text.section +
                              (text.category.empty() ? "" : " för " + text.category);
  const std::string name_en = "the text of section " + text.section +
                              (text.category.empty() ? "" : " for " + text.category);
  return Writing<PlanText>("save plan text", [&](Session& s) -> Result<PlanText> {
    Result<PlanYear> plan = EnsurePlanYearOf(s, plan_unit_id, year);
    if (!plan.ok()) return plan.error();
    NameResolver names(s);
    Poco::Int64 plan_id = plan.value().id;
    Poco::Int64 category_key = text.category.empty() ? 0 : names.Category(text.category);
    auto before = TextOf(s, plan_id, text.section, category_key);

    std::int64_t id = 0;
    if (text.version == 0) {
      if (before) return StaleNamed(name_sv, name_en, 0, before->second.version);
      std::string section = text.section, body = text.text;
      Nullable<Poco::Int64> category =
          category_key == 0 ? Nullable<Poco::Int64>() : Nullable<Poco::Int64>(category_key);
      s << kInsertPlanText, use(plan_id), use(section), use(category), use(body), now;
    } else {
      if (!before) return NotFoundNamed(name_sv, name_en);
      if (before->second.version != text.version) {
        return StaleNamed(name_sv, name_en, text.version, before->second.version);
      }
      id = before->first;
      std::string body = text.text;
      Poco::Int64 key = id;
      int version = text.version;
      std::vector<int> updated;
      s << kUpdatePlanText, use(body), use(key), use(version), into(updated), now;
      if (updated.empty()) return StaleNamed(name_sv, name_en, text.version, text.version + 1);
    }
    auto after = TextOf(s, plan_id, text.section, category_key);
    AppendAudit(s, actor, before ? "update" : "create", "plan_text", std::to_string(after->first),
                before ? AuditText(before->second) : "", AuditText(after->second));
    return after->second;
  });
}

}  // namespace kplan::store
