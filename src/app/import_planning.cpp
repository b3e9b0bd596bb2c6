// `kplan import inventory | population | indicators | activities`.

#include <set>

#include "importer_parts.hpp"
#include "kplan/core/plan_year.hpp"
#include "kplan/io/activity_reader.hpp"
#include "kplan/io/indicator_reader.hpp"
#include "kplan/io/inventory_reader.hpp"
#include "kplan/io/population_reader.hpp"

namespace kplan::app::import_detail {
namespace {

// Rows without a unit belong to the import's unit; others must lie under it.
template <typename Row>
void CheckUnits(const ImportContext& c, const std::vector<Row>& rows,
                std::optional<std::size_t> unit_column, ImportReport& report) {
  for (const Row& row : rows) {
    const std::string& code = row.record.unit_code;
    if (!code.empty() && !c.scope.codes.count(code)) {
      AddRowError(report, UnitOutsideScope(c.source.table, row.line, unit_column, code, c.scope),
                  c.request.error_limit);
    }
  }
}

// Finishes a validated import: dry run, or write and report.
Result<ImportReport> Finish(const ImportContext& c, const Stage& stage, ImportReport report,
                            const std::function<Result<int>()>& write) {
  if (report.error_count > 0) return report;
  if (c.request.dry_run) {
    report.outcome = ImportOutcome::kValidated;
    return report;
  }
  stage("sparar", "saving");
  Result<int> written = write();
  if (!written.ok()) return written.error();
  report.outcome = ImportOutcome::kImported;
  return report;
}

// The import's plan year (--year, the form's year) within core's plan years;
// `what` names the file's content in the error.
Status RequirePlanYear(const ImportContext& c, const std::string& what_sv, const std::string& what_en) {
  if (c.request.year >= kPlanYearMin && c.request.year <= kPlanYearMax) return Ok();
  return Error(ErrorCode::kInvalidInput, "ange planåret för " + what_sv + " med --year ÅÅÅÅ",
               "give the plan year of the " + what_en + " with --year YYYY")
      .WithField("year")
      .WithRule("year_required");
}

}  // namespace

Result<ImportReport> ImportInventory(const ImportContext& c, const Stage& stage) {
  if (Status s = RequirePlanYear(c, "kartläggningen", "inventory"); !s.ok()) return s.error();
  io::InventoryReadOptions options;
  options.error_limit = c.request.error_limit;
  Result<std::vector<std::string>> levels = c.store.PlanLevels(c.scope.root.id, c.request.year);
  if (!levels.ok()) return levels.error();
  options.level_names = levels.value();
  Result<io::InventoryReadResult> read =
      io::ReadInventory(c.source.table, c.source.decimal, c.overrides, options);
  if (!read.ok()) return read.error();
  ImportReport report = StartReport(c.source, read.value(), read.value().rows.size());
  CheckUnits(c, read.value().rows, read.value().columns.IndexOf("unit"), report);

  std::vector<store::InventoryEntry> entries;
  std::vector<store::OccupationalCategory> categories;  // with an SSYK code, each name once
  std::set<std::string> named;
  for (io::InventoryRow& row : read.value().rows) {
    if (!row.ssyk.empty() && named.insert(row.record.category).second) {
      categories.push_back({0, row.record.category, row.ssyk, 1});
    }
    if (row.record.unit_code.empty()) row.record.unit_code = c.scope.root.code;
    entries.push_back(std::move(row.record));
  }
  return Finish(c, stage, std::move(report), [&]() -> Result<int> {
    if (!categories.empty()) {
      Result<int> added = c.store.AddCategories(categories, c.request.actor);
      if (!added.ok()) return added.error();
    }
    return c.store.SaveInventory(c.scope.root.id, c.request.year, entries, c.request.actor);
  });
}

Result<ImportReport> ImportPopulation(const ImportContext& c, const Stage& stage) {
  Result<io::PopulationReadResult> read =
      io::ReadPopulation(c.source.table, c.source.decimal, c.overrides, c.request.error_limit);
  if (!read.ok()) return read.error();
  ImportReport report = StartReport(c.source, read.value(), read.value().rows.size());
  report.notes = PopulationNotes(c.source, read.value());
  std::vector<store::PopulationEntry> entries;
  for (io::PopulationRow& row : read.value().rows) entries.push_back(std::move(row.record));
  return Finish(c, stage, std::move(report),
                [&] { return c.store.SavePopulation(entries, c.request.actor); });
}

Result<ImportReport> ImportIndicators(const ImportContext& c, const Stage& stage) {
  Result<io::IndicatorReadResult> read =
      io::ReadIndicators(c.source.table, c.source.decimal, c.overrides, c.request.error_limit);
  if (!read.ok()) return read.error();
  ImportReport report = StartReport(c.source, read.value(), read.value().rows.size());
  std::vector<store::IndicatorOutcome> outcomes;
  for (io::IndicatorRow& row : read.value().rows) {
    row.record.unit_code = c.scope.root.code;
    outcomes.push_back(std::move(row.record));
  }
  return Finish(c, stage, std::move(report),
                [&] { return c.store.SaveIndicatorOutcomes(outcomes, c.request.actor); });
}

// The activities belong to the import's plan year (core/year_span.hpp).
Result<ImportReport> ImportActivities(const ImportContext& c, const Stage& stage) {
  if (Status s = RequirePlanYear(c, "aktivitetsplanen", "activity plan"); !s.ok()) return s.error();
  Result<io::ActivityReadResult> read =
      io::ReadActivities(c.source.table, c.source.decimal, c.overrides, c.request.error_limit);
  if (!read.ok()) return read.error();
  ImportReport report = StartReport(c.source, read.value(), read.value().rows.size());
  CheckUnits(c, read.value().rows, read.value().columns.IndexOf("unit"), report);
  std::vector<store::Activity> activities;
  for (io::ActivityRow& row : read.value().rows) {
    if (row.record.unit_code.empty()) row.record.unit_code = c.scope.root.code;
    row.record.years = YearSpan{c.request.year, std::nullopt};
    activities.push_back(std::move(row.record));
  }
  return Finish(c, stage, std::move(report),
                [&] { return c.store.AddActivities(activities, c.request.actor); });
}

}  // namespace kplan::app::import_detail
