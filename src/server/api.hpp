#pragma once
// What a handler sees and returns. Handlers are thin: parse the request,
// call the domain or the store, serialise. They signal failure by returning
// a kplan::Error; error_mapping.cpp turns it into a status and the one error
// body shape {"error":{"code","message",...}}.

#include <functional>
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "kplan/core/error.hpp"
#include "kplan/store/store.hpp"

namespace kplan::server {

using Json = nlohmann::ordered_json;

struct ApiRequest {
  std::string method;
  std::string path;                            // without the query string
  std::map<std::string, std::string> query;    // decoded
  std::map<std::string, std::string> params;   // from the route pattern, e.g. {id}
  std::string body;
  Language language = Language::kSwedish;      // from Accept-Language
};

struct ApiResponse {
  int status = 200;
  Json body;
};

class ProjectionJobs;

// Shared state a handler may use.
struct AppContext {
  store::Store& store;
  ProjectionJobs* projections = nullptr;  // background projections (projection_jobs.hpp)
};

using Handler = std::function<Result<ApiResponse>(const ApiRequest&, AppContext&)>;

}  // namespace kplan::server
