#pragma once
// The projections resource: background stochastic Personalprognos jobs.
//   GET    /api/v1/projections/setup  what the form needs: units, areas, defaults, example scenarios
//   POST   /api/v1/projections        start one (202 with its id)
//   GET    /api/v1/projections/{id}   progress, and the result when done
//   DELETE /api/v1/projections/{id}   stop it

#include "../../api.hpp"
#include "../../projection_jobs.hpp"

namespace kplan::server::handlers {

inline constexpr int kMaxApiRuns = 20000;

// {"id", "status", "progress": {"done", "total"}, "seconds", "result"?, "error"?}
Json JobJson(const JobView& view, Language language);

Result<ApiResponse> ProjectionSetup(const ApiRequest& request, AppContext& app);
Result<ApiResponse> CreateProjection(const ApiRequest& request, AppContext& app);
Result<ApiResponse> GetProjection(const ApiRequest& request, AppContext& app);
Result<ApiResponse> CancelProjection(const ApiRequest& request, AppContext& app);

}  // namespace kplan::server::handlers
