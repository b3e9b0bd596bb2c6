// /api/v1/texts?org=CODE&year=Y: what users wrote for the plan document, per
// section and, within Kompetensgap, per category. PUT
// /api/v1/texts/{section}?org&year[&category=NAME] writes one text (version 0
// for a new one).

#include "../../router.hpp"
#include "../common.hpp"
#include "../handlers.hpp"
#include "../plan_scope.hpp"
#include "kplan/core/occupational_category.hpp"
#include "kplan/core/plan_section.hpp"

namespace kplan::server::handlers {
namespace {

Json TextJson(const store::PlanText& t) {
  return Json{{"section", t.section}, {"category", t.category}, {"text", t.text}, {"version", t.version}};
}

Result<ApiResponse> List(const ApiRequest& req, AppContext& app) {
  auto plan = PlanScopeOf(req, app);
  if (!plan.ok()) return plan.error();
  auto rows = app.store.LoadPlanTexts(plan.value().plan_unit.id, plan.value().year);
  if (!rows.ok()) return rows.error();
  Json items = Json::array();
  for (const auto& t : rows.value()) items.push_back(TextJson(t));
  return ListResponse(req, std::move(items));
}

Result<ApiResponse> Put(const ApiRequest& req, AppContext& app) {
  const std::string& section = req.params.at("section");
  if (!FindPlanSection(section)) {
    return Error(ErrorCode::kInvalidInput, "okänt avsnitt \"" + section + "\"", "unknown section \"" + section + "\"")
        .WithField("section")
        .WithHint(PlanSectionKeys());
  }
  auto plan = PlanScopeOf(req, app);
  if (!plan.ok()) return plan.error();
  if (Status s = RequirePlanUnitAccess(req, app, plan.value()); !s.ok()) return s.error();
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  auto version = ExpectedVersion(req, &body.value());
  if (!version.ok()) return version.error();
  auto text = Fields(body.value()).OptionalString("text", kPlanTextMaxChars);
  if (!text.ok()) return text.error();
  store::PlanText t;
  t.section = section;
  auto category = req.query.find("category");
  if (category != req.query.end()) t.category = category->second;
  t.text = text.value();
  t.version = version.value();
  auto saved = app.store.SavePlanText(plan.value().plan_unit.id, plan.value().year, t, Actor(req));
  if (!saved.ok()) return saved.error();
  return WithVersion(JsonResponse(TextJson(saved.value())), saved.value().version);
}

}  // namespace

void RegisterTexts(Router& router) {
  router.Add({.method = "GET", .pattern = "/api/v1/texts",
              .summary = "Texts of the plan document per section and category",
              .tag = "texts", .module = Module::kNeed,
              .query = {{"org", "unit code"}, {"year", "plan year", true}},
              .response_schema = "TextList", .handler = List});
  router.Add({.method = "PUT", .pattern = "/api/v1/texts/{section}",
              .summary = "Write one section's text (category: the comment under that category's gap table)",
              .tag = "texts", .module = Module::kNeed,
              .query = {{"org", "unit code"}, {"year", "plan year", true}, {"category", "category name"}},
              .request_schema = "TextInput", .response_schema = "Text", .handler = Put});
}

}  // namespace kplan::server::handlers
