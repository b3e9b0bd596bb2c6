#pragma once
// What a handler sees and returns. Handlers are thin: parse the request,
// check access to the records it touches, call the domain or the store,
// serialise. They signal failure by returning a kplan::Error;
// error_mapping.cpp turns it into a status and the one error body shape
// {"error":{"code","message",...}}.

#include <functional>
#include <map>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "auth/principal.hpp"
#include "kplan/core/error.hpp"
#include "kplan/store/store.hpp"

namespace kplan::server {

using Json = nlohmann::ordered_json;

class SessionRegistry;
class LoginThrottle;
class ImportJobs;
class OrgTreeCache;

struct ApiRequest {
  std::string method;
  std::string path;                            // without the query string
  std::string uri;                             // path and query as sent (the cache key)
  std::map<std::string, std::string> query;    // decoded
  std::map<std::string, std::string> params;   // from the route pattern, e.g. {id}
  std::map<std::string, std::string> headers;  // names lower-cased
  std::string body;
  std::string client_address;                  // the peer's IP address
  bool secure = false;                         // arrived over TLS (or a TLS proxy said so)
  Language language = Language::kSwedish;      // from Accept-Language
  std::optional<Principal> principal;          // set for routes that need a session

  // The header's value, or "" when absent. `name` in lower case.
  std::string Header(const std::string& name) const;
  // The signed-in user; only valid on routes that need a session.
  const Principal& user() const { return *principal; }
};

struct ApiResponse {
  int status = 200;
  Json body;
  std::map<std::string, std::string> headers;  // e.g. ETag, Set-Cookie
  // A non-JSON body (a report, a chart): sent as is with this content type.
  std::optional<std::string> raw_body;
  std::string content_type;
};

class ProjectionJobs;
class ResponseCache;

// Shared state a handler may use; owned by the server.
struct AppContext {
  store::Store& store;
  SessionRegistry& sessions;
  LoginThrottle& throttle;
  OrgTreeCache& org_tree;
  ImportJobs& imports;
  ProjectionJobs* projections = nullptr;  // background projections (projection_jobs.hpp)
  ResponseCache* cache = nullptr;         // answers to reads until the next write
};

using Handler = std::function<Result<ApiResponse>(const ApiRequest&, AppContext&)>;

// 200 with a JSON body.
inline ApiResponse JsonResponse(Json body, int status = 200) {
  ApiResponse r;
  r.status = status;
  r.body = std::move(body);
  return r;
}

}  // namespace kplan::server
