// GET /api/v1/health: is the server up, which version, which database.
// Answers 503 in the error shape when the database cannot be reached, so a
// load balancer takes the instance out.

#include "../../router.hpp"
#include "../handlers.hpp"
#include "kplan/version.hpp"

namespace kplan::server::handlers {

void RegisterHealth(Router& router) {
  router.Add({.method = "GET",
              .pattern = "/api/v1/health",
              .summary = "Is the server up, which version, which database",
              .tag = "health",
              .is_public = true,
              .response_schema = "Health",
              .handler = [](const ApiRequest&, AppContext& app) -> Result<ApiResponse> {
                if (Status ping = app.store.Ping(); !ping.ok()) return ping.error();
                return JsonResponse(Json{{"status", "ok"},
                                         {"version", kVersion},
                                         {"database", store::BackendName(app.store.backend())}});
              }});
}

}  // namespace kplan::server::handlers
