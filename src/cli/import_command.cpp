// kplan import KIND FILE: reads, validates every row, and imports in one
// transaction, or reports every bad row and changes nothing (exit 2).

#include <fstream>
#include <iostream>
#include <sstream>

#include "args.hpp"
#include "commands.hpp"
#include "kplan/io/row_errors.hpp"
#include "kplan/app/importer.hpp"
#include "open_store.hpp"

namespace kplan::cli {
namespace {

const char* kUsage =
    "kplan import employees|inventory|population|indicators|activities FIL [--org ENHET]\n"
    "       [--snapshot ÅÅÅÅ-MM-DD] [--year ÅÅÅÅ] [--sheet BLAD] [--map FIL] [--dry-run]\n"
    "       [--replace] [--max-errors N] [--lang sv|en] [--db URL]";

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

}  // namespace

int RunImport(const Argv& argv) {
  auto parsed = Args::Parse(argv, OptionSpec{{"db", "org", "snapshot", "year", "sheet", "map", "max-errors", "lang"},
                                             {"dry-run", "replace"}});
  if (!parsed.ok() || parsed.value().positional().size() != 2) {
    std::cerr << "kplan import: " << (parsed.ok() ? "ange typ och fil" : parsed.error().Describe())
              << "\nAnvändning: " << kUsage << "\n";
    return kExitBadInput;
  }
  const Args& a = parsed.value();
  const Language lang = a.GetOr("lang", "sv") == "en" ? Language::kEnglish : Language::kSwedish;
  const bool sv = lang == Language::kSwedish;
  auto fail = [&](const Error& e) {
    std::cerr << "kplan import: " << e.Describe(lang) << "\n";
    if (!e.hint().empty()) std::cerr << "  " << (sv ? "Förslag: " : "Suggestion: ") << e.hint() << "\n";
    return ExitCodeFor(e);
  };

  app::ImportRequest request;
  auto kind = app::ParseImportKind(a.positional()[0]);
  if (!kind) {
    return fail(Error(ErrorCode::kInvalidInput, "okänd importtyp \"" + a.positional()[0] + "\"",
                      "unknown import kind \"" + a.positional()[0] + "\"")
                    .WithHint("employees, inventory, population, indicators eller activities"));
  }
  request.kind = *kind;
  request.file_name = a.positional()[1];
  const std::string file_name = request.file_name;
  auto bytes = ReadWholeFile(request.file_name);
  if (!bytes.ok()) return fail(bytes.error());
  request.bytes = std::move(bytes).value();
  request.org_code = a.GetOr("org", "");
  request.sheet = a.GetOr("sheet", "");
  request.dry_run = a.Has("dry-run");
  request.replace = a.Has("replace");
  request.actor = "cli";
  if (auto date = a.Get("snapshot")) {
    request.snapshot = ParseIsoDate(*date);
    if (!request.snapshot) {
      return fail(Error(ErrorCode::kInvalidInput, "--snapshot \"" + *date + "\" är inte ett datum ÅÅÅÅ-MM-DD",
                        "--snapshot \"" + *date + "\" is not a date YYYY-MM-DD"));
    }
  }
  auto whole_number = [&](const std::string& name, const std::string& text) -> Result<int> {
    try {
      std::size_t used = 0;
      int v = std::stoi(text, &used);
      if (used == text.size() && v >= 0) return v;
    } catch (const std::exception&) {
    }
    return Error(ErrorCode::kInvalidInput, "--" + name + " \"" + text + "\" är inte ett heltal",
                 "--" + name + " \"" + text + "\" is not a whole number");
  };
  if (auto year = a.Get("year")) {
    auto y = whole_number("year", *year);
    if (!y.ok()) return fail(y.error());
    request.year = y.value();
  }
  if (auto limit = a.Get("max-errors")) {
    auto n = whole_number("max-errors", *limit);
    if (!n.ok()) return fail(n.error());
    request.error_limit = static_cast<std::size_t>(n.value());
  }
  if (auto map = a.Get("map")) {
    auto text = ReadWholeFile(*map);
    if (!text.ok()) return fail(text.error());
    request.map_json = text.value();
    request.map_file = *map;
  }

  const std::size_t error_limit = request.error_limit;
  auto opened = OpenMigratedStore(DatabaseUrl(a));
  if (!opened.ok()) return ExitCodeFor(opened.error());
  auto progress = [&](std::string_view stage_sv, std::string_view stage_en) {
    std::cerr << "kplan import: " << (sv ? stage_sv : stage_en) << " ..." << std::endl;
  };
  Result<app::ImportReport> result = app::ImportFile(*opened.value(), std::move(request), progress);
  if (!result.ok()) return fail(result.error());
  const app::ImportReport& report = result.value();

  std::cout << (sv ? "Fil: " : "File: ") << file_name << "\n"
            << (sv ? "Format: " : "Format: ") << report.format << "\n"
            << (sv ? "Kolumner: " : "Columns: ") << report.columns << "\n"
            << (sv ? "Rader i filen: " : "Rows in the file: ") << report.rows << "\n";
  if (report.error_count > 0) {
    std::cout << "\n" << (sv ? "Fel (" : "Errors (") << report.error_count << "):\n";
    for (const Error& e : report.errors) {
      std::cout << "  " << e.Describe(lang);
      if (!e.hint().empty()) std::cout << " – " << e.hint();
      std::cout << "\n";
    }
    std::string omitted = io::DescribeOmittedErrors(report.errors.size(), report.error_count,
                                                    error_limit, lang);
    if (!omitted.empty()) std::cout << "  " << omitted << "\n";
    std::cout << "\n" << OutcomeText(report.outcome, lang) << "\n";
    return kExitBadInput;
  }
  std::cout << (sv ? "Resultat: " : "Result: ") << OutcomeText(report.outcome, lang) << "\n";
  return kExitOk;
}

}  // namespace kplan::cli
