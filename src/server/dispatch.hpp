#pragma once
// The steps every API request goes through after routing, in one place:
// the session (cookie), the CSRF token on writes, the role's right to the
// route's module, then the handler. Kept apart from the Poco glue so that it
// is tested without sockets.

#include "api.hpp"
#include "router.hpp"

namespace kplan::server {

inline constexpr const char* kSessionCookie = "kplan_session";
inline constexpr const char* kCsrfHeader = "x-csrf-token";

// The value of a cookie in a Cookie header, or "".
std::string CookieValue(const std::string& cookie_header, std::string_view name);

Result<ApiResponse> Dispatch(const Route& route, ApiRequest& req, AppContext& app);

}  // namespace kplan::server
