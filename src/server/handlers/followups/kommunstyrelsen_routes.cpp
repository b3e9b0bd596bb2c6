// Sammanställning till kommunstyrelsen (app/kommunstyrelsen.hpp):
//   GET /api/v1/kommunstyrelsen?year=Y                 the förvaltningar, their plans and follow-up, per målsättning
//   GET /api/v1/kommunstyrelsen/document?year=Y&format=pdf
// For the whole kommun: admin, hr and läsare whose part of the organisation
// is all of it; a chef's is never (403).

#include "../../router.hpp"
#include "../common.hpp"
#include "../handlers.hpp"
#include "kplan/app/kommunstyrelsen.hpp"

namespace kplan::server::handlers {
namespace {

Result<report::KommunstyrelsenData> Load(const ApiRequest& req, AppContext& app) {
  if (req.user().role == Role::kChef) {
    return Error(ErrorCode::kForbidden, "sammanställningen till kommunstyrelsen är inte till för rollen chef",
                 "the roll-up to kommunstyrelsen is not for the chef role");
  }
  auto year = YearParam(req);
  if (!year.ok()) return year.error();
  auto data = app::LoadKommunstyrelsen(app.store, year.value());
  if (!data.ok()) return data.error();
  auto units = app.store.ListOrgUnits();
  if (!units.ok()) return units.error();
  for (const OrgUnit& u : units.value()) {
    if (!u.parent_id) {
      if (auto access = RequireUnitAccess(req, app, u.code, "org"); !access.ok()) return access.error();
    }
  }
  return data;
}

Json Summary(const report::KommunstyrelsenData& data) {
  Json forvaltningar = Json::array();
  for (const report::ForvaltningStatus& f : data.forvaltningar) {
    Json reporting = Json::array();
    for (const UnitReporting& r : f.reporting) {
      reporting.push_back({{"kind", OccasionKindKey(r.kind)}, {"kind_label", OccasionKindLabel(r.kind)},
                           {"deadline", FormatIsoDate(r.deadline)}, {"has_occasion", r.has_occasion},
                           {"status", OccasionStatusKey(r.status)}, {"status_label", OccasionStatusLabel(r.status)}});
    }
    forvaltningar.push_back({{"unit", f.code},
                             {"name", f.name},
                             {"has_plan_year", f.has_plan_year},
                             {"status", f.has_plan_year ? Json(PlanStatusKey(f.status)) : Json()},
                             {"status_label", f.has_plan_year ? Json(PlanStatusLabel(f.status)) : Json()},
                             {"decision", f.decision ? Json(DescribeDecision(*f.decision)) : Json()},
                             {"followups", std::move(reporting)}});
  }
  Json malsattningar = Json::array();
  for (const report::MalsattningStatus& m : data.malsattningar) {
    Json per = Json::array();
    for (std::size_t i = 0; i < m.per_forvaltning.size() && i < data.forvaltningar.size(); ++i) {
      const auto& a = m.per_forvaltning[i];
      per.push_back({{"unit", data.forvaltningar[i].code},
                     {"assessment", a ? Json(AssessmentKey(*a)) : Json()},
                     {"assessment_label", a ? Json(AssessmentLabel(*a)) : Json()}});
    }
    malsattningar.push_back({{"title", m.title}, {"forvaltningar", std::move(per)}});
  }
  Json not_reported = Json::array(), not_adopted = Json::array();
  for (const auto* f : report::NotReported(data)) not_reported.push_back(f->code);
  for (const auto* f : report::WithoutAdoptedPlan(data)) not_adopted.push_back(f->code);
  return Json{{"municipality", data.municipality},
              {"year", data.year},
              {"forvaltningar", std::move(forvaltningar)},
              {"malsattningar", std::move(malsattningar)},
              {"not_reported", std::move(not_reported)},
              {"without_adopted_plan", std::move(not_adopted)}};
}

Result<ApiResponse> Get(const ApiRequest& req, AppContext& app) {
  auto data = Load(req, app);
  if (!data.ok()) return data.error();
  return JsonResponse(Summary(data.value()));
}

Result<ApiResponse> Document(const ApiRequest& req, AppContext& app) {
  auto it = req.query.find("format");
  const std::string key = it == req.query.end() ? "pdf" : it->second;
  auto format = report::ParseReportFormat(key);
  if (!format) {
    return FieldError("format", "ska vara html, pdf, docx eller xlsx", "must be html, pdf, docx or xlsx").WithValue(key);
  }
  auto data = Load(req, app);
  if (!data.ok()) return data.error();
  auto rendered = app::RenderKommunstyrelsen(data.value(), *format);
  if (!rendered.ok()) return rendered.error();
  return Download(std::move(rendered.value().bytes), rendered.value().content_type, rendered.value().file_name);
}

}  // namespace

void RegisterKommunstyrelsen(Router& router) {
  router.Add({.method = "GET", .pattern = "/api/v1/kommunstyrelsen",
              .summary = "The roll-up to kommunstyrelsen: each förvaltning's plan, decision and follow-up, and "
                         "per kommunövergripande målsättning every förvaltning's Röd/Grön",
              .tag = "followups", .module = Module::kReports, .query = {{"year", "the plan year", true}},
              .response_schema = "Kommunstyrelsen", .handler = Get});
  router.Add({.method = "GET", .pattern = "/api/v1/kommunstyrelsen/document",
              .summary = "The roll-up to kommunstyrelsen as a document", .tag = "followups",
              .module = Module::kReports,
              .query = {{"year", "the plan year", true}, {"format", "pdf (default), docx, html or xlsx"}},
              .download = true, .handler = Document});
}

}  // namespace kplan::server::handlers
