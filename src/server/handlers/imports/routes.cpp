// POST /api/v1/imports: upload a CSV or XLSX file (multipart/form-data) to
// import as a job (kind employees, inventory, population, indicators,
// activities, org-units or kolada; create_units=true for a register's new units;
// pseudonymise=true for a register with personnummer and names; map: the
// --map JSON); answers 202 with the job. POST /api/v1/imports/columns: the
// file's headers and the recognised columns, for the page's mapping. GET /api/v1/imports/{id}: the
// job's stage and, when finished, the report — the same as `kplan import`:
// the detected format, the columns used, and every bad row (up to 100) with
// row, column, value and rule. A file with a bad row changes nothing.

#include "kplan/core/org_unit_changes.hpp"
#include "../../error_mapping.hpp"
#include "../../import_jobs.hpp"
#include "../../router.hpp"
#include "../common.hpp"
#include "../handlers.hpp"
#include "upload_form.hpp"

namespace kplan::server::handlers {
namespace {

std::string_view StateKey(ImportJobState s) {
  switch (s) {
    case ImportJobState::kQueued: return "queued";
    case ImportJobState::kRunning: return "running";
    case ImportJobState::kDone: return "done";
    case ImportJobState::kFailed: return "failed";
  }
  return "failed";
}

std::string_view OutcomeKey(kplan::app::ImportOutcome o) {
  switch (o) {
    case kplan::app::ImportOutcome::kRejected: return "rejected";
    case kplan::app::ImportOutcome::kValidated: return "validated";
    case kplan::app::ImportOutcome::kImported: return "imported";
    case kplan::app::ImportOutcome::kUnchanged: return "unchanged";
    case kplan::app::ImportOutcome::kReplaced: return "replaced";
  }
  return "rejected";
}

// A unit the import creates or changes (core/org_unit_changes.hpp).
Json UnitChangeJson(const OrgUnitChange& c) {
  Json j{{"action", std::string(OrgUnitActionKey(c.action))},
         {"code", c.code},
         {"name", c.name},
         {"parent", c.parent_code},
         {"kind", std::string(OrgUnitKindKey(c.kind))},
         {"kind_label", std::string(OrgUnitKindLabel(c.kind))}};
  if (c.action == OrgUnitAction::kUpdate) {
    j["old_name"] = c.old_name;
    j["old_parent"] = c.old_parent_code;
    j["old_kind"] = std::string(OrgUnitKindKey(c.old_kind));
  }
  return j;
}

Json JobJson(const ImportJob& job, Language lang) {
  Json j{{"id", job.id},
         {"kind", job.kind},
         {"file_name", job.file_name},
         {"org", job.org_code},
         {"state", std::string(StateKey(job.state))},
         {"stage", job.stage},
         {"stages", 4},
         {"stage_label", lang == Language::kEnglish ? job.stage_en : job.stage_sv}};
  if (job.report) {
    const kplan::app::ImportReport& r = *job.report;
    Json errors = Json::array();
    for (const Error& e : r.errors) errors.push_back(ErrorDetail(e, lang));
    Json units = Json::array();
    for (const OrgUnitChange& c : r.unit_changes) units.push_back(UnitChangeJson(c));
    Json notes = Json::array();
    for (const kplan::app::ImportNote& n : r.notes) notes.push_back(lang == Language::kEnglish ? n.en : n.sv);
    j["report"] = Json{{"outcome", std::string(OutcomeKey(r.outcome))},
                       {"format", r.format},
                       {"columns", r.columns},
                       {"rows", r.rows},
                       {"records", r.records},
                       {"error_count", r.error_count},
                       {"errors", std::move(errors)},
                       {"unit_changes", std::move(units)},
                       {"notes", std::move(notes)}};
  }
  if (job.error) j["error"] = ErrorDetail(*job.error, lang);
  return j;
}

bool IsTrue(const std::map<std::string, std::string>& fields, const std::string& name) {
  auto it = fields.find(name);
  return it != fields.end() && (it->second == "true" || it->second == "1" || it->second == "on");
}

Result<ApiResponse> Upload(const ApiRequest& req, AppContext& app) {
  auto form = ReadUploadForm(req);
  if (!form.ok()) return form.error();
  auto& fields = form.value().fields;
  kplan::app::ImportRequest request;
  auto kind = kplan::app::ParseImportKind(fields["kind"]);
  if (!kind) {
    return FieldError("kind", "ska vara employees, inventory, population, indicators, activities, org-units eller kolada",
                      "must be employees, inventory, population, indicators, activities, org-units or kolada")
        .WithValue(fields["kind"]);
  }
  request.kind = *kind;
  // Kolada's values are the kommun's and riket's, shared by every unit: only
  // someone who plans for the whole organisation brings them in.
  if (request.kind == kplan::app::ImportKind::kKolada && req.user().unit_id) {
    return Error(ErrorCode::kForbidden,
                 "Kolada-värden gäller hela kommunen och importeras av den som planerar för hela organisationen",
                 "Kolada values are the whole municipality's and are imported by someone planning for all of it")
        .WithRule("whole_organisation")
        .WithField("kind");
  }
  request.org_code = fields["org"];
  if (request.org_code.empty() && req.user().unit_id) request.org_code = req.user().unit_code;
  request.create_units = IsTrue(fields, "create_units");
  if (request.create_units && request.kind != kplan::app::ImportKind::kEmployees) {
    return FieldError("create_units", "gäller bara import av personalregister (employees)",
                      "applies to register imports (employees) only");
  }
  if (!request.org_code.empty()) {
    // In an empty organisation, org names the root an import creates (admin,
    // or hr without a unit: nobody else can be signed in yet).
    auto units = app.org_tree.Units();
    if (!units.ok()) return units.error();
    const bool starts = units.value().empty() && !req.user().unit_id;
    if (!starts) {
      if (auto unit = RequireUnitAccess(req, app, request.org_code, "org"); !unit.ok()) return unit.error();
    }
  }
  if (!fields["snapshot"].empty()) {
    request.snapshot = ParseIsoDate(fields["snapshot"]);
    if (!request.snapshot) {
      return FieldError("snapshot", "ska vara ett datum ÅÅÅÅ-MM-DD", "must be a date YYYY-MM-DD")
          .WithValue(fields["snapshot"]);
    }
  }
  if (!fields["year"].empty()) {
    Result<int> year = WholeNumberField("year", fields["year"], kPlanYearMin, kPlanYearMax);
    if (!year.ok()) return year.error();
    request.year = year.value();
  }
  request.pseudonymise = IsTrue(fields, "pseudonymise");
  if (request.pseudonymise && request.kind != kplan::app::ImportKind::kEmployees) {
    return FieldError("pseudonymise", "gäller bara import av personalregister (employees)",
                      "applies to register imports (employees) only");
  }
  // The column mapping the page made from the file's headers: the --map document.
  if (!fields["map"].empty()) {
    request.map_json = fields["map"];
    request.map_file = "kolumnkoppling";
  }
  request.sheet = fields["sheet"];
  request.dry_run = IsTrue(fields, "dry_run");
  request.replace = IsTrue(fields, "replace");
  request.file_name = form.value().file_name;
  request.bytes = std::move(form.value().file_bytes);
  request.actor = Actor(req);
  const std::int64_t id = app.imports.Submit(std::move(request));
  auto job = app.imports.Find(id);
  ApiResponse r = JsonResponse(JobJson(*job, req.language), 202);
  r.headers["Location"] = "/api/v1/imports/" + std::to_string(id);
  return r;
}

// The file's headers and what the reader recognises in them, for the page's
// column mapping. Nothing is imported; the file is not kept.
Result<ApiResponse> Columns(const ApiRequest& req, AppContext&) {
  auto form = ReadUploadForm(req);
  if (!form.ok()) return form.error();
  auto& fields = form.value().fields;
  kplan::app::ImportRequest request;
  auto kind = kplan::app::ParseImportKind(fields["kind"]);
  if (!kind) {
    return FieldError("kind", "ska vara employees, inventory, population, indicators, activities eller org-units",
                      "must be employees, inventory, population, indicators, activities or org-units")
        .WithValue(fields["kind"]);
  }
  request.kind = *kind;
  request.sheet = fields["sheet"];
  request.file_name = form.value().file_name;
  request.bytes = std::move(form.value().file_bytes);
  Result<kplan::app::ImportColumns> columns = kplan::app::ReadImportColumns(request);
  if (!columns.ok()) return columns.error();
  Json list = Json::array();
  for (const kplan::app::ImportField& f : columns.value().fields) {
    list.push_back(Json{{"key", f.key},
                        {"label", req.language == Language::kEnglish ? f.label_en : f.label_sv},
                        {"need", f.need},
                        {"header", f.header.empty() ? Json(nullptr) : Json(f.header)}});
  }
  return JsonResponse(Json{{"kind", std::string(kplan::app::ImportKindKey(*kind))},
                           {"headers", columns.value().headers},
                           {"fields", std::move(list)}});
}

Result<ApiResponse> JobStatus(const ApiRequest& req, AppContext& app) {
  auto id = IdParam(req);
  if (!id.ok()) return id.error();
  auto job = app.imports.Find(id.value());
  // Another user's job is as good as absent.
  if (!job || (job->actor != req.user().name && req.user().role != Role::kAdmin)) {
    return Error(ErrorCode::kNotFound, "importen finns inte", "the import does not exist");
  }
  return JsonResponse(JobJson(*job, req.language));
}

}  // namespace

void RegisterImports(Router& router) {
  router.Add({.method = "POST", .pattern = "/api/v1/imports",
              .summary = "Upload a CSV or XLSX file to import (multipart/form-data); runs as a job",
              .tag = "imports", .module = Module::kImports, .request_schema = "ImportUpload",
              .response_schema = "ImportJob", .handler = Upload});
  router.Add({.method = "POST", .pattern = "/api/v1/imports/columns",
              .summary = "A file's headers and the columns the import recognises, for mapping them (--map)",
              .tag = "imports", .ok_status = 200, .module = Module::kImports, .request_schema = "ImportUpload",
              .response_schema = "ImportColumns", .handler = Columns});
  router.Add({.method = "GET", .pattern = "/api/v1/imports/{id}",
              .summary = "An import job: stage, and the report with every bad row when finished",
              .tag = "imports", .module = Module::kImports, .response_schema = "ImportJob",
              .handler = JobStatus});
}

}  // namespace kplan::server::handlers
