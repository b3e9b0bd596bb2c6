// POST /api/v1/projections: starts a stochastic Personalprognos.
// The body is a kplan project document (docs/projection-format.md) with
// "org", "years", "runs", "seed" and the scenarios; the model is built from
// the store at once (so bad input is answered 400 here), the runs go on in
// the background: 202 with the job's id and where to follow it.

#include "../../projection_jobs.hpp"
#include "../../router.hpp"
#include "../common.hpp"
#include "../handlers.hpp"
#include "kplan/app/simulation.hpp"
#include "kplan/io/simulation_document.hpp"
#include "projections.hpp"

namespace kplan::server::handlers {

Result<ApiResponse> CreateProjection(const ApiRequest& request, AppContext& app) {
  Result<io::SimulationDocument> document = io::ParseSimulationDocument(request.body.empty() ? "{}" : request.body);
  if (!document.ok()) return document.error();
  kplan::app::SimulationRequest simulation;
  simulation.document = std::move(document).value();
  // The caller's own unit when the document names none; never outside the caller's subtree.
  if (!simulation.document.org || simulation.document.org->empty()) {
    if (request.user().unit_id) simulation.document.org = request.user().unit_code;
  }
  if (simulation.document.org && !simulation.document.org->empty()) {
    auto unit = RequireUnitAccess(request, app, *simulation.document.org, "org");
    if (!unit.ok()) return unit.error();
  }
  if (simulation.document.runs && *simulation.document.runs > kMaxApiRuns) {
    return Error(ErrorCode::kTooLarge,
                 "högst " + std::to_string(kMaxApiRuns) + " körningar per prognos i webbtjänsten",
                 "at most " + std::to_string(kMaxApiRuns) + " runs per projection in the web service")
        .WithField("runs")
        .WithRule("max_runs");
  }
  Result<report::PreparedSimulation> prepared = kplan::app::PrepareSimulation(app.store, simulation);
  if (!prepared.ok()) return prepared.error();
  Result<std::string> id = app.projections->Start(std::move(prepared).value());
  if (!id.ok()) return id.error();
  auto view = app.projections->Get(id.value());
  return ApiResponse{202, JobJson(*view, request.language)};
}

}  // namespace kplan::server::handlers
