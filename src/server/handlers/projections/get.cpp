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
  router.Add("GET", "/api/v1/projections/setup", ProjectionSetup);
  router.Add("POST", "/api/v1/projections", CreateProjection);
  router.Add("GET", "/api/v1/projections/{id}", GetProjection);
  router.Add("DELETE", "/api/v1/projections/{id}", CancelProjection);
}

}  // namespace kplan::server::handlers
