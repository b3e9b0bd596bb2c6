// GET /api/v1/indicators/{id}/outcomes: every period's outcome, assessed.
// PUT /api/v1/indicators/{id}/outcomes/{period}: record or change the outcome
// of a period, optionally with a manual assessment (green/red) and the
// comment that must explain it. A new period is written with version 0.
// "target" sets the period's own target (a rule, or null: the indicator's
// applies); without it the period keeps the one it has. A period may hold a
// target and no outcome: next year's target. An indicator bound to a key
// figure takes no typed value (the store refuses one, rule computed_outcome):
// its outcome comes from the register.

#include "../../router.hpp"
#include "../common.hpp"
#include "../handlers.hpp"
#include "indicator_dto.hpp"
#include "kplan/core/indicator_record.hpp"
#include "kplan/io/target_rule_json.hpp"

namespace kplan::server::handlers {
namespace {

Result<store::IndicatorRecord> AccessibleIndicator(const ApiRequest& req, AppContext& app) {
  auto id = IdParam(req);
  if (!id.ok()) return id.error();
  auto indicator = app.store.GetIndicator(id.value());
  if (!indicator.ok()) return indicator;
  if (auto unit = RequireUnitAccess(req, app, indicator.value().unit_code); !unit.ok()) {
    return unit.error();
  }
  return indicator;
}

Result<ApiResponse> ListOutcomes(const ApiRequest& req, AppContext& app) {
  auto indicator = AccessibleIndicator(req, app);
  if (!indicator.ok()) return indicator.error();
  auto outcomes = app.store.ListOutcomes(indicator.value().id);
  if (!outcomes.ok()) return outcomes.error();
  auto comparisons = kplan::app::LoadComparisons(app.store, indicator.value());
  if (!comparisons.ok()) return comparisons.error();
  return JsonResponse(Json{{"indicator", IndicatorJson(indicator.value(), outcomes.value(), comparisons.value())},
                           {"items", OutcomesJson(indicator.value(), outcomes.value(), comparisons.value())}});
}

Result<ApiResponse> SaveOutcome(const ApiRequest& req, AppContext& app) {
  auto indicator = AccessibleIndicator(req, app);
  if (!indicator.ok()) return indicator.error();
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  auto version = ExpectedVersion(req, &body.value());
  if (!version.ok()) return version.error();
  Fields f(body.value());
  auto value = f.OptionalNumber("value");
  if (!value.ok()) return value.error();
  auto manual = f.OptionalString("manual_assessment", 10);
  if (!manual.ok()) return manual.error();
  auto comment = f.OptionalString("comment", kOutcomeCommentMaxChars);
  if (!comment.ok()) return comment.error();
  const std::string& period = req.params.at("period");
  if (period.empty() || period.size() > 20) {
    return FieldError("period", "ska vara en period som 2025 eller 2025-T2", "must be a period such as 2025");
  }
  auto existing = app.store.ListOutcomes(indicator.value().id);
  if (!existing.ok()) return existing.error();
  std::optional<std::string> target;
  for (const store::OutcomeRecord& o : existing.value()) {
    if (o.period == period) target = o.target_json;
  }
  if (body.value().contains("target")) {  // null too: back to the indicator's target
    target.reset();
    if (f.Has("target")) {
      auto rule = io::TargetRuleFromJson(f.Get("target"), "target");
      if (!rule.ok()) return rule.error();
      if (Status valid = Validate(rule.value()); !valid.ok()) return valid.error();
      target = io::TargetRuleText(rule.value());
    }
  }
  store::OutcomeRecord outcome;
  outcome.target_json = target;
  outcome.indicator_id = indicator.value().id;
  outcome.period = period;
  outcome.value = value.value();
  outcome.manual_assessment = manual.value();
  outcome.comment = comment.value();
  outcome.version = version.value();
  if (Status valid = Validate(outcome); !valid.ok()) return valid.error();
  auto saved = app.store.SaveOutcome(outcome, Actor(req));
  if (!saved.ok()) return saved.error();
  auto outcomes = app.store.ListOutcomes(indicator.value().id);
  if (!outcomes.ok()) return outcomes.error();
  auto comparisons = kplan::app::LoadComparisons(app.store, indicator.value());
  if (!comparisons.ok()) return comparisons.error();
  Json assessed = OutcomesJson(indicator.value(), outcomes.value(), comparisons.value());
  for (Json& o : assessed) {
    if (o["period"] == period) return WithVersion(JsonResponse(o), saved.value().version);
  }
  return Error(ErrorCode::kInternal, "utfallet sparades men kan inte läsas");
}

}  // namespace

void RegisterIndicatorOutcomes(Router& router) {
  router.Add({.method = "GET",
              .pattern = "/api/v1/indicators/{id}/outcomes",
              .summary = "Outcomes of an indicator per period, assessed Röd/Grön",
              .tag = "indicators",
              .module = Module::kFollowUp,
              .response_schema = "OutcomeList",
              .handler = ListOutcomes});
  router.Add({.method = "PUT",
              .pattern = "/api/v1/indicators/{id}/outcomes/{period}",
              .summary = "Record the outcome of a period (version 0 for a new period)",
              .tag = "indicators",
              .module = Module::kFollowUp,
              .request_schema = "OutcomeInput",
              .response_schema = "Outcome",
              .handler = SaveOutcome});
}

}  // namespace kplan::server::handlers
