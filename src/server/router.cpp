#include "router.hpp"

#include <string_view>

#include "handlers/handlers.hpp"

namespace kplan::server {
namespace {

std::vector<std::string_view> Segments(std::string_view path) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t slash = path.find('/', start);
    if (slash == std::string_view::npos) slash = path.size();
    if (slash > start) out.push_back(path.substr(start, slash - start));
    start = slash + 1;
  }
  return out;
}

bool MatchPattern(std::string_view pattern, std::string_view path,
                  std::map<std::string, std::string>& params) {
  auto want = Segments(pattern);
  auto have = Segments(path);
  if (want.size() != have.size()) return false;
  std::map<std::string, std::string> found;
  for (std::size_t i = 0; i < want.size(); ++i) {
    if (want[i].size() > 2 && want[i].front() == '{' && want[i].back() == '}') {
      found[std::string(want[i].substr(1, want[i].size() - 2))] = std::string(have[i]);
    } else if (want[i] != have[i]) {
      return false;
    }
  }
  params = std::move(found);
  return true;
}

}  // namespace

void Router::Add(Route route) {
  route.operation =
      route.method == "GET" || route.method == "HEAD" ? Operation::kRead : Operation::kWrite;
  if (route.operation == Operation::kWrite || route.is_public || route.any_role ||
      route.tag == "imports" || route.tag == "projections") {
    route.cacheable = false;
  }
  routes_.push_back(std::move(route));
}

std::optional<Router::Match> Router::Find(const std::string& method, const std::string& path,
                                          bool* method_not_allowed) const {
  *method_not_allowed = false;
  for (const Route& r : routes_) {
    std::map<std::string, std::string> params;
    if (!MatchPattern(r.pattern, path, params)) continue;
    if (r.method == method) return Match{&r, std::move(params)};
    *method_not_allowed = true;
  }
  return std::nullopt;
}

Router BuildApiRouter() {
  Router router;
  handlers::RegisterHealth(router);
  handlers::RegisterSessionSignIn(router);
  handlers::RegisterSessionGet(router);
  handlers::RegisterSessionDelete(router);
  handlers::RegisterOpenApi(router);
  handlers::RegisterOrgUnits(router);
  handlers::RegisterCategories(router);
  handlers::RegisterPlanYears(router);
  handlers::RegisterFollowupOccasions(router);
  handlers::RegisterKommunstyrelsen(router);
  handlers::RegisterInventory(router);
  handlers::RegisterMapping(router);
  handlers::RegisterNeedProposals(router);
  handlers::RegisterNeedParameters(router);
  handlers::RegisterTexts(router);
  handlers::RegisterChapters(router);
  handlers::RegisterAnalysis(router);
  handlers::RegisterRegister(router);
  handlers::RegisterRisks(router);
  handlers::RegisterActivities(router);
  handlers::RegisterGoals(router);
  // Outcomes before the indicators' own /{id} routes: both are under /indicators.
  handlers::RegisterIndicatorOutcomes(router);
  handlers::RegisterIndicators(router);
  handlers::RegisterSuccession(router);
  handlers::RegisterImports(router);
  handlers::RegisterUsers(router);
  handlers::RegisterAudit(router);
  handlers::RegisterReports(router);
  handlers::RegisterProjections(router);
  handlers::RegisterVocabularies(router);
  return router;
}

}  // namespace kplan::server
