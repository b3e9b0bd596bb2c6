#pragma once
// Maps (method, path) to a handler. Patterns are literal segments and {name}
// placeholders: "/api/v1/units/{id}". The router knows every route so that the
// OpenAPI document and tests can enumerate them.

#include <optional>
#include <string>
#include <vector>

#include "api.hpp"

namespace kplan::server {

struct Route {
  std::string method;
  std::string pattern;
  Handler handler;
};

class Router {
 public:
  void Add(std::string method, std::string pattern, Handler handler);

  struct Match {
    const Route* route = nullptr;
    std::map<std::string, std::string> params;
  };
  // nullopt when no pattern matches the path; a match with the wrong method
  // sets method_not_allowed so the caller can answer 405 rather than 404.
  std::optional<Match> Find(const std::string& method, const std::string& path,
                            bool* method_not_allowed) const;

  const std::vector<Route>& routes() const { return routes_; }

 private:
  std::vector<Route> routes_;
};

// Every API route of the application, registered once.
Router BuildApiRouter();

}  // namespace kplan::server
