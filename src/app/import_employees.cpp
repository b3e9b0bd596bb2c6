// `kplan import employees`: an employee register extract.

#include <map>

#include "importer_parts.hpp"
#include "kplan/app/indicator_sources.hpp"
#include "kplan/core/indicator_binding.hpp"
#include "kplan/io/register_reader.hpp"

namespace kplan::app::import_detail {

namespace {

// A row with only an SSYK code takes the name of the stored category with that code.
Status NameCategories(Store& store, std::vector<EmployeeRecord>& records) {
  Result<std::vector<store::OccupationalCategory>> categories = store.ListCategories();
  if (!categories.ok()) return categories.error();
  std::map<std::string, std::string> name_of_ssyk;
  for (const auto& cat : categories.value()) {
    if (!cat.ssyk.empty()) name_of_ssyk.emplace(cat.ssyk, cat.name);
  }
  for (EmployeeRecord& e : records) {
    if (!e.category.empty()) continue;
    auto it = name_of_ssyk.find(e.ssyk);
    e.category = it != name_of_ssyk.end() ? it->second : "SSYK " + e.ssyk;
  }
  return Ok();
}

// Writes the extract in one transaction; the outcome says whether it was new.
Status Save(const ImportContext& c, std::vector<EmployeeRecord> records, std::vector<NewOrgUnit> new_units,
            ImportReport& report) {
  const ImportRequest& request = c.request;
  store::RegisterExtract extract{c.scope.root.id, *request.snapshot, request.file_name, std::move(records),
                                 std::move(new_units), c.scope.root.code};
  Result<store::SnapshotWrite> written = c.store.SaveRegisterExtract(extract, request.replace, request.actor);
  if (!written.ok()) return written.error();
  switch (written.value()) {
    case store::SnapshotWrite::kCreated: report.outcome = ImportOutcome::kImported; break;
    case store::SnapshotWrite::kUnchanged: report.outcome = ImportOutcome::kUnchanged; break;
    case store::SnapshotWrite::kReplaced: report.outcome = ImportOutcome::kReplaced; break;
  }
  return Ok();
}

}  // namespace

Result<ImportReport> ImportEmployees(const ImportContext& c, const Stage& stage) {
  const ImportRequest& request = c.request;
  if (!request.snapshot) {
    return Error(ErrorCode::kInvalidInput,
                 "ange uttagsdatum för personalregistret med --snapshot ÅÅÅÅ-MM-DD",
                 "give the extract date of the register with --snapshot YYYY-MM-DD")
        .WithField("snapshot")
        .WithRule("snapshot_required");
  }
  io::EmployeeReadOptions options;
  options.extract_date = *request.snapshot;
  options.error_limit = request.error_limit;
  Result<std::vector<std::string>> levels = c.store.PlanLevels(c.scope.root.id, request.snapshot->year);
  if (!levels.ok()) return levels.error();
  options.level_names = levels.value();

  Result<io::EmployeeReadResult> read =
      io::ReadEmployees(c.source.table, c.source.decimal, c.overrides, options);
  if (!read.ok()) return read.error();
  io::EmployeeReadResult& employees = read.value();
  ImportReport report = StartReport(c.source, employees, employees.records.size());
  std::vector<NewOrgUnit> new_units = ResolveRegisterUnits(c, employees, report);
  if (report.error_count > 0) return report;
  if (Status s = NameCategories(c.store, employees.records); !s.ok()) return s.error();
  if (request.dry_run) {
    report.outcome = ImportOutcome::kValidated;
    return report;
  }
  // The rows are now records; give their memory back before the write.
  std::vector<io::TableRow>().swap(c.source.table.rows);
  c.source.table.text.reset();
  stage("sparar", "saving");
  if (Status s = Save(c, std::move(employees.records), std::move(new_units), report); !s.ok()) {
    return s.error();
  }
  // Indicators fed by the register follow the new extract.
  if (report.outcome != ImportOutcome::kUnchanged) {
    Result<int> refreshed = RefreshAllBoundOutcomes(c.store, request.actor);
    if (!refreshed.ok()) return refreshed.error();
    if (refreshed.value() > 0) {
      report.notes.push_back({std::to_string(refreshed.value()) + " utfall " + std::string(kComputedOutcomeLabel),
                              std::to_string(refreshed.value()) + " outcomes computed from the register"});
    }
  }
  return report;
}

}  // namespace kplan::app::import_detail
