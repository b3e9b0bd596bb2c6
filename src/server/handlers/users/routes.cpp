// /api/v1/users: the administrator's list of users, adding users, changing a
// user's role, unit or access, and setting a password. Passwords are hashed
// with Argon2id here, never stored or logged in clear, never returned.
// PUT /api/v1/users/me/password lets anyone signed in change their own.

#include "kplan/server/password.hpp"
#include "../../auth/session_registry.hpp"
#include "../../router.hpp"
#include "../common.hpp"
#include "../handlers.hpp"

namespace kplan::server::handlers {
namespace {

Json UserJson(const store::User& u) {
  return Json{{"id", u.id},
              {"name", u.name},
              {"role", std::string(RoleKey(u.role))},
              {"role_label", std::string(RoleLabel(u.role))},
              {"unit", u.unit_code.empty() ? Json() : Json(u.unit_code)},
              {"disabled", u.disabled},
              {"created_at", u.created_at},
              {"version", u.version}};
}

// Role, unit and disabled from a body.
Status ReadUserFields(const ApiRequest& req, AppContext& app, const Fields& f, store::User& u) {
  auto role_text = f.String("role", 20);
  if (!role_text.ok()) return role_text.error();
  auto role = ParseRole(role_text.value());
  if (!role) {
    return FieldError("role", "ska vara admin, hr, chef eller lasare", "must be admin, hr, chef or lasare")
        .WithValue(role_text.value());
  }
  auto unit = f.OptionalString("unit", 64);
  if (!unit.ok()) return unit.error();
  if (RequiresUnit(*role) && unit.value().empty()) {
    return FieldError("unit", "en chef behöver en enhet", "a chef needs a unit").WithRule("chef_unit");
  }
  if (!unit.value().empty()) {
    if (auto found = app.org_tree.FindByCode(unit.value(), "unit"); !found.ok()) return found.error();
  }
  auto disabled = f.OptionalBool("disabled", false);
  if (!disabled.ok()) return disabled.error();
  (void)req;
  u.role = *role;
  u.unit_code = unit.value();
  u.disabled = disabled.value();
  return Ok();
}

Result<ApiResponse> List(const ApiRequest& req, AppContext& app) {
  auto rows = app.store.ListUsers();
  if (!rows.ok()) return rows.error();
  Json items = Json::array();
  for (const auto& u : rows.value()) items.push_back(UserJson(u));
  return ListResponse(req, std::move(items), {});
}

Result<ApiResponse> Add(const ApiRequest& req, AppContext& app) {
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  Fields f(body.value());
  store::User u;
  auto name = f.String("name", 64);
  if (!name.ok()) return name.error();
  u.name = name.value();
  if (Status s = ReadUserFields(req, app, f, u); !s.ok()) return s.error();
  auto password = f.String("password", 256);
  if (!password.ok()) return password.error();
  if (Status s = CheckNewPassword(password.value()); !s.ok()) return s.error();
  auto hash = HashPassword(password.value());
  if (!hash.ok()) return hash.error();
  auto added = app.store.AddUser(u, hash.value(), Actor(req));
  if (!added.ok()) return added.error();
  return WithVersion(JsonResponse(UserJson(added.value()), 201), added.value().version);
}

Result<ApiResponse> Update(const ApiRequest& req, AppContext& app) {
  auto id = IdParam(req);
  if (!id.ok()) return id.error();
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  auto version = ExpectedVersion(req, &body.value());
  if (!version.ok()) return version.error();
  store::User u;
  u.id = id.value();
  u.version = version.value();
  if (Status s = ReadUserFields(req, app, Fields(body.value()), u); !s.ok()) return s.error();
  auto updated = app.store.UpdateUser(u, Actor(req));
  if (!updated.ok()) return updated.error();
  // A changed role or a disabled account takes effect now, not at next sign-in.
  app.sessions.EndAllOf(updated.value().id);
  return WithVersion(JsonResponse(UserJson(updated.value())), updated.value().version);
}

Result<ApiResponse> SetPassword(const ApiRequest& req, AppContext& app, const std::string& name) {
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  auto password = Fields(body.value()).String("password", 256);
  if (!password.ok()) return password.error();
  if (Status s = CheckNewPassword(password.value()); !s.ok()) return s.error();
  auto found = app.store.FindUser(name);
  if (!found.ok()) return found.error();
  auto hash = HashPassword(password.value());
  if (!hash.ok()) return hash.error();
  if (Status s = app.store.SetPasswordHash(name, hash.value(), Actor(req)); !s.ok()) return s.error();
  app.sessions.EndAllOf(found.value().first.id);
  ApiResponse r;
  r.status = 204;
  return r;
}

Result<ApiResponse> AdminSetPassword(const ApiRequest& req, AppContext& app) {
  auto id = IdParam(req);
  if (!id.ok()) return id.error();
  auto rows = app.store.ListUsers();
  if (!rows.ok()) return rows.error();
  for (const auto& u : rows.value()) {
    if (u.id == id.value()) return SetPassword(req, app, u.name);
  }
  return Error(ErrorCode::kNotFound, "användaren finns inte", "the user does not exist");
}

Result<ApiResponse> OwnPassword(const ApiRequest& req, AppContext& app) {
  // The current password too, so that a borrowed open session cannot take the account.
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  auto current = Fields(body.value()).String("current_password", 256);
  if (!current.ok()) return current.error();
  auto found = app.store.FindUser(req.user().name);
  if (!found.ok()) return found.error();
  if (!VerifyPassword(current.value(), found.value().second)) {
    return Error(ErrorCode::kForbidden, "det nuvarande lösenordet stämmer inte", "the current password is wrong")
        .WithField("current_password");
  }
  return SetPassword(req, app, req.user().name);
}

}  // namespace

void RegisterUsers(Router& router) {
  // Before /users/{id}/password, which would otherwise take "me" for an id.
  router.Add({.method = "PUT", .pattern = "/api/v1/users/me/password",
              .summary = "Change your own password (current_password and password)", .tag = "users",
              .any_role = true, .request_schema = "OwnPasswordInput", .handler = OwnPassword});
  router.Add({.method = "GET", .pattern = "/api/v1/users", .summary = "Users and their roles",
              .tag = "users", .module = Module::kUsers, .response_schema = "UserList", .handler = List});
  router.Add({.method = "POST", .pattern = "/api/v1/users", .summary = "Add a user",
              .tag = "users", .module = Module::kUsers, .request_schema = "UserInput",
              .response_schema = "User", .handler = Add});
  router.Add({.method = "PUT", .pattern = "/api/v1/users/{id}",
              .summary = "Change a user's role, unit or access (If-Match: the version read)",
              .tag = "users", .module = Module::kUsers, .request_schema = "UserUpdate",
              .response_schema = "User", .handler = Update});
  router.Add({.method = "PUT", .pattern = "/api/v1/users/{id}/password",
              .summary = "Set a user's password; their sessions end", .tag = "users",
              .module = Module::kUsers, .request_schema = "PasswordInput", .handler = AdminSetPassword});
}

}  // namespace kplan::server::handlers
