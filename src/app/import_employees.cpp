// `kplan import employees`: an employee register extract.

#include <algorithm>
#include <map>
#include <optional>

#include "importer_parts.hpp"
#include "kplan/app/indicator_sources.hpp"
#include "kplan/core/indicator_binding.hpp"
#include "kplan/io/pseudonymise.hpp"
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

// --pseudonymise: the table rewritten with the database's key (a new one,
// stored with the extract, on the first such import); `new_key` is that new key.
Result<io::PseudonymiseResult> Pseudonymise(const ImportContext& c, io::ColumnOverrides& overrides,
                                            std::string& new_key) {
  Result<std::optional<std::string>> stored = c.store.PseudonymKey();
  if (!stored.ok()) return stored.error();
  if (!stored.value()) new_key = io::NewPseudonymKey();
  const std::string& key = stored.value() ? *stored.value() : new_key;
  return io::PseudonymiseRegister(c.source.table, overrides, key, *c.request.snapshot,
                                  c.request.error_limit);
}

// What --pseudonymise did, for the report.
ImportNote PseudonymNote(const io::PseudonymiseResult& p) {
  std::string sv = "personnumren ersattes med pseudonymer", en = "the personnummer were replaced by pseudonyms";
  if (!p.dropped.empty()) {
    std::string list;
    for (const std::string& h : p.dropped) list += (list.empty() ? "\"" : ", \"") + h + "\"";
    sv += "; kolumnerna " + list + " togs bort";
    en += "; the columns " + list + " were dropped";
  }
  if (p.birth_year_derived || p.gender_derived) {
    const std::string what_sv = p.birth_year_derived && p.gender_derived ? "födelseår och kön"
                                : p.birth_year_derived                  ? "födelseår"
                                                                        : "kön";
    const std::string what_en = p.birth_year_derived && p.gender_derived ? "birth year and gender"
                                : p.birth_year_derived                  ? "birth year"
                                                                        : "gender";
    sv += "; " + what_sv + " togs från personnumret";
    en += "; " + what_en + " taken from the personnummer";
  }
  return ImportNote{sv, en};
}

// Writes the extract in one transaction; the outcome says whether it was new.
Status Save(const ImportContext& c, std::vector<EmployeeRecord> records, std::vector<NewOrgUnit> new_units,
            std::string new_key, ImportReport& report) {
  const ImportRequest& request = c.request;
  store::RegisterExtract extract{c.scope.root.id, *request.snapshot, request.file_name, std::move(records),
                                 std::move(new_units), c.scope.root.code, std::move(new_key)};
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

  io::ColumnOverrides overrides = c.overrides;
  std::string new_key;
  std::optional<io::PseudonymiseResult> pseudonymised;
  const std::size_t rows = c.source.table.rows.size();
  if (request.pseudonymise) {
    Result<io::PseudonymiseResult> p = Pseudonymise(c, overrides, new_key);
    if (!p.ok()) return p.error();
    pseudonymised = std::move(p).value();
  }
  Result<io::EmployeeReadResult> read =
      io::ReadEmployees(c.source.table, c.source.decimal, overrides, options);
  if (!read.ok()) return read.error();
  io::EmployeeReadResult& employees = read.value();
  ImportReport report = StartReport(c.source, employees, employees.records.size());
  report.rows = rows;
  if (pseudonymised) {
    // The personnummer errors (their rows were left out of the table) first, in row order.
    report.error_count += pseudonymised->error_count;
    report.errors.insert(report.errors.begin(), pseudonymised->errors.begin(), pseudonymised->errors.end());
    std::stable_sort(report.errors.begin(), report.errors.end(), [](const Error& a, const Error& b) {
      return a.location().row < b.location().row;
    });
    if (report.errors.size() > request.error_limit) {
      report.errors.erase(report.errors.begin() + static_cast<std::ptrdiff_t>(request.error_limit),
                          report.errors.end());
    }
    report.notes.push_back(PseudonymNote(*pseudonymised));
  }
  if (employees.merged_rows > 0) {
    const std::string n = std::to_string(employees.merged_rows);
    report.notes.push_back(ImportNote{
        n + " anställningsrader slogs ihop med en tidigare rad för samma person (flera anställningar: "
            "sysselsättningsgraden summerad, yrke och enhet från den största anställningen)",
        n + " employment rows were merged into an earlier row of the same person (several "
            "employments: FTE summed, occupation and unit from the largest employment)"});
  }
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
  if (Status s = Save(c, std::move(employees.records), std::move(new_units), std::move(new_key), report);
      !s.ok()) {
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
