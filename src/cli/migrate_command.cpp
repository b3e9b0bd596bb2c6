// kplan migrate: brings the database schema to the latest version.

#include <iostream>

#include "args.hpp"
#include "commands.hpp"
#include "open_store.hpp"

namespace kplan::cli {

int RunMigrate(const Argv& argv) {
  auto args = Args::Parse(argv, OptionSpec{{"db"}, {}});
  if (!args.ok()) {
    std::cerr << "kplan migrate: " << args.error().Describe() << "\n";
    return kExitBadInput;
  }
  auto opened = OpenMigratedStore(DatabaseUrl(args.value()));
  if (!opened.ok()) return ExitCodeFor(opened.error());
  auto store = std::move(opened).value();
  std::cout << "Schemaversion " << store->SchemaVersion().value() << " ("
            << store::BackendName(store->backend()) << ")\n";
  return kExitOk;
}

}  // namespace kplan::cli
