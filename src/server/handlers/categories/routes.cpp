// /api/v1/categories: occupational categories with their SSYK 2012 codes, and
// /api/v1/scales: the competence scales (ordered levels).

#include <map>

#include "../../router.hpp"
#include "../common.hpp"
#include "../handlers.hpp"
#include "kplan/core/field_rules.hpp"
#include "kplan/core/level_definition.hpp"
#include "kplan/core/occupational_category.hpp"
#include "kplan/core/plan_year.hpp"

namespace kplan::server::handlers {
namespace {

using Definitions = std::map<std::int64_t, std::vector<LevelDefinition>>;

Json DefinitionsJson(const std::vector<LevelDefinition>& definitions) {
  Json list = Json::array();
  for (const LevelDefinition& d : definitions) list.push_back(Json{{"level", d.level}, {"text", d.text}});
  return list;
}

Json CategoryJson(const store::OccupationalCategory& c, const Definitions& definitions = {}) {
  auto it = definitions.find(c.id);
  return Json{{"id", c.id}, {"name", c.name}, {"ssyk", c.ssyk}, {"version", c.version},
              {"level_definitions", DefinitionsJson(it == definitions.end() ? std::vector<LevelDefinition>{}
                                                                             : it->second)}};
}

Result<store::OccupationalCategory> CategoryFromJson(const Json& body) {
  Fields f(body);
  auto name = f.String("name", kCategoryNameMaxChars);
  if (!name.ok()) return name.error();
  auto ssyk = f.OptionalString("ssyk", kSsykCodeDigits);
  if (!ssyk.ok()) return ssyk.error();
  if (!ssyk.value().empty() && !IsSsykCode(ssyk.value())) {
    return FieldError("ssyk", "ska vara en SSYK 2012-kod med fyra siffror", "must be a four-digit SSYK 2012 code")
        .WithValue(ssyk.value())
        .WithRule("ssyk");
  }
  store::OccupationalCategory c;
  c.name = name.value();
  c.ssyk = ssyk.value();
  return c;
}

Result<ApiResponse> ListCategories(const ApiRequest& req, AppContext& app) {
  auto rows = app.store.ListCategories();
  if (!rows.ok()) return rows.error();
  auto definitions = app.store.ListLevelDefinitions();
  if (!definitions.ok()) return definitions.error();
  Json items = Json::array();
  for (const auto& c : rows.value()) items.push_back(CategoryJson(c, definitions.value()));
  return ListResponse(req, std::move(items), {});
}

Result<ApiResponse> AddCategory(const ApiRequest& req, AppContext& app) {
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  auto c = CategoryFromJson(body.value());
  if (!c.ok()) return c.error();
  auto existing = app.store.ListCategories();
  if (!existing.ok()) return existing.error();
  for (const auto& e : existing.value()) {
    if (e.name == c.value().name) {
      return Error(ErrorCode::kConflict, "yrkeskategorin \"" + e.name + "\" finns redan",
                   "the category \"" + e.name + "\" already exists")
          .WithField("name");
    }
  }
  auto added = app.store.AddCategories({c.value()}, Actor(req));
  if (!added.ok()) return added.error();
  auto rows = app.store.ListCategories();
  if (!rows.ok()) return rows.error();
  for (const auto& e : rows.value()) {
    if (e.name == c.value().name) return WithVersion(JsonResponse(CategoryJson(e), 201), e.version);
  }
  return Error(ErrorCode::kInternal, "kategorin sparades men kan inte läsas");
}

Result<ApiResponse> UpdateCategory(const ApiRequest& req, AppContext& app) {
  auto id = IdParam(req);
  if (!id.ok()) return id.error();
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  auto version = ExpectedVersion(req, &body.value());
  if (!version.ok()) return version.error();
  auto c = CategoryFromJson(body.value());
  if (!c.ok()) return c.error();
  store::OccupationalCategory changed = c.value();
  changed.id = id.value();
  changed.version = version.value();
  auto updated = app.store.UpdateCategory(changed, Actor(req));
  if (!updated.ok()) return updated.error();
  auto definitions = app.store.ListLevelDefinitions();
  if (!definitions.ok()) return definitions.error();
  return WithVersion(JsonResponse(CategoryJson(updated.value(), definitions.value())), updated.value().version);
}

// The definitions of the category's levels (core/level_definition.hpp),
// replaced as a whole; an empty text removes the level's definition.
Result<ApiResponse> SaveLevelDefinitions(const ApiRequest& req, AppContext& app) {
  auto id = IdParam(req);
  if (!id.ok()) return id.error();
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  const Json& list = Fields(body.value()).Get("definitions");
  if (!list.is_array()) {
    return FieldError("definitions", "ska vara en lista med nivåer och texter", "must be a list of levels and texts");
  }
  std::vector<LevelDefinition> definitions;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string at = "definitions[" + std::to_string(i) + "]";
    if (!list[i].is_object()) return FieldError(at, "ska vara ett objekt", "must be an object");
    Fields f(list[i]);
    auto level = f.String("level", 100);
    if (!level.ok()) return Error(level.error()).WithField(at + ".level");
    auto text = f.OptionalString("text", kLevelDefinitionMaxChars);
    if (!text.ok()) return Error(text.error()).WithField(at + ".text");
    definitions.push_back({level.value(), text.value()});
  }
  auto saved = app.store.SaveLevelDefinitions(id.value(), definitions, Actor(req));
  if (!saved.ok()) return saved.error();
  return JsonResponse(Json{{"definitions", DefinitionsJson(saved.value())}});
}

Json ScaleJson(const store::CompetenceScaleRecord& s) {
  return Json{{"id", s.id}, {"name", s.name}, {"levels", s.levels}};
}

Result<ApiResponse> ListScales(const ApiRequest& req, AppContext& app) {
  auto rows = app.store.ListScales();
  if (!rows.ok()) return rows.error();
  Json items = Json::array();
  for (const auto& s : rows.value()) items.push_back(ScaleJson(s));
  return ListResponse(req, std::move(items), {});
}

Result<ApiResponse> AddScale(const ApiRequest& req, AppContext& app) {
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  Fields f(body.value());
  auto name = f.String("name", kScaleNameMaxChars);
  if (!name.ok()) return name.error();
  const Json& levels = f.Get("levels");
  if (!levels.is_array()) return FieldError("levels", "ska vara en lista med nivåernas namn, lägst först", "must be a list of level names, lowest first");
  store::CompetenceScaleRecord scale;
  scale.name = name.value();
  for (std::size_t i = 0; i < levels.size(); ++i) {
    if (!levels[i].is_string() || levels[i].get<std::string>().empty() || !FitsCharacters(levels[i].get<std::string>(), kScaleLevelMaxChars)) {
      return FieldError("levels[" + std::to_string(i) + "]", "ska vara ett namn", "must be a name");
    }
    scale.levels.push_back(levels[i].get<std::string>());
  }
  auto added = app.store.AddScale(scale, Actor(req));
  if (!added.ok()) return added.error();
  return JsonResponse(ScaleJson(added.value()), 201);
}

}  // namespace

void RegisterCategories(Router& router) {
  router.Add({.method = "GET", .pattern = "/api/v1/categories", .summary = "Occupational categories with SSYK codes",
              .tag = "categories", .module = Module::kCategories, .response_schema = "CategoryList",
              .handler = ListCategories});
  router.Add({.method = "POST", .pattern = "/api/v1/categories", .summary = "Add an occupational category",
              .tag = "categories", .module = Module::kCategories, .request_schema = "CategoryInput",
              .response_schema = "Category", .handler = AddCategory});
  router.Add({.method = "PUT", .pattern = "/api/v1/categories/{id}",
              .summary = "Rename a category or set its SSYK code (If-Match: the version read)",
              .tag = "categories", .module = Module::kCategories, .request_schema = "CategoryInput",
              .response_schema = "Category", .handler = UpdateCategory});
  router.Add({.method = "PUT", .pattern = "/api/v1/categories/{id}/level-definitions",
              .summary = "What each competence level means for the category (replaced as a whole)",
              .tag = "categories", .module = Module::kCategories, .request_schema = "LevelDefinitionsInput",
              .response_schema = "LevelDefinitions", .handler = SaveLevelDefinitions});
  router.Add({.method = "GET", .pattern = "/api/v1/scales", .summary = "Competence scales and their levels",
              .tag = "scales", .module = Module::kCategories, .response_schema = "ScaleList",
              .handler = ListScales});
  router.Add({.method = "POST", .pattern = "/api/v1/scales", .summary = "Add a competence scale",
              .tag = "scales", .module = Module::kCategories, .request_schema = "ScaleInput",
              .response_schema = "Scale", .handler = AddScale});
}

}  // namespace kplan::server::handlers
