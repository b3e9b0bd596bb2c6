// GET /api/v1/session: who is signed in (and the CSRF token again, so that a
// reloaded page can keep writing).

#include "../../router.hpp"
#include "../handlers.hpp"
#include "session_json.hpp"

namespace kplan::server::handlers {

void RegisterSessionGet(Router& router) {
  router.Add({.method = "GET",
              .pattern = "/api/v1/session",
              .summary = "The signed-in user, their rights and the CSRF token",
              .tag = "session",
              .any_role = true,
              .response_schema = "Session",
              .handler = [](const ApiRequest& req, AppContext&) -> Result<ApiResponse> {
                return JsonResponse(SessionJson(req.user()));
              }});
}

}  // namespace kplan::server::handlers
