// kplan import KIND FILE: reads, validates every row, and imports in one
// transaction, or reports every bad row and changes nothing (exit 2).

#include <fstream>
#include <iostream>
#include <sstream>

#include "args.hpp"
#include "commands.hpp"
#include "kplan/core/org_unit_changes.hpp"
#include "kplan/core/plan_year.hpp"
#include "kplan/core/swedish_text.hpp"
#include "kplan/io/row_errors.hpp"
#include "kplan/app/importer.hpp"
#include "open_store.hpp"

namespace kplan::cli {
namespace {

Result<std::string> ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Error(ErrorCode::kInvalidInput, "filen kan inte läsas", "the file cannot be read")
        .WithFile(path);
  }
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

std::string OutcomeText(app::ImportOutcome outcome, Language lang) {
  const bool sv = lang == Language::kSwedish;
  switch (outcome) {
    case app::ImportOutcome::kRejected: return sv ? "inget importerades" : "nothing was imported";
    case app::ImportOutcome::kValidated: return sv ? "provkörning: filen är korrekt, inget sparades" : "dry run: the file is valid, nothing was saved";
    case app::ImportOutcome::kImported: return sv ? "importerad" : "imported";
    case app::ImportOutcome::kUnchanged: return sv ? "oförändrad: samma innehåll fanns redan" : "unchanged: the same content was already stored";
    case app::ImportOutcome::kReplaced: return sv ? "ersatte det tidigare uttaget" : "replaced the earlier extract";
  }
  return "";
}

void PrintErrors(const app::ImportReport& report, std::size_t error_limit, Language lang) {
  const bool sv = lang == Language::kSwedish;
  std::cout << "\n" << (sv ? "Fel (" : "Errors (") << report.error_count << "):\n";
  for (const Error& e : report.errors) {
    std::cout << "  " << e.Describe(lang);
    if (!e.hint().empty()) std::cout << " – " << e.hint();
    std::cout << "\n";
  }
  std::string omitted = io::DescribeOmittedErrors(report.errors.size(), report.error_count, error_limit, lang);
  if (!omitted.empty()) std::cout << "  " << omitted << "\n";
}

// "SOF Social- och omsorgsförvaltningen (förvaltning, under LK)"
std::string UnitLine(const std::string& code, const std::string& name, OrgUnitKind kind,
                     const std::string& parent, bool sv) {
  std::string line = code + "  " + name + " (" + (sv ? ToLowerSwedish(OrgUnitKindLabel(kind)) : std::string(OrgUnitKindKey(kind)));
  if (!parent.empty()) line += (sv ? ", under " : ", below ") + parent;
  return line + ")";
}

// The units an import creates or changes, before anything is written.
void PrintUnitChanges(const std::vector<OrgUnitChange>& changes, bool dry_run, Language lang) {
  if (changes.empty()) return;
  const bool sv = lang == Language::kSwedish;
  std::cout << (dry_run ? (sv ? "Enheter som skulle skapas eller ändras (" : "Units that would be created or changed (")
                        : (sv ? "Enheter som skapas eller ändras (" : "Units to be created or changed ("))
            << changes.size() << "):\n";
  for (const OrgUnitChange& c : changes) {
    const bool create = c.action == OrgUnitAction::kCreate;
    std::cout << "  " << (create ? (sv ? "ny     " : "new    ") : (sv ? "ändras " : "changes ")) << UnitLine(c.code, c.name, c.kind, c.parent_code, sv);
    if (!create) std::cout << (sv ? "  – var: " : "  – was: ") << c.old_name << (c.old_parent_code.empty() ? "" : (sv ? ", under " : ", below ") + c.old_parent_code);
    std::cout << "\n";
  }
  std::cout << std::flush;
}

// What was read and what became of it; exit 2 when a row was wrong.
int PrintReport(const app::ImportReport& report, const std::string& file_name, std::size_t error_limit,
                Language lang) {
  const bool sv = lang == Language::kSwedish;
  std::cout << (sv ? "Fil: " : "File: ") << file_name << "\n"
            << (sv ? "Format: " : "Format: ") << report.format << "\n"
            << (sv ? "Kolumner: " : "Columns: ") << report.columns << "\n"
            << (sv ? "Rader i filen: " : "Rows in the file: ") << report.rows << "\n";
  for (const app::ImportNote& note : report.notes) {
    std::cout << (sv ? "Anmärkning: " : "Note: ") << (sv ? note.sv : note.en) << "\n";
  }
  if (report.error_count > 0) {
    PrintErrors(report, error_limit, lang);
    std::cout << "\n" << OutcomeText(report.outcome, lang) << "\n";
    return kExitBadInput;
  }
  std::cout << (sv ? "Resultat: " : "Result: ") << OutcomeText(report.outcome, lang) << "\n";
  return kExitOk;
}

// The request the options describe, with the file (and the column map) read.
Result<app::ImportRequest> RequestFrom(const Args& a) {
  app::ImportRequest request;
  auto kind = app::ParseImportKind(a.positional()[0]);
  if (!kind) {
    return Error(ErrorCode::kInvalidInput, "okänd importtyp \"" + a.positional()[0] + "\"",
                 "unknown import kind \"" + a.positional()[0] + "\"")
        .WithHint("employees, inventory, population, indicators, activities, org-units eller kolada");
  }
  request.kind = *kind;
  request.file_name = a.positional()[1];
  auto bytes = ReadWholeFile(request.file_name);
  if (!bytes.ok()) return bytes.error();
  request.bytes = std::move(bytes).value();
  request.org_code = a.GetOr("org", "");
  request.sheet = a.GetOr("sheet", "");
  request.dry_run = a.Has("dry-run");
  request.replace = a.Has("replace");
  request.create_units = a.Has("create-units");
  if (request.create_units && request.kind != app::ImportKind::kEmployees) {
    return Error(ErrorCode::kInvalidInput, "--create-units gäller bara employees",
                 "--create-units is for employees only")
        .WithField("create-units");
  }
  request.pseudonymise = a.Has("pseudonymise");
  if (request.pseudonymise && request.kind != app::ImportKind::kEmployees) {
    return Error(ErrorCode::kInvalidInput, "--pseudonymise gäller bara employees",
                 "--pseudonymise is for employees only")
        .WithField("pseudonymise");
  }
  const bool dry_run = request.dry_run;
  const Language lang = a.language();
  request.on_unit_changes = [dry_run, lang](const std::vector<OrgUnitChange>& changes) {
    PrintUnitChanges(changes, dry_run, lang);
  };
  request.actor = "cli";
  if (auto date = a.Get("snapshot")) {
    request.snapshot = ParseIsoDate(*date);
    if (!request.snapshot) {
      return Error(ErrorCode::kInvalidInput, "--snapshot \"" + *date + "\" är inte ett datum ÅÅÅÅ-MM-DD",
                   "--snapshot \"" + *date + "\" is not a date YYYY-MM-DD");
    }
  }
  if (auto year = a.Number("year")) request.year = static_cast<int>(*year);
  if (auto limit = a.Number("max-errors")) request.error_limit = static_cast<std::size_t>(*limit);
  if (auto map = a.Get("map")) {
    auto text = ReadWholeFile(*map);
    if (!text.ok()) return text.error();
    request.map_json = text.value();
    request.map_file = *map;
  }
  return request;
}

int RunImport(const Args& a) {
  if (a.positional().size() != 2) {
    std::cerr << "kplan import: ange typ och fil\nAnvändning: kplan " << UsageLine(ImportCommand()) << "\n";
    return kExitBadInput;
  }
  const Language lang = a.language();
  const bool sv = lang == Language::kSwedish;
  auto fail = [&](const Error& e) {
    std::cerr << "kplan import: " << e.Describe(lang) << "\n";
    if (!e.hint().empty()) std::cerr << "  " << (sv ? "Förslag: " : "Suggestion: ") << e.hint() << "\n";
    return ExitCodeFor(e);
  };
  Result<app::ImportRequest> request = RequestFrom(a);
  if (!request.ok()) return fail(request.error());
  const std::string file_name = request.value().file_name;
  const std::size_t error_limit = request.value().error_limit;
  auto opened = OpenMigratedStore(DatabaseUrl(a));
  if (!opened.ok()) return ExitCodeFor(opened.error());
  auto progress = [&](std::string_view stage_sv, std::string_view stage_en) {
    std::cerr << "kplan import: " << (sv ? stage_sv : stage_en) << " ..." << std::endl;
  };
  Result<app::ImportReport> result =
      app::ImportFile(*opened.value(), std::move(request).value(), progress);
  if (!result.ok()) return fail(result.error());
  return PrintReport(result.value(), file_name, error_limit, lang);
}

}  // namespace

const CommandSpec& ImportCommand() {
  static const CommandSpec spec{
      "import", "employees|inventory|population|indicators|activities|org-units|kolada FIL",
      "läser in en CSV- eller XLSX-fil (kolada: ett JSON-svar från Koladas API); kontrollerar alla rader först, sparar allt eller inget",
      {Text("org", "ENHET", "enheten filen gäller (kod eller namn); i en tom databas kommunen som skapas"),
       Text("snapshot", "DATUM", "registeruttagets datum ÅÅÅÅ-MM-DD (employees)"),
       WholeNumber("year", "ÅR", "planåret (inventory, activities)", kPlanYearMin, kPlanYearMax),
       Text("sheet", "BLAD", "bladet i en XLSX-fil (annars det första)"),
       Text("map", "FIL", "JSON-fil som kopplar filens kolumnrubriker till fälten"),
       Flag("dry-run", "kontrollerar filen men sparar inget"),
       Flag("replace", "ersätter ett tidigare uttag med samma datum"),
       Flag("create-units", "skapar enheterna registret nämner som inte finns (employees)"),
       Flag("pseudonymise",
            "tar bort namnkolumnerna och ersätter personnumren med databasens pseudonymer; födelseår "
            "och kön tas från personnumret om filen saknar dem (employees)"),
       WholeNumber("max-errors", "N", "visar högst så många fel (100)", 0, 1'000'000), LanguageOption(),
       DatabaseOption()},
      RunImport};
  return spec;
}

}  // namespace kplan::cli
