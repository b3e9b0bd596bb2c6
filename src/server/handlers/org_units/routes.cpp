// /api/v1/org-units: the organisation tree (kommun, nämnd, förvaltning,
// avdelning, enhet). Everyone signed in reads it (the pages need it to name
// units); admin and hr add, rename and move units — a unit-bound hr only
// inside its own subtree, both where the unit is and where it goes.

#include "../../router.hpp"
#include "../common.hpp"
#include "../handlers.hpp"
#include "kplan/core/org_unit.hpp"
#include "kplan/core/org_unit_changes.hpp"

namespace kplan::server::handlers {
namespace {

Json UnitJson(const OrgUnit& u, const OrgTree& tree) {
  Json parent;
  if (const OrgUnit* p = u.parent_id ? tree.FindById(*u.parent_id) : nullptr) parent = p->code;
  return Json{{"id", u.id},
              {"code", u.code},
              {"name", u.name},
              {"kind", std::string(OrgUnitKindKey(u.kind))},
              {"kind_label", std::string(OrgUnitKindLabel(u.kind))},
              {"parent", parent}};
}

Result<ApiResponse> ListUnits(const ApiRequest& req, AppContext& app) {
  // A new municipality's database has no units yet: its tree is an empty list,
  // which the web app meets with the first day's steps, not an error.
  if (!req.query.contains("org")) {
    auto all = app.org_tree.Units();
    if (!all.ok()) return all.error();
    if (all.value().empty()) return ListResponse(req, Json::array(), {"org"});
  }
  auto scope = ScopeUnit(req, app);
  if (!scope.ok()) return scope.error();
  auto units = app.store.Subtree(scope.value().id);
  if (!units.ok()) return units.error();
  auto tree = app.org_tree.Tree();
  if (!tree.ok()) return tree.error();
  Json items = Json::array();
  for (const OrgUnit& u : units.value()) items.push_back(UnitJson(u, tree.value()));
  return ListResponse(req, std::move(items), {"org"});
}

Result<ApiResponse> AddUnits(const ApiRequest& req, AppContext& app) {
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  // One unit, or {"units": [...]} for a batch that is stored whole or not at all.
  std::vector<Json> given;
  if (body.value().contains("units")) {
    const Json& list = body.value()["units"];
    if (!list.is_array()) return FieldError("units", "ska vara en lista", "must be a list");
    for (const Json& u : list) given.push_back(u);
  } else {
    given.push_back(body.value());
  }
  std::vector<NewOrgUnit> units;
  for (std::size_t i = 0; i < given.size(); ++i) {
    if (!given[i].is_object()) return FieldError("units[" + std::to_string(i) + "]", "ska vara ett objekt", "must be an object");
    Fields f(given[i]);
    NewOrgUnit u;
    auto code = f.String("code", kOrgUnitCodeMaxChars);
    if (!code.ok()) return code.error();
    auto name = f.String("name", kOrgUnitNameMaxChars);
    if (!name.ok()) return name.error();
    auto parent = f.OptionalString("parent", kOrgUnitCodeMaxChars);
    if (!parent.ok()) return parent.error();
    auto kind_text = f.String("kind", 20);
    if (!kind_text.ok()) return kind_text.error();
    auto kind = ParseOrgUnitKind(kind_text.value());
    if (!kind) {
      return FieldError("kind", "ska vara kommun, namnd, forvaltning, avdelning eller enhet",
                        "must be kommun, namnd, forvaltning, avdelning or enhet")
          .WithValue(kind_text.value());
    }
    if (!parent.value().empty()) {
      auto within = RequireUnitAccess(req, app, parent.value(), "parent");
      if (!within.ok()) {
        Error e = within.error();
        e.WithRow(static_cast<std::int64_t>(i) + 1);
        return e;
      }
    }
    u.code = code.value();
    u.name = name.value();
    u.parent_code = parent.value();
    u.kind = *kind;
    units.push_back(std::move(u));
  }
  auto added = app.store.AddOrgUnits(units, Actor(req));
  app.org_tree.Invalidate();
  if (!added.ok()) return added.error();
  return JsonResponse(Json{{"added", added.value()}}, 201);
}

// Renames, moves or re-kinds one unit (PUT /org-units/{code}); every field is
// optional and keeps its value when left out. The store keeps the unit's id,
// so its register extracts, plans and goals follow it (org_unit_changes.hpp).
Result<ApiResponse> UpdateUnit(const ApiRequest& req, AppContext& app) {
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  const std::string code = req.params.at("code");
  auto unit = RequireUnitAccess(req, app, code, "code");
  if (!unit.ok()) return unit.error();
  auto tree = app.org_tree.Tree();
  if (!tree.ok()) return tree.error();
  const OrgUnit* old_parent = unit.value().parent_id ? tree.value().FindById(*unit.value().parent_id) : nullptr;

  OrgUnitChange change;
  change.action = OrgUnitAction::kUpdate;
  change.code = code;
  change.old_name = unit.value().name;
  change.old_parent_code = old_parent ? old_parent->code : "";
  change.old_kind = unit.value().kind;
  change.name = change.old_name;
  change.parent_code = change.old_parent_code;
  change.kind = change.old_kind;

  Fields f(body.value());
  if (body.value().contains("name")) {
    auto name = f.String("name", kOrgUnitNameMaxChars);
    if (!name.ok()) return name.error();
    change.name = name.value();
  }
  if (body.value().contains("parent")) {
    auto parent = f.OptionalString("parent", kOrgUnitCodeMaxChars);
    if (!parent.ok()) return parent.error();
    if (parent.value() != change.old_parent_code) {
      if (parent.value().empty()) {
        return FieldError("parent", "en enhet kan inte flyttas upp till toppen av organisationen",
                          "a unit cannot be moved to the top of the organisation");
      }
      auto within = RequireUnitAccess(req, app, parent.value(), "parent");
      if (!within.ok()) return within.error();
      change.parent_code = parent.value();
    }
  }
  if (body.value().contains("kind")) {
    auto kind_text = f.String("kind", 20);
    if (!kind_text.ok()) return kind_text.error();
    auto kind = ParseOrgUnitKind(kind_text.value());
    if (!kind) {
      return FieldError("kind", "ska vara kommun, namnd, forvaltning, avdelning eller enhet",
                        "must be kommun, namnd, forvaltning, avdelning or enhet")
          .WithValue(kind_text.value());
    }
    change.kind = *kind;
  }
  if (change.name == change.old_name && change.parent_code == change.old_parent_code &&
      change.kind == change.old_kind) {
    change.action = OrgUnitAction::kSame;
  }
  auto applied = app.store.ApplyOrgUnitChanges({change}, Actor(req));
  app.org_tree.Invalidate();
  if (!applied.ok()) return applied.error();
  auto fresh = app.org_tree.Tree();
  if (!fresh.ok()) return fresh.error();
  const OrgUnit* stored = fresh.value().FindById(unit.value().id);
  if (!stored) return Error(ErrorCode::kNotFound, "enheten finns inte längre", "the unit no longer exists");
  return JsonResponse(UnitJson(*stored, fresh.value()));
}

}  // namespace

void RegisterOrgUnits(Router& router) {
  router.Add({.method = "GET", .pattern = "/api/v1/org-units",
              .summary = "The organisation tree below a unit, parents before children",
              .tag = "org-units", .module = Module::kOrganisation,
              .query = {{"org", "unit code; default: your own unit or the whole organisation"}},
              .response_schema = "OrgUnitList", .handler = ListUnits});
  router.Add({.method = "POST", .pattern = "/api/v1/org-units",
              .summary = "Add a unit, or a batch {\"units\": [...]} stored whole or not at all",
              .tag = "org-units", .module = Module::kOrganisation,
              .request_schema = "OrgUnitInput", .response_schema = "Added", .handler = AddUnits});
  router.Add({.method = "PUT", .pattern = "/api/v1/org-units/{code}",
              .summary = "Rename a unit, move it below another or change its kind; it keeps its history",
              .tag = "org-units", .module = Module::kOrganisation,
              .request_schema = "OrgUnitUpdate", .response_schema = "OrgUnit", .handler = UpdateUnit});
}

}  // namespace kplan::server::handlers
