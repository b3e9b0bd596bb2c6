// DELETE /api/v1/session: sign out. The session ends on the server and the
// cookie is cleared.

#include "../../auth/session_registry.hpp"
#include "../../dispatch.hpp"
#include "../../router.hpp"
#include "../handlers.hpp"

namespace kplan::server::handlers {

void RegisterSessionDelete(Router& router) {
  router.Add({.method = "DELETE",
              .pattern = "/api/v1/session",
              .summary = "Sign out",
              .tag = "session",
              .any_role = true,
              .handler = [](const ApiRequest& req, AppContext& app) -> Result<ApiResponse> {
                app.sessions.End(CookieValue(req.Header("cookie"), kSessionCookie));
                ApiResponse response;
                response.status = 204;
                response.headers["Set-Cookie"] = std::string(kSessionCookie) +
                                                 "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0";
                return response;
              }});
}

}  // namespace kplan::server::handlers
