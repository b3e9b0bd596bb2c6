// GET /api/v1/projections/{id}: a job's progress, and its result once done.
// DELETE /api/v1/projections/{id}: asks it to stop (202); GET then says
// "cancelled". Also the registration of the resource.

#include <cmath>

#include "../../error_mapping.hpp"
#include "../../router.hpp"
#include "../handlers.hpp"
#include "projections.hpp"

namespace kplan::server::handlers {
namespace {

Error NoSuchJob(const std::string& id) {
  return Error(ErrorCode::kNotFound, "prognosen \"" + id + "\" finns inte (eller är för gammal)",
               "the projection \"" + id + "\" does not exist (or is too old)")
      .WithValue(id);
}

}  // namespace

Json JobJson(const JobView& view, Language language) {
  Json j;
  j["id"] = view.id;
  j["status"] = std::string(JobStatusName(view.status));
  j["progress"] = Json{{"done", view.done}, {"total", view.total}};
  j["seconds"] = std::round(view.seconds * 1000) / 1000;
  if (view.result) j["result"] = *view.result;
  if (view.error) j["error"] = ErrorBody(*view.error, language)["error"];
  return j;
}

Result<ApiResponse> GetProjection(const ApiRequest& request, AppContext& app) {
  const std::string& id = request.params.at("id");
  auto view = app.projections->Get(id);
  if (!view) return NoSuchJob(id);
  return ApiResponse{200, JobJson(*view, request.language)};
}

Result<ApiResponse> CancelProjection(const ApiRequest& request, AppContext& app) {
  const std::string& id = request.params.at("id");
  if (!app.projections->Cancel(id)) return NoSuchJob(id);
  return ApiResponse{202, JobJson(*app.projections->Get(id), request.language)};
}

void RegisterProjections(Router& router) {
  // /setup before /{id}, which would otherwise take "setup" for an id.
  router.Add({.method = "GET", .pattern = "/api/v1/projections/setup",
              .summary = "What the Personalprognos form needs: units, areas, defaults, example scenarios",
              .tag = "projections", .module = Module::kProjection, .response_schema = "ProjectionSetup",
              .handler = ProjectionSetup});
  router.Add({.method = "POST", .pattern = "/api/v1/projections",
              .summary = "Start a stochastic staffing projection (the kplan project document); 202 with the job",
              .tag = "projections", .module = Module::kProjection, .request_schema = "ProjectionInput",
              .response_schema = "ProjectionJob", .handler = CreateProjection});
  router.Add({.method = "GET", .pattern = "/api/v1/projections/{id}",
              .summary = "A projection's progress, and its P10/P50/P90 bands when done", .tag = "projections",
              .module = Module::kProjection, .response_schema = "ProjectionJob", .handler = GetProjection});
  router.Add({.method = "DELETE", .pattern = "/api/v1/projections/{id}",
              .summary = "Stop a running projection (202)", .tag = "projections",
              .module = Module::kProjection, .response_schema = "ProjectionJob", .handler = CancelProjection});
}

}  // namespace kplan::server::handlers
