#include "dispatch.hpp"

#include <sodium.h>

#include "auth/session_registry.hpp"
#include "handlers/common.hpp"
#include "openapi.hpp"
#include "response_cache.hpp"

namespace kplan::server {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool SameSecret(std::string_view a, std::string_view b) {
  return a.size() == b.size() && !a.empty() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

// A JSON body is checked once here, against the request schema the route
// declares, so that no handler can forget it: a misspelt or a duplicated key
// is a 400 naming the key, not a field silently left unchanged. (Multipart
// uploads are read by their handler.)
Status CheckRequestBody(const Route& route, const ApiRequest& req) {
  if (route.request_schema.empty() || req.body.empty()) return Ok();
  if (req.Header("content-type").rfind("multipart/", 0) == 0) return Ok();
  const Json& schemas = OpenApiSchemas();
  auto schema = schemas.find(route.request_schema);
  if (schema == schemas.end()) return Ok();
  Result<Json> body = handlers::ParseBody(req);
  if (!body.ok()) return body.error();
  return handlers::OnlyDeclaredKeys(body.value(), *schema, schemas);
}

}  // namespace

std::string ApiRequest::Header(const std::string& name) const {
  auto it = headers.find(name);
  return it == headers.end() ? std::string() : it->second;
}

std::string CookieValue(const std::string& cookie_header, std::string_view name) {
  std::string_view rest = cookie_header;
  while (!rest.empty()) {
    std::size_t semi = rest.find(';');
    std::string_view pair = Trim(rest.substr(0, semi));
    rest = semi == std::string_view::npos ? std::string_view() : rest.substr(semi + 1);
    std::size_t eq = pair.find('=');
    if (eq != std::string_view::npos && Trim(pair.substr(0, eq)) == name) {
      return std::string(Trim(pair.substr(eq + 1)));
    }
  }
  return {};
}

Result<ApiResponse> Dispatch(const Route& route, ApiRequest& req, AppContext& app) {
  if (route.is_public) {
    if (Status body = CheckRequestBody(route, req); !body.ok()) return body.error();
    return route.handler(req, app);
  }

  auto principal = app.sessions.Touch(CookieValue(req.Header("cookie"), kSessionCookie));
  if (!principal) {
    return Error(ErrorCode::kUnauthenticated, "du är inte inloggad, eller sessionen har gått ut",
                 "you are not signed in, or the session has expired")
        .WithHint("logga in med POST /api/v1/session");
  }
  if (route.operation == Operation::kWrite &&
      !SameSecret(req.Header(kCsrfHeader), principal->csrf_token)) {
    return Error(ErrorCode::kForbidden,
                 "ändringen saknar sessionens CSRF-token (rubriken X-CSRF-Token)",
                 "the change lacks the session's CSRF token (header X-CSRF-Token)")
        .WithRule("csrf");
  }
  if (!route.any_role && !Allows(principal->role, route.module, route.operation)) {
    return Error(ErrorCode::kForbidden,
                 "rollen " + std::string(RoleLabel(principal->role)) + " får inte " +
                     (route.operation == Operation::kRead ? "läsa" : "ändra") + " detta",
                 "the role " + std::string(RoleKey(principal->role)) + " may not " +
                     (route.operation == Operation::kRead ? "read" : "change") + " this")
        .WithRule("role");
  }
  req.principal = std::move(principal);
  if (Status body = CheckRequestBody(route, req); !body.ok()) return body.error();
  const bool cached = route.cacheable && app.cache;
  const std::string key = cached ? ResponseCache::KeyOf(req, req.uri) : std::string();
  if (cached) {
    if (auto hit = app.cache->Find(key)) return std::move(*hit);
  }
  Result<ApiResponse> result = route.handler(req, app);
  if (result.ok() && app.cache) {
    if (cached && result.value().status == 200) app.cache->Store(key, result.value());
    // A write that went through may have changed any answer.
    if (route.operation == Operation::kWrite) app.cache->Invalidate();
  }
  return result;
}

}  // namespace kplan::server
