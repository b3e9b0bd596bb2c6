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
  auto store = OpenMigratedStore(DatabaseUrl(args.value()));
  if (!store) return kExitFailure;
  std::cout << "Schemaversion " << store->SchemaVersion().value() << " ("
            << store::BackendName(store->backend()) << ")\n";
  return kExitOk;
}

}  // namespace kplan::cli
