// kplan migrate: brings the database schema to the latest version.

#include <iostream>

#include "args.hpp"
#include "commands.hpp"
#include "open_store.hpp"

namespace kplan::cli {

namespace {

int RunMigrate(const Args& args) {
  auto opened = OpenMigratedStore(DatabaseUrl(args));
  if (!opened.ok()) return ExitCodeFor(opened.error());
  auto store = std::move(opened).value();
  std::cout << "Schemaversion " << store->SchemaVersion().value() << " ("
            << store::BackendName(store->backend()) << ")\n";
  return kExitOk;
}

}  // namespace

const CommandSpec& MigrateCommand() {
  static const CommandSpec spec{"migrate", "", "för databasens schema till senaste version", {DatabaseOption()},
                                RunMigrate};
  return spec;
}

}  // namespace kplan::cli
