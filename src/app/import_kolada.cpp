// `kplan import kolada FILE`: a Kolada API answer (v2 or v3), every value
// checked, then written in one transaction (store's SaveKoladaValues).

#include <map>

#include "importer_parts.hpp"
#include "kplan/io/kolada_reader.hpp"

namespace kplan::app::import_detail {

Result<ImportReport> ImportKolada(Store& store, const ImportRequest& request, const Stage& stage) {
  Result<io::KoladaReadResult> read = io::ReadKolada(request.bytes, request.file_name, request.error_limit);
  if (!read.ok()) return read.error();
  io::KoladaReadResult& r = read.value();
  ImportReport report;
  report.format = "Kolada API " + r.version + " (JSON)";
  report.columns = "kpi, municipality, period, values[].gender, values[].value";
  report.rows = r.values.size() + r.error_count;
  report.records = r.values.size();
  report.errors = r.errors;
  report.error_count = r.error_count;
  if (report.error_count > 0) return report;
  std::map<std::string, int> per_kpi;
  std::map<std::string, int> municipalities;
  for (const KoladaValue& v : r.values) {
    ++per_kpi[v.kpi];
    ++municipalities[v.municipality];
  }
  for (const auto& [kpi, n] : per_kpi) {
    const KoladaKpi* k = FindKoladaKpi(kpi);
    report.notes.push_back({kpi + " " + std::string(k ? k->name : "") + ": " + std::to_string(n) + " värden",
                            kpi + ": " + std::to_string(n) + " values"});
  }
  report.notes.push_back({std::to_string(municipalities.size()) + " kommuner" +
                              (municipalities.count(std::string(kRiketCode)) ? " (med riket)" : ""),
                          std::to_string(municipalities.size()) + " municipalities"});
  if (r.more_pages) {
    report.notes.push_back(
        {"svaret är en sida av flera: hämta också nästa sida (next_page/next_url i filen) och importera den",
         "the answer is one page of several: fetch the next page too (next_page/next_url in the file) and import it"});
  }
  if (request.dry_run) {
    report.outcome = ImportOutcome::kValidated;
    return report;
  }
  stage("sparar", "saving");
  Result<int> saved = store.SaveKoladaValues(r.values, request.actor);
  if (!saved.ok()) return saved.error();
  report.outcome = ImportOutcome::kImported;
  return report;
}

}  // namespace kplan::app::import_detail
