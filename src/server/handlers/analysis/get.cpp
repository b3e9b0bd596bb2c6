// GET /api/v1/analysis?org=CODE&year=Y: need, gap, goals with the moves
// between levels, the change since last year and the risk matrices of the
// plan year, computed by core from the stored data of the caller's scope.
// The result has the shape of `kplan analyze` (docs/analysis-format.md), with
// the Swedish sentences.

#include "../../router.hpp"
#include "../handlers.hpp"
#include "../plan_scope.hpp"
#include "kplan/io/analysis_document.hpp"

namespace kplan::server::handlers {

void RegisterAnalysis(Router& router) {
  router.Add({.method = "GET", .pattern = "/api/v1/analysis",
              .summary = "Gap analysis of a plan year: need, gaps, goals, moves, change since last year, risks",
              .tag = "analysis", .module = Module::kNeed,
              .query = {{"org", "unit code"}, {"year", "plan year", true}},
              .response_schema = "Analysis",
              .handler = [](const ApiRequest& req, AppContext& app) -> Result<ApiResponse> {
                auto plan = PlanScopeOf(req, app);
                if (!plan.ok()) return plan.error();
                auto input = kplan::app::LoadAnalysisInput(app.store, plan.value());
                if (!input.ok()) return input.error();
                const AnalysisResult result = Analyze(input.value());
                Json body = Json::parse(io::WriteAnalysisResultJson(result));
                body["plan_unit"] = plan.value().plan_unit.code;
                body["scope"] = plan.value().scope.code;
                return JsonResponse(std::move(body));
              }});
}

}  // namespace kplan::server::handlers
