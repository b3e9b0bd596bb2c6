// kplan backup FILE / kplan restore FILE: SQLite online backup and restore.

#include <iostream>

#include "args.hpp"
#include "commands.hpp"
#include "kplan/store/backup.hpp"

namespace kplan::cli {
namespace {

int Run(const char* name, const Argv& argv, Status (*operation)(std::string_view, const std::string&),
        const char* done) {
  auto args = Args::Parse(argv, OptionSpec{{"db"}, {}});
  if (!args.ok() || args.value().positional().size() != 1) {
    std::cerr << "kplan " << name << ": "
              << (args.ok() ? std::string("ange en fil: kplan ") + name + " FIL [--db URL]"
                            : args.error().Describe())
              << "\n";
    return kExitBadInput;
  }
  const std::string& file = args.value().positional()[0];
  Status s = operation(DatabaseUrl(args.value()), file);
  if (!s.ok()) {
    std::cerr << "kplan " << name << ": " << s.error().Describe() << "\n";
    if (!s.error().hint().empty()) std::cerr << "  " << s.error().hint() << "\n";
    return ExitCodeFor(s.error());
  }
  std::cout << done << file << "\n";
  return kExitOk;
}

}  // namespace

int RunBackup(const Argv& argv) {
  return Run("backup", argv, store::BackupDatabase, "Säkerhetskopia skriven till ");
}

int RunRestore(const Argv& argv) {
  return Run("restore", argv, store::RestoreDatabase, "Databasen återställd från ");
}

}  // namespace kplan::cli
