#pragma once
// The five routes of a record kept per unit — list, get, create, update,
// delete — made from one description, so that activities, risks, goals,
// indicators and succession entries behave exactly alike: lists by subtree
// with the common filters, subtree checks on every record touched, versions
// as ETag / If-Match, 412 on a stale version, 204 on delete.

#include <functional>
#include <string>
#include <vector>

#include "../router.hpp"
#include "common.hpp"

namespace kplan::server::handlers {

// A list of records that belong to plan years (core/year_span.hpp): ?year=Y
// keeps those in the plan of Y, its store call reads OptionalYearParam.
inline const std::vector<QueryParameter> kYearSpanListQuery{
    {"org", "unit code; default: your own unit or the whole organisation"},
    {"year", "plan year: only the records the plan of that year contains; default: every year"}};
inline const std::vector<std::string> kYearSpanScope{"org", "year"};

template <typename Record>
struct UnitRecords {
  std::string path;    // "/api/v1/activities"
  std::string tag;     // "activities"
  std::string noun;    // "activity", for the summaries
  std::string schema;  // "Activity": the record; "<schema>Input" the body; "<schema>List" the list
  Module module;
  std::vector<QueryParameter> list_query{{"org", "unit code; default: your own unit or the whole organisation"}};
  std::vector<std::string> scope_parameters{"org"};

  std::function<Result<std::vector<Record>>(const ApiRequest&, AppContext&, const OrgUnit& scope)> list;
  std::function<Result<Record>(store::Store&, std::int64_t id)> get;
  std::function<Result<Record>(store::Store&, const Record&, std::string_view actor)> create;
  std::function<Result<Record>(store::Store&, const Record&, std::string_view actor)> update;
  std::function<Status(store::Store&, std::int64_t id, int version, std::string_view actor)> remove;
  std::function<Json(const Record&)> to_json;
  // Instead of to_json, for records shown with related rows (an indicator
  // with its latest outcome).
  std::function<Json(store::Store&, const Record&)> to_json_with_store;
  // Instead of to_json, for records with labels in the request's language
  // (Accept-Language): a risk's class.
  std::function<Json(const Record&, Language)> to_json_in;
  // The editable fields of a body; id and version are set by the routes.
  std::function<Result<Record>(const Json& body)> from_json;
  // The unit code that decides access to a record.
  std::function<std::string(const Record&)> unit_of;
};

namespace unit_records {

// 403 unless the record's unit lies in the caller's subtree.
template <typename Record>
Status Deny(const UnitRecords<Record>& spec, const ApiRequest& req, AppContext& app, const Record& r) {
  auto unit = RequireUnitAccess(req, app, spec.unit_of(r));
  if (!unit.ok()) return unit.error();
  return Ok();
}

template <typename Record>
Json Show(const UnitRecords<Record>& spec, store::Store& store, const Record& r, Language language) {
  if (spec.to_json_in) return spec.to_json_in(r, language);
  return spec.to_json_with_store ? spec.to_json_with_store(store, r) : spec.to_json(r);
}

template <typename Record>
ApiResponse Versioned(const UnitRecords<Record>& spec, store::Store& store, const Record& r, int status,
                      Language language) {
  return WithVersion(JsonResponse(Show(spec, store, r, language), status), r.version);
}

template <typename Record>
Route List(const UnitRecords<Record>& spec) {
  return {.method = "GET", .pattern = spec.path, .summary = "List " + spec.tag + " of a unit's subtree",
          .tag = spec.tag, .module = spec.module, .query = spec.list_query, .response_schema = spec.schema + "List",
          .handler = [spec](const ApiRequest& req, AppContext& app) -> Result<ApiResponse> {
            auto scope = ScopeUnit(req, app);
            if (!scope.ok()) return scope.error();
            auto rows = spec.list(req, app, scope.value());
            if (!rows.ok()) return rows.error();
            Json items = Json::array();
            for (const Record& r : rows.value()) items.push_back(Show(spec, app.store, r, req.language));
            return ListResponse(req, std::move(items), spec.scope_parameters);
          }};
}

template <typename Record>
Route Get(const UnitRecords<Record>& spec) {
  return {.method = "GET", .pattern = spec.path + "/{id}", .summary = "One " + spec.noun, .tag = spec.tag,
          .module = spec.module, .response_schema = spec.schema,
          .handler = [spec](const ApiRequest& req, AppContext& app) -> Result<ApiResponse> {
            auto id = IdParam(req);
            if (!id.ok()) return id.error();
            auto r = spec.get(app.store, id.value());
            if (!r.ok()) return r.error();
            if (Status s = Deny(spec, req, app, r.value()); !s.ok()) return s.error();
            return Versioned(spec, app.store, r.value(), 200, req.language);
          }};
}

template <typename Record>
Route Create(const UnitRecords<Record>& spec) {
  return {.method = "POST", .pattern = spec.path, .summary = "Add " + spec.noun, .tag = spec.tag,
          .module = spec.module, .request_schema = spec.schema + "Input", .response_schema = spec.schema,
          .handler = [spec](const ApiRequest& req, AppContext& app) -> Result<ApiResponse> {
            auto body = ParseBody(req);
            if (!body.ok()) return body.error();
            auto r = spec.from_json(body.value());
            if (!r.ok()) return r.error();
            if (Status s = Deny(spec, req, app, r.value()); !s.ok()) return s.error();
            auto created = spec.create(app.store, r.value(), Actor(req));
            if (!created.ok()) return created.error();
            return Versioned(spec, app.store, created.value(), 201, req.language);
          }};
}

template <typename Record>
Result<ApiResponse> Update(const UnitRecords<Record>& spec, const ApiRequest& req, AppContext& app) {
  auto id = IdParam(req);
  if (!id.ok()) return id.error();
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  auto version = ExpectedVersion(req, &body.value());
  if (!version.ok()) return version.error();
  auto changed = spec.from_json(body.value());
  if (!changed.ok()) return changed.error();
  auto stored = spec.get(app.store, id.value());
  if (!stored.ok()) return stored.error();
  // Moving a record to another unit needs access to both.
  if (Status s = Deny(spec, req, app, stored.value()); !s.ok()) return s.error();
  if (Status s = Deny(spec, req, app, changed.value()); !s.ok()) return s.error();
  Record r = std::move(changed).value();
  r.id = id.value();
  r.version = version.value();
  auto updated = spec.update(app.store, r, Actor(req));
  if (!updated.ok()) return updated.error();
  return Versioned(spec, app.store, updated.value(), 200, req.language);
}

template <typename Record>
Result<ApiResponse> Remove(const UnitRecords<Record>& spec, const ApiRequest& req, AppContext& app) {
  auto id = IdParam(req);
  if (!id.ok()) return id.error();
  auto version = ExpectedVersion(req, nullptr);
  if (!version.ok()) return version.error();
  auto stored = spec.get(app.store, id.value());
  if (!stored.ok()) return stored.error();
  if (Status s = Deny(spec, req, app, stored.value()); !s.ok()) return s.error();
  if (Status s = spec.remove(app.store, id.value(), version.value(), Actor(req)); !s.ok()) return s.error();
  ApiResponse r;
  r.status = 204;
  return r;
}

}  // namespace unit_records

template <typename Record>
void RegisterUnitRecords(Router& router, const UnitRecords<Record>& spec) {
  router.Add(unit_records::List(spec));
  router.Add(unit_records::Get(spec));
  router.Add(unit_records::Create(spec));
  router.Add({.method = "PUT", .pattern = spec.path + "/{id}",
              .summary = "Change " + spec.noun + " (If-Match: the version read)", .tag = spec.tag,
              .module = spec.module, .request_schema = spec.schema + "Input", .response_schema = spec.schema,
              .handler = [spec](const ApiRequest& req, AppContext& app) { return unit_records::Update(spec, req, app); }});
  router.Add({.method = "DELETE", .pattern = spec.path + "/{id}",
              .summary = "Remove " + spec.noun + " (If-Match: the version read)", .tag = spec.tag,
              .module = spec.module,
              .handler = [spec](const ApiRequest& req, AppContext& app) { return unit_records::Remove(spec, req, app); }});
}

}  // namespace kplan::server::handlers
