// The yearly cycle of a plan year (store/plan_cycle_store.hpp):
//   POST /api/v1/plan-years/{id}/start        next year's plan year from this one
//   PUT  /api/v1/plan-years/{id}/status        utkast ⇄ för beslut, fastställd → utkast
//   POST /api/v1/plan-years/{id}/adoptions    adopt: the decision, the frozen documents
//   GET  /api/v1/plan-years/{id}/adoptions    the decisions, newest first
//   GET  /api/v1/plan-years/{id}/adoptions/{revision}/document?format=pdf
//   GET  /api/v1/plan-years/{id}/changes      what changed since the newest adoption

#include "../../router.hpp"
#include "../common.hpp"
#include "../handlers.hpp"
#include "../plan_scope.hpp"
#include "kplan/app/plan_cycle.hpp"
#include "kplan/core/plan_status.hpp"
#include "plan_year_json.hpp"

namespace kplan::server::handlers {
namespace {

std::string DocumentHref(std::int64_t plan_year_id, int revision, const std::string& format) {
  return "/api/v1/plan-years/" + std::to_string(plan_year_id) + "/adoptions/" + std::to_string(revision) +
         "/document?format=" + format;
}

Json AdoptionJson(const store::PlanAdoption& a) {
  Json documents = Json::array();
  for (const store::AdoptedDocument& d : a.documents) {
    documents.push_back({{"format", d.format}, {"file_name", d.file_name}, {"content_type", d.content_type},
                         {"sha256", d.sha256}, {"size", d.size},
                         {"href", DocumentHref(a.plan_year_id, a.revision, d.format)}});
  }
  return Json{{"revision", a.revision},
              {"decided_by", a.decision.decided_by},
              {"decided_on", FormatIsoDate(a.decision.decided_on)},
              {"paragraph", a.decision.paragraph},
              {"registration_number", a.decision.registration_number},
              {"decision", DescribeDecision(a.decision)},
              {"adopted_by", a.adopted_by},
              {"adopted_at", a.adopted_at},
              {"documents", std::move(documents)}};
}

Result<ApiResponse> Start(const ApiRequest& req, AppContext& app) {
  auto source = PlanYearInScope(req, app);
  if (!source.ok()) return source.error();
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  Fields f(body.value());
  auto year = f.Int("year", kPlanYearMin, kPlanYearMax);
  if (!year.ok()) return year.error();
  auto copy = f.OptionalBool("copy_inventory", false);
  if (!copy.ok()) return copy.error();
  auto started = app.store.StartPlanYearFrom(source.value().id, year.value(),
                                             {.copy_inventory = copy.value()}, Actor(req));
  if (!started.ok()) return started.error();
  return WithVersion(JsonResponse(PlanYearJson(started.value()), 201), started.value().version);
}

Result<ApiResponse> SetStatus(const ApiRequest& req, AppContext& app) {
  auto plan_year = PlanYearInScope(req, app);
  if (!plan_year.ok()) return plan_year.error();
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  auto key = Fields(body.value()).String("status", 20);
  if (!key.ok()) return key.error();
  auto status = ParsePlanStatusKey(key.value());
  if (!status) {
    return FieldError("status", "ska vara utkast eller for_beslut", "must be utkast or for_beslut")
        .WithValue(key.value());
  }
  auto version = ExpectedVersion(req, &body.value());
  if (!version.ok()) return version.error();
  auto saved = app.store.SetPlanStatus(plan_year.value().id, *status, version.value(), Actor(req));
  if (!saved.ok()) return saved.error();
  return WithVersion(JsonResponse(PlanYearJson(saved.value())), saved.value().version);
}

Result<PlanDecision> DecisionFromJson(const Json& body) {
  Fields f(body);
  PlanDecision d;
  auto by = f.String("decided_by", kDecisionBodyMaxChars);
  if (!by.ok()) return by.error();
  auto on = f.OptionalDate("decided_on");
  if (!on.ok()) return on.error();
  if (!on.value()) return FieldError("decided_on", "beslutsdatum saknas", "the decision date is missing");
  auto paragraph = f.String("paragraph", kDecisionParagraphMaxChars);
  if (!paragraph.ok()) return paragraph.error();
  auto registration = f.OptionalString("registration_number", kDecisionRegistrationMaxChars);
  if (!registration.ok()) return registration.error();
  d.decided_by = by.value();
  d.decided_on = *on.value();
  d.paragraph = paragraph.value();
  d.registration_number = registration.value();
  if (Status valid = Validate(d); !valid.ok()) return valid.error();
  return d;
}

Result<ApiResponse> Adopt(const ApiRequest& req, AppContext& app) {
  auto plan_year = PlanYearInScope(req, app);
  if (!plan_year.ok()) return plan_year.error();
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  auto decision = DecisionFromJson(body.value());
  if (!decision.ok()) return decision.error();
  auto version = ExpectedVersion(req, &body.value());
  if (!version.ok()) return version.error();
  auto adopted = app::AdoptPlan(app.store, plan_year.value().id, version.value(), decision.value(), Actor(req));
  if (!adopted.ok()) return adopted.error();
  return JsonResponse(AdoptionJson(adopted.value()), 201);
}

Result<ApiResponse> ListAdoptions(const ApiRequest& req, AppContext& app) {
  auto plan_year = PlanYearInScope(req, app);
  if (!plan_year.ok()) return plan_year.error();
  auto adoptions = app.store.ListAdoptions(plan_year.value().id);
  if (!adoptions.ok()) return adoptions.error();
  Json items = Json::array();
  for (const store::PlanAdoption& a : adoptions.value()) items.push_back(AdoptionJson(a));
  return JsonResponse(Json{{"items", std::move(items)}});
}

Result<ApiResponse> AdoptedDocument(const ApiRequest& req, AppContext& app) {
  auto plan_year = PlanYearInScope(req, app);
  if (!plan_year.ok()) return plan_year.error();
  auto revision = WholeNumberField("revision", req.params.at("revision"), 1, 1000000);
  if (!revision.ok()) return revision.error();
  auto it = req.query.find("format");
  const std::string format = it == req.query.end() ? "pdf" : it->second;
  auto document = app.store.LoadAdoptedDocument(plan_year.value().id, revision.value(), format);
  if (!document.ok()) return document.error();
  ApiResponse r = Download(std::move(document.value().bytes), document.value().content_type,
                           document.value().file_name);
  r.headers["ETag"] = "\"" + document.value().sha256 + "\"";
  return r;
}

Result<ApiResponse> Changes(const ApiRequest& req, AppContext& app) {
  auto plan_year = PlanYearInScope(req, app);
  if (!plan_year.ok()) return plan_year.error();
  auto changes = app::ChangesSinceAdoption(app.store, plan_year.value().id);
  if (!changes.ok()) return changes.error();
  Json items = Json::array();
  for (const PlanChange& c : changes.value().changes) {
    items.push_back({{"change", PlanChangeKey(c.change)}, {"change_label", PlanChangeLabel(c.change)},
                     {"kind", c.kind}, {"kind_label", PlanItemKindLabel(c.kind)}, {"key", c.key},
                     {"label", c.label}, {"before", c.before}, {"after", c.after}});
  }
  return JsonResponse(Json{{"adopted", changes.value().adopted ? AdoptionJson(*changes.value().adopted) : Json()},
                           {"changes", std::move(items)}});
}

}  // namespace

void RegisterPlanCycle(Router& router) {
  router.Add({.method = "POST", .pattern = "/api/v1/plan-years/{id}/start",
              .summary = "Start the next plan year from this one (texts, chapters, need; goals, unfinished "
                         "activities and succession go on; the kartläggning on request)",
              .tag = "plan-years", .module = Module::kCategories, .request_schema = "PlanYearStartInput",
              .response_schema = "PlanYear", .handler = Start});
  router.Add({.method = "PUT", .pattern = "/api/v1/plan-years/{id}/status",
              .summary = "Move the plan between utkast and för beslut, or back to utkast after adoption "
                         "(If-Match: the version read)",
              .tag = "plan-years", .module = Module::kCategories, .request_schema = "PlanStatusInput",
              .response_schema = "PlanYear", .handler = SetStatus});
  router.Add({.method = "POST", .pattern = "/api/v1/plan-years/{id}/adoptions",
              .summary = "Adopt the plan: record the decision and keep its documents as the board received them",
              .tag = "plan-years", .module = Module::kCategories, .request_schema = "AdoptionInput",
              .response_schema = "Adoption", .handler = Adopt});
  router.Add({.method = "GET", .pattern = "/api/v1/plan-years/{id}/adoptions",
              .summary = "The plan's decisions and adopted documents, newest first", .tag = "plan-years",
              .module = Module::kReports, .response_schema = "AdoptionList", .handler = ListAdoptions});
  router.Add({.method = "GET", .pattern = "/api/v1/plan-years/{id}/adoptions/{revision}/document",
              .summary = "An adopted document, byte for byte as stored", .tag = "plan-years",
              .module = Module::kReports, .query = {{"format", "pdf (default), docx, html or xlsx"}},
              .download = true, .handler = AdoptedDocument});
  router.Add({.method = "GET", .pattern = "/api/v1/plan-years/{id}/changes",
              .summary = "What changed in the plan since it was last adopted", .tag = "plan-years",
              .module = Module::kReports, .response_schema = "PlanChanges", .handler = Changes});
}

}  // namespace kplan::server::handlers
