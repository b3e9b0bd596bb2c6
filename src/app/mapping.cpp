#include "kplan/app/mapping.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "kplan/io/mapping_workbook_reader.hpp"
#include "kplan/report/mapping_workbook.hpp"
#include "unit_lookup.hpp"

namespace kplan::app {
namespace {

using Key = std::pair<std::string, std::string>;  // unit code, category

std::map<Key, std::vector<std::optional<double>>> CellsOf(const std::vector<store::InventoryEntry>& entries,
                                                          const std::set<std::string>& units,
                                                          const std::vector<std::string>& levels) {
  std::map<Key, std::vector<std::optional<double>>> out;
  for (const store::InventoryEntry& e : entries) {
    if (!units.count(e.unit_code)) continue;
    auto level = std::find(levels.begin(), levels.end(), e.level);
    if (level == levels.end()) continue;
    auto& row = out[{e.unit_code, e.category}];
    row.resize(levels.size());
    row[level - levels.begin()] = row[level - levels.begin()].value_or(0) + e.headcount;
  }
  return out;
}

}  // namespace

Result<std::optional<store::PlanYear>> PlanYearOfScope(store::Store& store, const PlanScope& plan) {
  auto years = store.ListPlanYears(plan.plan_unit.id);
  if (!years.ok()) return years.error();
  for (const store::PlanYear& p : years.value()) {
    if (p.year == plan.year && p.unit_code == plan.plan_unit.code) return std::optional<store::PlanYear>(p);
  }
  return std::optional<store::PlanYear>();
}

Result<MappingWorkbook> BuildMappingWorkbook(store::Store& store, const PlanScope& plan) {
  auto plan_year = PlanYearOfScope(store, plan);
  if (!plan_year.ok()) return plan_year.error();
  if (!plan_year.value()) {
    return Error(ErrorCode::kNotFound,
                 "det finns inget planår " + std::to_string(plan.year) + " för " + plan.scope.name,
                 "there is no plan year " + std::to_string(plan.year) + " for " + plan.scope.code)
        .WithField("year");
  }
  const store::PlanYear& p = *plan_year.value();
  auto tree = detail::LoadOrgTree(store);
  if (!tree.ok()) return tree.error();
  std::set<std::string> units;
  std::vector<const OrgUnit*> leaves;
  for (const OrgUnit* u : tree.value().Subtree(plan.scope.id)) {
    units.insert(u->code);
    if (tree.value().Children(u->id).empty()) leaves.push_back(u);
  }
  auto now = store.LoadInventory(plan.plan_unit.id, plan.year);
  if (!now.ok()) return now.error();
  auto before = store.LoadInventory(plan.plan_unit.id, plan.year - 1);
  if (!before.ok()) return before.error();
  auto round = store.GetMappingRound(p.id);
  if (!round.ok()) return round.error();
  auto categories = store.ListCategories();
  if (!categories.ok()) return categories.error();
  auto definitions = store.ListLevelDefinitions();
  if (!definitions.ok()) return definitions.error();

  MappingWorkbook w;
  w.unit_code = plan.scope.code;
  w.unit_name = plan.scope.name;
  w.year = plan.year;
  w.deadline = round.value() && round.value()->open ? FormatIsoDate(round.value()->deadline) : "";
  w.version = p.inventory_version;
  w.levels = p.levels;
  auto this_year = CellsOf(now.value(), units, w.levels);
  auto last_year = CellsOf(before.value(), units, w.levels);
  std::set<Key> keys;
  for (const auto& [k, _] : this_year) keys.insert(k);
  for (const auto& [k, _] : last_year) keys.insert(k);
  if (keys.empty()) {
    for (const OrgUnit* u : leaves) {
      for (const store::OccupationalCategory& c : categories.value()) keys.insert({u->code, c.name});
    }
  }
  std::set<std::string> used;
  for (const Key& k : keys) {
    MappingWorkbookRow row;
    row.unit_code = k.first;
    const OrgUnit* u = tree.value().FindByCode(k.first);
    row.unit_name = u ? u->name : "";
    row.category = k.second;
    row.counts.assign(w.levels.size(), 0.0);
    if (auto it = this_year.find(k); it != this_year.end()) {
      for (std::size_t l = 0; l < w.levels.size(); ++l) row.counts[l] = it->second[l].value_or(0);
    }
    row.last_year.assign(w.levels.size(), std::nullopt);
    if (auto it = last_year.find(k); it != last_year.end()) row.last_year = it->second;
    used.insert(k.second);
    w.rows.push_back(std::move(row));
  }
  for (const store::OccupationalCategory& c : categories.value()) {
    if (!used.count(c.name)) continue;
    auto it = definitions.value().find(c.id);
    w.definitions.push_back({c.name, it == definitions.value().end() ? std::vector<LevelDefinition>{} : it->second});
  }
  return w;
}

Result<WorkbookFile> RenderUnitWorkbook(store::Store& store, const PlanScope& plan) {
  auto workbook = BuildMappingWorkbook(store, plan);
  if (!workbook.ok()) return workbook.error();
  auto bytes = report::RenderMappingWorkbook(workbook.value());
  if (!bytes.ok()) return bytes.error();
  return WorkbookFile{"Kartläggning " + std::to_string(plan.year) + " " + plan.scope.code + ".xlsx",
                      std::move(bytes.value())};
}

Result<WorkbookUploaded> UploadUnitWorkbook(store::Store& store, const PlanScope& plan, std::string_view bytes,
                                            std::string_view file_name, std::string_view actor) {
  auto expected = BuildMappingWorkbook(store, plan);
  if (!expected.ok()) return expected.error();
  auto upload = io::ReadMappingWorkbook(bytes, file_name, expected.value());
  if (!upload.ok()) return upload.error();
  if (upload.value().error_count > 0) {
    std::vector<Error>& errors = upload.value().errors;
    Error first = errors.front();
    std::string more;
    for (std::size_t i = 1; i < errors.size(); ++i) more += (more.empty() ? "" : "; ") + errors[i].Describe();
    const std::size_t total = upload.value().error_count;
    std::string hint = total == 1 ? first.hint()
                                  : std::to_string(total) + " fel i filen, inget sparades. " +
                                        (more.empty() ? "" : "Övriga: " + more + ".");
    first.WithHint(hint.empty() ? "Inget sparades. Rätta cellen och ladda upp filen igen." : hint);
    return first;
  }
  auto saved = store.ReplaceInventory(plan.plan_unit.id, plan.year, upload.value().entries, upload.value().version,
                                      actor);
  if (!saved.ok()) {
    Error e = saved.error();
    if (e.code() == ErrorCode::kPreconditionFailed) {
      e.WithHint("Kartläggningen har sparats på annat sätt sedan filen laddades ned. Ladda ned filen igen.");
    }
    return e;
  }
  return WorkbookUploaded{saved.value(), upload.value().entries.size()};
}

}  // namespace kplan::app
