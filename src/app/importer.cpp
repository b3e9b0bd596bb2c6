// Importing a file: read it (CSV or XLSX; a population file also PX or
// JSON-stat2), validate every row with the io
// readers, check units against the stored organisation, then write with one
// store call (one transaction).

#include "kplan/app/importer.hpp"

#include <map>
#include <set>

#include "importer_parts.hpp"
#include "kplan/core/org_tree.hpp"
#include "kplan/core/org_unit_code.hpp"
#include "kplan/io/csv.hpp"
#include "kplan/io/population_source.hpp"
#include "kplan/io/xlsx.hpp"

namespace kplan::app {

std::string_view ImportKindKey(ImportKind kind) {
  switch (kind) {
    case ImportKind::kEmployees: return "employees";
    case ImportKind::kInventory: return "inventory";
    case ImportKind::kPopulation: return "population";
    case ImportKind::kIndicators: return "indicators";
    case ImportKind::kActivities: return "activities";
    case ImportKind::kOrgUnits: return "org-units";
    case ImportKind::kKolada: return "kolada";
  }
  return "employees";
}

std::optional<ImportKind> ParseImportKind(std::string_view key) {
  for (ImportKind k : {ImportKind::kEmployees, ImportKind::kInventory, ImportKind::kPopulation,
                       ImportKind::kIndicators, ImportKind::kActivities, ImportKind::kOrgUnits,
                       ImportKind::kKolada}) {
    if (ImportKindKey(k) == key) return k;
  }
  return std::nullopt;
}

namespace import_detail {

bool LooksLikeXlsx(const ImportRequest& request) {
  // A zip archive (XLSX is one) starts with "PK\3\4"; trust the content over the name.
  return request.bytes.rfind(std::string("PK\x03\x04", 4), 0) == 0;
}

// A population file in any of SCB's formats (io/population_source.hpp).
Result<SourceFile> ReadPopulationFile(const ImportRequest& request) {
  Result<io::PopulationSource> read =
      io::ReadPopulationSource(request.bytes, request.file_name, request.sheet);
  if (!read.ok()) return read.error();
  SourceFile source;
  source.table = std::move(read.value().table);
  source.decimal = read.value().decimal;
  source.format = std::move(read.value().description);
  source.title = std::move(read.value().title);
  source.note_lines = read.value().note_lines;
  return source;
}

Result<SourceFile> ReadSource(const ImportRequest& request) {
  if (request.kind == ImportKind::kPopulation) return ReadPopulationFile(request);
  SourceFile source;
  if (LooksLikeXlsx(request)) {
    io::XlsxOptions options;
    options.sheet = request.sheet;
    Result<io::Table> table = io::ReadXlsx(request.bytes, request.file_name, options);
    if (!table.ok()) return table.error();
    source.table = std::move(table).value();
    source.decimal = io::DecimalMark::kPoint;  // XLSX numbers arrive with a point
    source.format = "XLSX, blad \"" + source.table.sheet + "\"";
    return source;
  }
  Result<io::CsvFile> csv = io::ReadCsv(request.bytes, request.file_name);
  if (!csv.ok()) return csv.error();
  source.decimal = csv.value().dialect.decimal;
  source.format = "CSV: " + io::DescribeDialect(csv.value().dialect);
  source.table = std::move(csv).value().table;
  return source;
}

// The unit --org names: its code, or else the name of exactly one unit.
const OrgUnit* FindScopeUnit(const OrgTree& tree, const std::string& org_code) {
  if (const OrgUnit* unit = tree.FindByCodeOrRoot(org_code)) return unit;
  const OrgUnit* named = nullptr;
  for (const OrgUnit& u : tree.Units()) {
    if (!SameOrgUnitName(u.name, org_code)) continue;
    if (named) return nullptr;
    named = &u;
  }
  return named;
}

// An empty organisation gets its root from the import: org-units always (from
// --org, or from the file), employees only with --create-units and --org.
bool MayStartOrganisation(const ImportRequest& request) {
  return request.kind == ImportKind::kOrgUnits ||
         (request.kind == ImportKind::kEmployees && request.create_units);
}

Result<OrgScope> ResolveScope(Store& store, const ImportRequest& request) {
  const std::string& org_code = request.org_code;
  Result<std::vector<OrgUnit>> units = store.ListOrgUnits();
  if (!units.ok()) return units.error();
  OrgScope scope;
  scope.all_units = units.value();
  const OrgTree tree(std::move(units).value());
  if (tree.Units().empty() && MayStartOrganisation(request)) {
    if (org_code.empty()) {
      if (request.kind == ImportKind::kOrgUnits) return scope;  // the file has the root
      return Error(ErrorCode::kInvalidInput,
                   "organisationen är tom: ange kommunen med --org NAMN, så skapas den som rot",
                   "the organisation is empty: name the municipality with --org NAME to create it as the root")
          .WithField("org")
          .WithRule("root_required")
          .WithHint("Eller importera enheterna först: kplan import org-units FIL");
    }
    scope.new_root = true;
    scope.root = OrgUnit{0, std::nullopt, OrgUnitKind::kKommun, org_code, DerivedOrgUnitCode("", org_code)};
    return scope;
  }
  const OrgUnit* root = FindScopeUnit(tree, org_code);
  if (!root) {
    if (org_code.empty()) {
      return Error(ErrorCode::kInvalidInput, "organisationen är tom: lägg upp enheterna först",
                   "the organisation is empty: add the units first")
          .WithHint("kplan import org-units FIL, eller kplan import employees FIL --create-units --org KOMMUN");
    }
    return Error(ErrorCode::kInvalidInput, "enheten \"" + org_code + "\" finns inte",
                 "the unit \"" + org_code + "\" does not exist")
        .WithField("org")
        .WithValue(org_code);
  }
  scope.root = *root;
  for (const OrgUnit* u : tree.Subtree(root->id)) {
    scope.codes.insert(u->code);
    scope.units.push_back(*u);
  }
  return scope;
}

Error AtCell(const io::Table& table, std::int64_t line, std::optional<std::size_t> column,
             const std::string& value, Error error) {
  SourceLocation at;
  at.file = table.file;
  at.sheet = table.sheet;
  at.row = line;
  if (column) {
    at.column = table.header[*column];
    if (!table.sheet.empty()) at.cell = io::ColumnLetters(*column) + std::to_string(line);
  }
  at.value = value;
  return error.WithLocation(at);
}

Error UnitOutsideScope(const io::Table& table, std::int64_t line, std::optional<std::size_t> column,
                       const std::string& code, const OrgScope& scope) {
  return AtCell(table, line, column, code,
                Error(ErrorCode::kInvalidInput, "enheten \"" + code + "\" finns inte i " + scope.root.name,
                      "the unit \"" + code + "\" is not part of " + scope.root.name)
                    .WithRule("unit_in_organisation")
                    .WithHint("Rätta enhetskoden, importera till en enhet högre upp med --org, lägg upp "
                              "enheten, eller skapa de nya enheterna med --create-units."));
}

void AnnounceUnitChanges(const ImportContext& c, std::vector<OrgUnitChange> changes, ImportReport& report) {
  report.unit_changes = std::move(changes);
  if (c.request.on_unit_changes) c.request.on_unit_changes(report.unit_changes);
}

void AddRowError(ImportReport& report, Error error, std::size_t limit) {
  ++report.error_count;
  if (report.errors.size() < limit) report.errors.push_back(std::move(error));
}

}  // namespace import_detail

Result<ImportColumns> ReadImportColumns(const ImportRequest& request) {
  if (request.kind == ImportKind::kKolada) {
    return Error(ErrorCode::kInvalidInput, "en Kolada-fil är JSON från Koladas API och har inga kolumner att koppla",
                 "a Kolada file is JSON from Kolada's API and has no columns to map")
        .WithField("kind")
        .WithValue("kolada")
        .WithRule("no_columns");
  }
  Result<import_detail::SourceFile> source = import_detail::ReadSource(request);
  if (!source.ok()) return source.error();
  const io::ColumnVocabulary* vocabulary = nullptr;
  switch (request.kind) {
    case ImportKind::kEmployees: vocabulary = &io::EmployeeColumns(); break;
    case ImportKind::kInventory: vocabulary = &io::InventoryColumns(); break;
    case ImportKind::kPopulation: vocabulary = &io::PopulationColumns(); break;
    case ImportKind::kIndicators: vocabulary = &io::IndicatorColumns(); break;
    case ImportKind::kActivities: vocabulary = &io::ActivityColumns(); break;
    case ImportKind::kOrgUnits: vocabulary = &io::OrgUnitColumns(); break;
    case ImportKind::kKolada: break;  // refused above
  }
  const io::Table& table = source.value().table;
  const io::ColumnMapping guess = io::GuessColumns(table, *vocabulary);
  ImportColumns out;
  out.headers = table.header;
  for (const io::FieldSpec& f : vocabulary->fields) {
    ImportField field{f.key, f.label_sv, f.label_en,
                      f.need == io::FieldNeed::kRequired ? "required"
                      : f.need == io::FieldNeed::kAnyOf  ? "any_of"
                                                         : "optional",
                      ""};
    if (auto index = guess.IndexOf(f.key)) field.header = table.header[*index];
    out.fields.push_back(std::move(field));
  }
  return out;
}

Result<ImportReport> ImportFile(store::Store& store, ImportRequest request,
                                const ImportProgress& progress) {
  using namespace import_detail;
  auto stage = [&](std::string_view sv, std::string_view en) {
    if (progress) progress(sv, en);
  };
  stage("läser filen", "reading the file");
  if (request.kind == ImportKind::kKolada) return ImportKolada(store, request, stage);  // JSON, for no unit
  Result<SourceFile> source = ReadSource(request);
  if (!source.ok()) return source.error();
  std::string().swap(request.bytes);

  io::ColumnOverrides overrides;
  if (!request.map_json.empty()) {
    Result<io::ColumnOverrides> parsed = io::ParseColumnOverrides(request.map_json, request.map_file);
    if (!parsed.ok()) return parsed.error();
    overrides = std::move(parsed).value();
  }
  Result<OrgScope> scope = ResolveScope(store, request);
  if (!scope.ok()) return scope.error();

  stage("kontrollerar raderna", "checking the rows");
  ImportContext context{store, request, source.value(), overrides, scope.value()};
  switch (request.kind) {
    case ImportKind::kEmployees: return ImportEmployees(context, stage);
    case ImportKind::kInventory: return ImportInventory(context, stage);
    case ImportKind::kPopulation: return ImportPopulation(context, stage);
    case ImportKind::kIndicators: return ImportIndicators(context, stage);
    case ImportKind::kActivities: return ImportActivities(context, stage);
    case ImportKind::kOrgUnits: return ImportOrgUnits(context, stage);
    case ImportKind::kKolada: break;  // above
  }
  return Error(ErrorCode::kInternal, "okänd importtyp", "unknown import kind");
}

}  // namespace kplan::app
