// A chef's proposal to change a category's need (core/need_proposal.hpp):
//   GET  /api/v1/need-proposals?org=&year=     the plan year's proposals of the scope's units
//   POST /api/v1/need-proposals?org=&year=     a chef proposes, for the unit ?org
//   POST /api/v1/need-proposals/{id}/accept    hr accepts: the need parameter takes the proposed base
//   POST /api/v1/need-proposals/{id}/reject    hr rejects, with the reason

#include "../../router.hpp"
#include "../common.hpp"
#include "../handlers.hpp"
#include "../plan_scope.hpp"
#include "kplan/app/mapping.hpp"
#include "kplan/core/need_proposal.hpp"

namespace kplan::server::handlers {
namespace {

Json ProposalJson(const NeedProposal& p) {
  return Json{{"id", p.id},
              {"unit", p.unit_code},
              {"year", p.year},
              {"category", p.category},
              {"base", p.base},
              {"current_base", p.current_base ? Json(*p.current_base) : Json()},
              {"reason", p.reason},
              {"status", std::string(NeedProposalStatusKey(p.status))},
              {"status_label", std::string(NeedProposalStatusLabel(p.status))},
              {"proposed_by", p.proposed_by},
              {"proposed_at", p.proposed_at},
              {"decided_by", p.decided_by},
              {"decided_at", p.decided_at},
              {"decision_reason", p.decision_reason}};
}

Result<std::pair<kplan::app::PlanScope, store::PlanYear>> PlanOf(const ApiRequest& req, AppContext& app) {
  auto plan = PlanScopeOf(req, app);
  if (!plan.ok()) return plan.error();
  auto plan_year = kplan::app::PlanYearOfScope(app.store, plan.value());
  if (!plan_year.ok()) return plan_year.error();
  if (!plan_year.value()) {
    return Error(ErrorCode::kNotFound,
                 "det finns inget planår " + std::to_string(plan.value().year) + " för " + plan.value().scope.name,
                 "there is no plan year " + std::to_string(plan.value().year) + " for " + plan.value().scope.code)
        .WithField("year");
  }
  return std::pair{plan.value(), *plan_year.value()};
}

// No plan year (yet): no proposals, rather than 404, as GET /mapping.
Result<ApiResponse> List(const ApiRequest& req, AppContext& app) {
  auto scope = PlanScopeOf(req, app);
  if (!scope.ok()) return scope.error();
  auto plan_year = kplan::app::PlanYearOfScope(app.store, scope.value());
  if (!plan_year.ok()) return plan_year.error();
  if (!plan_year.value()) return JsonResponse(Json{{"items", Json::array()}});
  const std::pair plan{scope.value(), *plan_year.value()};
  auto proposals = app.store.ListNeedProposals(plan.second.id);
  if (!proposals.ok()) return proposals.error();
  auto tree = app.org_tree.Tree();
  if (!tree.ok()) return tree.error();
  Json items = Json::array();
  for (const NeedProposal& p : proposals.value()) {
    const OrgUnit* unit = tree.value().FindByCode(p.unit_code);
    if (unit && tree.value().IsInSubtree(unit->id, plan.first.scope.id)) items.push_back(ProposalJson(p));
  }
  return JsonResponse(Json{{"items", std::move(items)}});
}

Result<ApiResponse> Propose(const ApiRequest& req, AppContext& app) {
  auto plan = PlanOf(req, app);
  if (!plan.ok()) return plan.error();
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  Fields f(body.value());
  auto category = f.String("category", 200);
  if (!category.ok()) return category.error();
  auto base = f.Number("base");
  if (!base.ok()) return base.error();
  auto reason = f.OptionalString("reason", kNeedProposalReasonMaxChars);
  if (!reason.ok()) return reason.error();
  NeedProposal p;
  p.unit_code = plan.value().first.scope.code;
  p.category = category.value();
  p.base = base.value();
  p.reason = reason.value();
  auto made = app.store.ProposeNeed(plan.value().second.id, p, Actor(req));
  if (!made.ok()) return made.error();
  return JsonResponse(ProposalJson(made.value()), 201);
}

// The proposal of {id}, when its plan year's unit lies in the caller's subtree.
Result<NeedProposal> ProposalInScope(const ApiRequest& req, AppContext& app) {
  auto id = IdParam(req);
  if (!id.ok()) return id.error();
  auto proposal = app.store.GetNeedProposal(id.value());
  if (!proposal.ok()) return proposal.error();
  if (auto unit = RequireUnitAccess(req, app, proposal.value().unit_code); !unit.ok()) return unit.error();
  return proposal;
}

Result<ApiResponse> Decide(const ApiRequest& req, AppContext& app, bool accept) {
  auto proposal = ProposalInScope(req, app);
  if (!proposal.ok()) return proposal.error();
  std::string reason;
  if (!req.body.empty()) {
    auto body = ParseBody(req);
    if (!body.ok()) return body.error();
    auto text = Fields(body.value()).OptionalString("reason", kNeedProposalReasonMaxChars);
    if (!text.ok()) return text.error();
    reason = text.value();
  }
  auto decided = app.store.DecideNeedProposal(proposal.value().id, accept, reason, Actor(req));
  if (!decided.ok()) return decided.error();
  return JsonResponse(ProposalJson(decided.value()), 201);
}

}  // namespace

void RegisterNeedProposals(Router& router) {
  const std::vector<QueryParameter> query{
      {"org", "unit code; default: your own unit or the whole organisation"}, {"year", "plan year", true}};
  router.Add({.method = "GET", .pattern = "/api/v1/need-proposals",
              .summary = "The chefs' proposals to change a category's need, with hr's decisions", .tag = "mapping",
              .module = Module::kInventory, .query = query, .response_schema = "NeedProposalList",
              .handler = List});
  router.Add({.method = "POST", .pattern = "/api/v1/need-proposals",
              .summary = "Propose a category's base need for the plan, with the reason (the unit is ?org)",
              .tag = "mapping", .module = Module::kInventory, .query = query,
              .request_schema = "NeedProposalInput", .response_schema = "NeedProposal", .handler = Propose});
  router.Add({.method = "POST", .pattern = "/api/v1/need-proposals/{id}/accept",
              .summary = "Accept the proposal: the category's need parameter takes the proposed base",
              .tag = "mapping", .module = Module::kNeed, .request_schema = "NeedDecisionInput",
              .response_schema = "NeedProposal",
              .handler = [](const ApiRequest& req, AppContext& app) { return Decide(req, app, true); }});
  router.Add({.method = "POST", .pattern = "/api/v1/need-proposals/{id}/reject",
              .summary = "Reject the proposal, with the reason the chef will read", .tag = "mapping",
              .module = Module::kNeed, .request_schema = "NeedDecisionInput", .response_schema = "NeedProposal",
              .handler = [](const ApiRequest& req, AppContext& app) { return Decide(req, app, false); }});
}

}  // namespace kplan::server::handlers
