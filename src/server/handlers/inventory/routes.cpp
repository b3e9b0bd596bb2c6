// /api/v1/inventory?org=CODE&year=Y: the kartläggning grid — headcount per
// unit, category and competence level — of the caller's scope in the plan
// year. PUT replaces the cells of the units and categories it names (a chef
// sends only their own units) and quotes the grid's version: when someone
// else saved the grid in between, 412 and nothing is written. To copy last
// year's grid, GET year − 1 and PUT it to year.

#include <map>
#include <set>

#include "../../router.hpp"
#include "../common.hpp"
#include "../handlers.hpp"
#include "../plan_scope.hpp"

namespace kplan::server::handlers {
namespace {

Result<int> GridVersion(AppContext& app, const kplan::app::PlanScope& plan) {
  auto years = app.store.ListPlanYears(plan.plan_unit.id);
  if (!years.ok()) return years.error();
  for (const store::PlanYear& p : years.value()) {
    if (p.year == plan.year && p.unit_code == plan.plan_unit.code) return p.inventory_version;
  }
  return 0;  // no plan year yet
}

Result<ApiResponse> Get(const ApiRequest& req, AppContext& app) {
  auto plan = PlanScopeOf(req, app);
  if (!plan.ok()) return plan.error();
  auto levels = app.store.PlanLevels(plan.value().plan_unit.id, plan.value().year);
  if (!levels.ok()) return levels.error();
  auto entries = app.store.LoadInventory(plan.value().plan_unit.id, plan.value().year);
  if (!entries.ok()) return entries.error();
  auto subtree = app.store.Subtree(plan.value().scope.id);
  if (!subtree.ok()) return subtree.error();
  auto version = GridVersion(app, plan.value());
  if (!version.ok()) return version.error();
  std::set<std::string> units;
  for (const OrgUnit& u : subtree.value()) units.insert(u.code);
  std::map<std::string, std::size_t> level_index;
  for (std::size_t i = 0; i < levels.value().size(); ++i) level_index[levels.value()[i]] = i;

  Json cells = Json::array();
  std::map<std::string, std::vector<double>> totals;
  for (const store::InventoryEntry& e : entries.value()) {
    if (!units.count(e.unit_code)) continue;
    cells.push_back(Json{{"unit", e.unit_code}, {"category", e.category}, {"level", e.level},
                         {"headcount", e.headcount}});
    auto& row = totals[e.category];
    row.resize(levels.value().size(), 0.0);
    if (auto it = level_index.find(e.level); it != level_index.end()) row[it->second] += e.headcount;
  }
  Json categories = Json::array();
  for (const auto& [name, row] : totals) {
    double total = 0;
    for (double v : row) total += v;
    categories.push_back(Json{{"category", name}, {"levels", row}, {"total", total}});
  }
  ApiResponse r = JsonResponse(Json{{"plan_unit", plan.value().plan_unit.code},
                                    {"scope", plan.value().scope.code},
                                    {"year", plan.value().year},
                                    {"levels", levels.value()},
                                    {"version", version.value()},
                                    {"entries", std::move(cells)},
                                    {"categories", std::move(categories)}});
  return WithVersion(std::move(r), version.value());
}

Result<ApiResponse> Put(const ApiRequest& req, AppContext& app) {
  auto plan = PlanScopeOf(req, app);
  if (!plan.ok()) return plan.error();
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  auto version = ExpectedVersion(req, &body.value());
  if (!version.ok()) return version.error();
  const Json& list = Fields(body.value()).Get("entries");
  if (!list.is_array()) return FieldError("entries", "ska vara en lista med celler", "must be a list of cells");
  std::vector<store::InventoryEntry> entries;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string at = "entries[" + std::to_string(i) + "]";
    if (!list[i].is_object()) return FieldError(at, "ska vara ett objekt", "must be an object");
    Fields f(list[i]);
    auto unit = f.String("unit", 64);
    if (!unit.ok()) return Error(unit.error()).WithField(at + ".unit");
    auto category = f.String("category", 200);
    if (!category.ok()) return Error(category.error()).WithField(at + ".category");
    auto level = f.String("level", 100);
    if (!level.ok()) return Error(level.error()).WithField(at + ".level");
    auto headcount = f.Number("headcount");
    if (!headcount.ok()) return Error(headcount.error()).WithField(at + ".headcount");
    if (headcount.value() < 0 || headcount.value() > 1e6) {
      return FieldError(at + ".headcount", "ska vara ett antal ≥ 0", "must be a count ≥ 0")
          .WithValue(std::to_string(headcount.value()));
    }
    if (auto u = RequireUnitAccess(req, app, unit.value(), at + ".unit"); !u.ok()) return u.error();
    entries.push_back({unit.value(), category.value(), level.value(), headcount.value()});
  }
  auto saved = app.store.ReplaceInventory(plan.value().plan_unit.id, plan.value().year, entries,
                                          version.value(), Actor(req));
  if (!saved.ok()) return saved.error();
  return Get(req, app);
}

}  // namespace

void RegisterInventory(Router& router) {
  const std::vector<QueryParameter> query{
      {"org", "unit code; default: your own unit or the whole organisation"},
      {"year", "plan year", true}};
  router.Add({.method = "GET", .pattern = "/api/v1/inventory",
              .summary = "Kartläggning: headcount per unit, category and level, with totals per category",
              .tag = "inventory", .module = Module::kInventory, .query = query,
              .response_schema = "Inventory", .handler = Get});
  router.Add({.method = "PUT", .pattern = "/api/v1/inventory",
              .summary = "Replace the cells of the named units and categories (If-Match: the grid's version)",
              .tag = "inventory", .module = Module::kInventory, .query = query,
              .request_schema = "InventoryInput", .response_schema = "Inventory", .handler = Put});
}

}  // namespace kplan::server::handlers
