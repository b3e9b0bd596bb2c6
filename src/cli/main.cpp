// kplan: the Kompetensplan command. Dispatches to one sub-command per file.

#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "commands.hpp"
#include "kplan/version.hpp"

namespace {

struct Command {
  std::string_view name;
  std::string_view usage;
  std::string_view summary;  // Swedish, as the rest of the user-facing text
  int (*run)(const kplan::cli::Argv&);
};

constexpr Command kCommands[] = {
    {"serve", "serve [--db URL] [--host ADDR] [--port N] [--web DIR] [--max-body-bytes N] [--session-idle-seconds N]",
     "startar webbservern (API och webbappen)", kplan::cli::RunServe},
    {"demo", "demo [--db URL] [--host ADDR] [--port N] [--no-serve]",
     "skapar en demodatabas om den saknas och startar servern", kplan::cli::RunDemo},
    {"demo-data", "demo-data [--db URL] [--employees N] [--seed S]",
     "skriver demokommunen Exempelby kommun till en tom databas", kplan::cli::RunDemoData},
    {"migrate", "migrate [--db URL]", "för databasens schema till senaste version",
     kplan::cli::RunMigrate},
    {"import",
     "import employees|inventory|population|indicators|activities FIL [--org ENHET] [--snapshot DATUM] [--year ÅR] [--sheet BLAD] [--map FIL] [--dry-run] [--replace] [--lang en]",
     "läser in en CSV- eller XLSX-fil; kontrollerar alla rader först, sparar allt eller inget",
     kplan::cli::RunImport},
    {"figures",
     "figures [--org ENHET] [--snapshot DATUM] [--by category|unit] [--pension-age N] [--format json|text]",
     "nyckeltal för nuläget ur personalregistret (jämfört med föregående uttag)",
     kplan::cli::RunFigures},
    {"report", "report --year ÅR --out FIL [--org ENHET] [--format html|pdf|xlsx|docx] [--pension-age N] [--db URL]",
     "kompetensförsörjningsplanen som dokument; sammanställning när förvaltningar under enheten har egna planer",
     kplan::cli::RunReport},
    {"backup", "backup FIL [--db URL]",
     "säkerhetskopierar SQLite-databasen medan den används (PostgreSQL: pg_dump)",
     kplan::cli::RunBackup},
    {"restore", "restore FIL [--db URL]", "återställer SQLite-databasen från en säkerhetskopia",
     kplan::cli::RunRestore},
    {"user",
     "user add NAMN --role admin|hr|chef|lasare [--org ENHET] --password-stdin | user passwd NAMN --password-stdin | user list",
     "hanterar användare; lösenordet läses från standard in och sparas som Argon2id-hash",
     kplan::cli::RunUser},
    {"analyze", "analyze --input FIL.json|- [--format json|text] [--lang sv|en]",
     "beräknar behov, kompetensgap, mål, förändring, risker och uppföljning",
     kplan::cli::RunAnalyze},
    {"project",
     "project [--org ENHET] [--years T] [--runs N] [--seed S] [--scenario FIL] [--input FIL] [--threads N] [--format json|text] [--quiet]",
     "personalprognos med osäkerhet: pensioneringar, avgångar och rekryteringsbehov (P10, P50, P90) per år, kategori och scenario",
     kplan::cli::RunProject},
};

void PrintHelp(std::ostream& out) {
  out << "Kompetensplan " << kplan::kVersion
      << " – planering av kompetensförsörjning för kommuner och regioner\n\n"
         "Användning: kplan KOMMANDO [FLAGGOR]\n\nKommandon:\n";
  for (const Command& c : kCommands) {
    out << "  " << c.usage << "\n      " << c.summary << "\n";
  }
  out << "\nAllmänt:\n"
         "  --help       visar denna hjälp\n"
         "  --version    visar versionen\n\n"
         "Databas: --db URL eller miljövariabeln KPLAN_DB; URL är sqlite:SÖKVÄG\n"
         "(standard sqlite:var/kplan.db) eller postgresql://användare@värd:port/databas.\n"
         "Felkoder: 0 klart, 1 fel under körning, 2 felaktig indata.\n";
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    PrintHelp(std::cout);
    return args.empty() ? kplan::cli::kExitBadInput : kplan::cli::kExitOk;
  }
  if (args[0] == "--version" || args[0] == "-V") {
    std::cout << "kplan " << kplan::kVersion << "\n";
    return kplan::cli::kExitOk;
  }
  for (const Command& c : kCommands) {
    if (args[0] == c.name) {
      std::vector<std::string> rest(args.begin() + 1, args.end());
      if (!rest.empty() && (rest[0] == "--help" || rest[0] == "-h")) {
        std::cout << "Användning: kplan " << c.usage << "\n  " << c.summary << "\n";
        return kplan::cli::kExitOk;
      }
      return c.run(rest);
    }
  }
  std::cerr << "kplan: okänt kommando \"" << args[0] << "\" (se kplan --help)\n";
  return kplan::cli::kExitBadInput;
}
