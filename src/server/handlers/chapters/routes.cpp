// /api/v1/chapters?org=CODE&year=Y: a plan's own chapters (core/plan_chapter.hpp)
// — title, Markdown text, the section they follow and their order there.

#include "../crud.hpp"
#include "../handlers.hpp"
#include "kplan/core/activity.hpp"  // kUnitCodeMaxChars
#include "kplan/core/occupational_category.hpp"  // kPlanTextMaxChars
#include "kplan/core/plan_chapter.hpp"
#include "kplan/core/plan_year.hpp"

namespace kplan::server::handlers {
namespace {

Json ChapterJson(const store::PlanChapter& c) {
  return Json{{"id", c.id},       {"unit", c.unit_code}, {"year", c.year},
              {"title", c.title}, {"text", c.text},      {"after", c.after},
              {"position", c.position}, {"version", c.version}};
}

Result<store::PlanChapter> ChapterFromJson(const Json& body) {
  Fields f(body);
  store::PlanChapter c;
  auto unit = f.String("unit", kUnitCodeMaxChars);
  if (!unit.ok()) return unit.error();
  auto year = f.Int("year", kPlanYearMin, kPlanYearMax);
  if (!year.ok()) return year.error();
  auto title = f.String("title", kChapterTitleMaxChars);
  if (!title.ok()) return title.error();
  auto text = f.OptionalString("text", kPlanTextMaxChars);
  if (!text.ok()) return text.error();
  auto after = f.OptionalString("after", 40);
  if (!after.ok()) return after.error();
  auto position = f.OptionalInt("position", 0, kChapterPositionMax);
  if (!position.ok()) return position.error();
  c.unit_code = unit.value();
  c.year = year.value();
  c.title = title.value();
  c.text = text.value();
  c.after = after.value();
  c.position = position.value().value_or(0);
  if (Status valid = Validate(c); !valid.ok()) return valid.error();
  return c;
}

}  // namespace

void RegisterChapters(Router& router) {
  using store::PlanChapter;
  UnitRecords<PlanChapter> spec{.path = "/api/v1/chapters", .tag = "chapters", .noun = "a chapter of the plan",
                                .schema = "Chapter", .module = Module::kNeed};
  spec.list_query = {{"org", "unit code; default: your own unit or the whole organisation"},
                     {"year", "plan year", true}};
  spec.scope_parameters = {"org", "year"};
  spec.list = [](const ApiRequest& req, AppContext& app, const OrgUnit& scope) -> Result<std::vector<PlanChapter>> {
    auto year = YearParam(req);
    if (!year.ok()) return year.error();
    return app.store.ListChapters(scope.id, year.value());
  };
  spec.get = [](store::Store& s, std::int64_t id) { return s.GetChapter(id); };
  spec.create = [](store::Store& s, const PlanChapter& c, std::string_view actor) { return s.CreateChapter(c, actor); };
  spec.update = [](store::Store& s, const PlanChapter& c, std::string_view actor) { return s.UpdateChapter(c, actor); };
  spec.remove = [](store::Store& s, std::int64_t id, int v, std::string_view actor) {
    return s.DeleteChapter(id, v, actor);
  };
  spec.to_json = ChapterJson;
  spec.from_json = ChapterFromJson;
  spec.unit_of = [](const PlanChapter& c) { return c.unit_code; };
  RegisterUnitRecords(router, spec);
}

}  // namespace kplan::server::handlers
