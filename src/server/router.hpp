#pragma once
// Maps (method, path) to a route. Patterns are literal segments and {name}
// placeholders: "/api/v1/activities/{id}". Each route states who may call it
// (a module and an operation, checked against the caller's role before the
// handler runs) and what it takes and gives, so that the OpenAPI document
// and the authorization tests are made from the same table the server uses.

#include <optional>
#include <string>
#include <vector>

#include "api.hpp"
#include "kplan/core/access.hpp"

namespace kplan::server {

struct QueryParameter {
  std::string name;
  std::string description;
  bool required = false;
};

struct Route {
  std::string method;   // GET, POST, PUT, DELETE
  std::string pattern;  // /api/v1/...
  std::string summary;  // one line, for the OpenAPI document
  std::string tag;      // the resource, e.g. "activities"
  // Public routes (health, the OpenAPI document, login) need no session.
  bool is_public = false;
  // Any signed-in user, whatever the role (the own session, the own password).
  bool any_role = false;
  // GET answers that stay true until the next write (response_cache.hpp).
  // Off for answers that change by themselves: sessions, job progress, health.
  bool cacheable = true;
  // The success status when it is not the method's usual one (a POST that
  // only reads, like imports/columns, answers 200); 0: the usual one.
  int ok_status = 0;
  Module module = Module::kOrganisation;
  Operation operation = Operation::kRead;  // GET reads, everything else writes
  std::vector<QueryParameter> query;
  // The answer is a file (a document, an image), not JSON.
  bool download = false;
  std::string request_schema;   // a component of the OpenAPI document, or empty
  std::string response_schema;  // idem
  Handler handler;
};

class Router {
 public:
  // Operation follows from the method: GET and HEAD read, others write.
  void Add(Route route);

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
