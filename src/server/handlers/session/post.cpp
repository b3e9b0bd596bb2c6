// POST /api/v1/session: sign in with {"username","password"}. Sets the session
// cookie (HttpOnly, SameSite=Strict, Secure behind TLS) and answers with the
// user, the rights and the CSRF token. Failed attempts slow down per user and
// per address (auth/login_throttle.hpp); the answer never says whether the
// name or the password was wrong.

#include "../../auth/login_throttle.hpp"
#include "kplan/server/password.hpp"
#include "../../auth/session_registry.hpp"
#include "../../dispatch.hpp"
#include "../../router.hpp"
#include "../common.hpp"
#include "../handlers.hpp"
#include "session_json.hpp"

namespace kplan::server::handlers {
namespace {

Result<ApiResponse> SignIn(const ApiRequest& req, AppContext& app) {
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  Fields fields(body.value());
  auto name = fields.String("username", 64);
  if (!name.ok()) return name.error();
  auto password = fields.String("password", 256);
  if (!password.ok()) return password.error();

  if (auto wait = app.throttle.WaitFor(name.value(), req.client_address)) {
    return Error(ErrorCode::kTooManyRequests,
                 "för många misslyckade inloggningar: vänta " + std::to_string(wait->count()) +
                     " sekunder och försök igen",
                 "too many failed sign-ins: wait " + std::to_string(wait->count()) +
                     " seconds and try again")
        .WithRule("login_throttle");
  }
  auto found = app.store.FindUser(name.value());
  if (!found.ok() && found.error().code() != ErrorCode::kNotFound) return found.error();
  const bool known = found.ok();
  const bool match = VerifyPassword(password.value(), known ? found.value().second : "");
  if (!match || !known || found.value().first.disabled) {
    app.throttle.Failed(name.value(), req.client_address);
    return Error(ErrorCode::kUnauthenticated, "fel användarnamn eller lösenord",
                 "wrong user name or password");
  }
  app.throttle.Succeeded(name.value());

  const store::User& user = found.value().first;
  Principal who;
  who.user_id = user.id;
  who.name = user.name;
  who.role = user.role;
  if (!user.unit_code.empty()) {
    auto unit = app.org_tree.FindByCode(user.unit_code, "unit");
    if (!unit.ok()) return unit.error();
    who.unit_id = unit.value().id;
    who.unit_code = user.unit_code;
  }
  auto session = app.sessions.Start(who);
  who.csrf_token = session.csrf_token;
  ApiResponse response = JsonResponse(SessionJson(who), 201);
  response.headers["Set-Cookie"] = std::string(kSessionCookie) + "=" + session.token +
                                   "; Path=/; HttpOnly; SameSite=Strict" +
                                   (req.secure ? "; Secure" : "");
  return response;
}

}  // namespace

void RegisterSessionSignIn(Router& router) {
  router.Add({.method = "POST",
              .pattern = "/api/v1/session",
              .summary = "Sign in; sets the session cookie and returns the CSRF token",
              .tag = "session",
              .is_public = true,
              .request_schema = "Credentials",
              .response_schema = "Session",
              .handler = SignIn});
}

}  // namespace kplan::server::handlers
