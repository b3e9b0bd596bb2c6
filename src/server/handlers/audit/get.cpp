// GET /api/v1/audit: who changed what, when, with the record before and after.
// Filters: entity, entity_id, actor, since (ISO 8601); limit and offset page.

#include "../../router.hpp"
#include "../common.hpp"
#include "../handlers.hpp"

namespace kplan::server::handlers {
namespace {

Json JsonOrText(const std::string& text) {
  if (text.empty()) return Json();
  try {
    return Json::parse(text);
  } catch (const Json::parse_error&) {
    return Json(text);
  }
}

}  // namespace

void RegisterAudit(Router& router) {
  router.Add({.method = "GET", .pattern = "/api/v1/audit",
              .summary = "The audit log, newest first",
              .tag = "audit", .module = Module::kAudit,
              .query = {{"entity", "e.g. activity"}, {"entity_id", ""}, {"actor", "user name"},
                        {"since", "ISO 8601 time"}, {"limit", "1–1000, default 100"}, {"offset", ""}},
              .response_schema = "AuditList",
              .handler = [](const ApiRequest& req, AppContext& app) -> Result<ApiResponse> {
                store::AuditQuery q;
                auto get = [&](const char* k) {
                  auto it = req.query.find(k);
                  return it == req.query.end() ? std::string() : it->second;
                };
                q.entity = get("entity");
                q.entity_id = get("entity_id");
                q.actor = get("actor");
                q.since = get("since");
                auto limit = IntQueryParam(req, "limit", 100, 1, 1000);
                if (!limit.ok()) return limit.error();
                auto offset = IntQueryParam(req, "offset", 0, 0, 100'000'000);
                if (!offset.ok()) return offset.error();
                q.limit = limit.value();
                q.offset = offset.value();
                auto rows = app.store.QueryAudit(q);
                if (!rows.ok()) return rows.error();
                Json items = Json::array();
                for (const store::AuditEntry& e : rows.value()) {
                  items.push_back(Json{{"id", e.id}, {"at", e.at}, {"actor", e.actor},
                                       {"action", e.action}, {"entity", e.entity},
                                       {"entity_id", e.entity_id}, {"before", JsonOrText(e.before_json)},
                                       {"after", JsonOrText(e.after_json)}});
                }
                return JsonResponse(Json{{"items", std::move(items)}, {"limit", q.limit}, {"offset", q.offset}});
              }});
}

}  // namespace kplan::server::handlers
