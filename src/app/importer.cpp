// Importing a file: read it (CSV or XLSX), validate every row with the io
// readers, check units against the stored organisation, then write with one
// store call (one transaction).

#include "kplan/app/importer.hpp"

#include <map>
#include <set>

#include "importer_parts.hpp"
#include "kplan/core/org_tree.hpp"
#include "kplan/io/csv.hpp"
#include "kplan/io/xlsx.hpp"

namespace kplan::app {

std::string_view ImportKindKey(ImportKind kind) {
  switch (kind) {
    case ImportKind::kEmployees: return "employees";
    case ImportKind::kInventory: return "inventory";
    case ImportKind::kPopulation: return "population";
    case ImportKind::kIndicators: return "indicators";
    case ImportKind::kActivities: return "activities";
  }
  return "employees";
}

std::optional<ImportKind> ParseImportKind(std::string_view key) {
  for (ImportKind k : {ImportKind::kEmployees, ImportKind::kInventory, ImportKind::kPopulation,
                       ImportKind::kIndicators, ImportKind::kActivities}) {
    if (ImportKindKey(k) == key) return k;
  }
  return std::nullopt;
}

namespace import_detail {

bool LooksLikeXlsx(const ImportRequest& request) {
  // A zip archive (XLSX is one) starts with "PK\3\4"; trust the content over the name.
  return request.bytes.rfind(std::string("PK\x03\x04", 4), 0) == 0;
}

Result<SourceFile> ReadSource(const ImportRequest& request) {
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

Result<OrgScope> ResolveScope(Store& store, const std::string& org_code) {
  Result<std::vector<OrgUnit>> units = store.ListOrgUnits();
  if (!units.ok()) return units.error();
  const OrgTree tree(std::move(units).value());
  const OrgUnit* root = tree.FindByCodeOrRoot(org_code);
  if (!root) {
    if (org_code.empty()) {
      return Error(ErrorCode::kInvalidInput, "organisationen är tom: lägg upp enheterna först",
                   "the organisation is empty: add the units first");
    }
    return Error(ErrorCode::kInvalidInput, "enheten \"" + org_code + "\" finns inte",
                 "the unit \"" + org_code + "\" does not exist")
        .WithField("org")
        .WithValue(org_code);
  }
  OrgScope scope;
  scope.root = *root;
  for (const OrgUnit* u : tree.Subtree(root->id)) scope.codes.insert(u->code);
  return scope;
}

Error UnitOutsideScope(const io::Table& table, std::int64_t line, std::optional<std::size_t> column,
                       const std::string& code, const OrgScope& scope) {
  SourceLocation at;
  at.file = table.file;
  at.sheet = table.sheet;
  at.row = line;
  if (column) {
    at.column = table.header[*column];
    if (!table.sheet.empty()) at.cell = io::ColumnLetters(*column) + std::to_string(line);
  }
  at.value = code;
  return Error(ErrorCode::kInvalidInput,
               "enheten \"" + code + "\" finns inte i " + scope.root.name,
               "the unit \"" + code + "\" is not part of " + scope.root.name)
      .WithLocation(at)
      .WithRule("unit_in_organisation")
      .WithHint("Rätta enhetskoden, importera till en enhet högre upp med --org, eller lägg upp enheten.");
}

void AddRowError(ImportReport& report, Error error, std::size_t limit) {
  ++report.error_count;
  if (report.errors.size() < limit) report.errors.push_back(std::move(error));
}

}  // namespace import_detail

Result<ImportReport> ImportFile(store::Store& store, ImportRequest request,
                                const ImportProgress& progress) {
  using namespace import_detail;
  auto stage = [&](std::string_view sv, std::string_view en) {
    if (progress) progress(sv, en);
  };
  stage("läser filen", "reading the file");
  Result<SourceFile> source = ReadSource(request);
  if (!source.ok()) return source.error();
  std::string().swap(request.bytes);

  io::ColumnOverrides overrides;
  if (!request.map_json.empty()) {
    Result<io::ColumnOverrides> parsed = io::ParseColumnOverrides(request.map_json, request.map_file);
    if (!parsed.ok()) return parsed.error();
    overrides = std::move(parsed).value();
  }
  Result<OrgScope> scope = ResolveScope(store, request.org_code);
  if (!scope.ok()) return scope.error();

  stage("kontrollerar raderna", "checking the rows");
  ImportContext context{store, request, source.value(), overrides, scope.value()};
  switch (request.kind) {
    case ImportKind::kEmployees: return ImportEmployees(context, stage);
    case ImportKind::kInventory: return ImportInventory(context, stage);
    case ImportKind::kPopulation: return ImportPopulation(context, stage);
    case ImportKind::kIndicators: return ImportIndicators(context, stage);
    case ImportKind::kActivities: return ImportActivities(context, stage);
  }
  return Error(ErrorCode::kInternal, "okänd importtyp", "unknown import kind");
}

}  // namespace kplan::app
