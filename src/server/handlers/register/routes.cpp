// GET /api/v1/figures?org=CODE[&snapshot=DATE][&by=category|unit][&pension_age=N]:
// the nuläge key figures of a subtree from the employee register, compared
// with the previous snapshot (the same document as `kplan figures`).
// GET /api/v1/snapshots: the register extracts stored, oldest first.

#include "../../router.hpp"
#include "../common.hpp"
#include "../handlers.hpp"
#include "kplan/app/figures.hpp"
#include "kplan/core/retirement_table.hpp"
#include "kplan/report/figures.hpp"

namespace kplan::server::handlers {
namespace {

Result<ApiResponse> Figures(const ApiRequest& req, AppContext& app) {
  auto scope = ScopeUnit(req, app);
  if (!scope.ok()) return scope.error();
  kplan::app::FiguresRequest request;
  request.org_code = scope.value().code;
  if (auto it = req.query.find("snapshot"); it != req.query.end() && !it->second.empty()) {
    request.snapshot = ParseIsoDate(it->second);
    if (!request.snapshot) {
      return FieldError("snapshot", "ska vara ett datum ÅÅÅÅ-MM-DD", "must be a date YYYY-MM-DD").WithValue(it->second);
    }
  }
  if (auto it = req.query.find("by"); it != req.query.end() && !it->second.empty()) {
    if (it->second == "category") {
      request.by = kplan::app::FiguresGrouping::kCategory;
    } else if (it->second == "unit") {
      request.by = kplan::app::FiguresGrouping::kUnit;
    } else {
      return FieldError("by", "ska vara category eller unit", "must be category or unit").WithValue(it->second);
    }
  }
  Result<int> pension_age = IntQueryParam(req, "pension_age", kDefaultPensionAge, kMinPensionAge, kMaxPensionAge);
  if (!pension_age.ok()) return pension_age.error();
  request.pension_age = pension_age.value();
  auto figures = kplan::app::BuildFiguresReport(app.store, request);
  if (!figures.ok()) return figures.error();
  return JsonResponse(report::FiguresReportJson(figures.value()));
}

Result<ApiResponse> Snapshots(const ApiRequest& req, AppContext& app) {
  auto rows = app.store.ListSnapshots();
  if (!rows.ok()) return rows.error();
  Json items = Json::array();
  for (const store::EmployeeSnapshot& s : rows.value()) {
    auto unit = app.org_tree.FindById(s.org_unit_id);
    if (!unit.ok()) continue;
    // A snapshot is shown when it covers part of the caller's subtree: taken
    // for a unit at or above the caller's, or inside it.
    if (req.user().unit_id) {
      auto below = app.org_tree.IsWithin(s.org_unit_id, *req.user().unit_id);
      auto above = app.org_tree.IsWithin(*req.user().unit_id, s.org_unit_id);
      if (!below.ok() || !above.ok() || (!below.value() && !above.value())) continue;
    }
    items.push_back(Json{{"id", s.id},
                         {"unit", unit.value().code},
                         {"extract_date", FormatIsoDate(s.extract_date)},
                         {"source_file", s.source_file},
                         {"rows", s.rows},
                         {"imported_at", s.imported_at}});
  }
  return ListResponse(req, std::move(items), {});
}

}  // namespace

void RegisterRegister(Router& router) {
  router.Add({.method = "GET", .pattern = "/api/v1/figures",
              .summary = "Nuläge key figures of a subtree from the employee register",
              .tag = "figures", .module = Module::kRegister,
              .query = {{"org", "unit code"}, {"snapshot", "extract date; default the newest"},
                        {"by", "category or unit"}, {"pension_age", "65–69, default 67"}},
              .response_schema = "Figures", .handler = Figures});
  router.Add({.method = "GET", .pattern = "/api/v1/snapshots",
              .summary = "Employee register extracts, oldest first",
              .tag = "figures", .module = Module::kRegister,
              .response_schema = "SnapshotList", .handler = Snapshots});
}

}  // namespace kplan::server::handlers
