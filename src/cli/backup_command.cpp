// kplan backup FILE / kplan restore FILE: SQLite online backup and restore.

#include <iostream>

#include "args.hpp"
#include "commands.hpp"
#include "kplan/store/backup.hpp"

namespace kplan::cli {
namespace {

int Run(const char* name, const Args& args, Status (*operation)(std::string_view, const std::string&),
        const char* done) {
  if (args.positional().size() != 1) {
    std::cerr << "kplan " << name << ": ange en fil: kplan " << name << " FIL [--db URL]\n";
    return kExitBadInput;
  }
  const std::string& file = args.positional()[0];
  Status s = operation(DatabaseUrl(args), file);
  if (!s.ok()) {
    std::cerr << "kplan " << name << ": " << s.error().Describe() << "\n";
    if (!s.error().hint().empty()) std::cerr << "  " << s.error().hint() << "\n";
    return ExitCodeFor(s.error());
  }
  std::cout << done << file << "\n";
  return kExitOk;
}

int RunBackup(const Args& args) {
  return Run("backup", args, store::BackupDatabase, "Säkerhetskopia skriven till ");
}

int RunRestore(const Args& args) {
  return Run("restore", args, store::RestoreDatabase, "Databasen återställd från ");
}

}  // namespace

const CommandSpec& BackupCommand() {
  static const CommandSpec spec{"backup", "FIL",
                                "säkerhetskopierar SQLite-databasen medan den används (PostgreSQL: pg_dump)",
                                {DatabaseOption()}, RunBackup};
  return spec;
}

const CommandSpec& RestoreCommand() {
  static const CommandSpec spec{"restore", "FIL", "återställer SQLite-databasen från en säkerhetskopia",
                                {DatabaseOption()}, RunRestore};
  return spec;
}

}  // namespace kplan::cli
