// kplan demo: creates the demo municipality (Exempelby kommun, about 6,000
// employees, see demo_data.hpp) in the database if it is empty, then serves
// it (unless --no-serve).

#include <iostream>

#include "args.hpp"
#include "commands.hpp"
#include "demo_data.hpp"
#include "open_store.hpp"
#include "serve_options.hpp"

namespace kplan::cli {

int RunDemo(const Argv& argv) {
  OptionSpec spec = ServeOptionSpec();
  spec.flags.insert("no-serve");
  auto args = Args::Parse(argv, spec);
  if (!args.ok()) {
    std::cerr << "kplan demo: " << args.error().Describe() << "\n";
    return kExitBadInput;
  }
  auto options = ServerOptionsFrom(args.value());
  if (!options.ok()) {
    std::cerr << "kplan demo: " << options.error().Describe() << "\n";
    return kExitBadInput;
  }
  auto opened = OpenMigratedStore(DatabaseUrl(args.value()));
  if (!opened.ok()) return ExitCodeFor(opened.error());
  auto store = std::move(opened).value();

  auto units = store->ListOrgUnits();
  if (!units.ok()) {
    std::cerr << "kplan demo: " << units.error().Describe() << "\n";
    return kExitFailure;
  }
  if (units.value().empty()) {
    if (Status created = CreateDemo(DemoOptions{}, *store, std::cout); !created.ok()) {
      std::cerr << "kplan demo: demodata kunde inte skrivas: " << created.error().Describe()
                << "\n";
      return kExitFailure;
    }
  } else {
    std::cout << "Databasen har redan data (" << units.value().size()
              << " organisationsenheter); demodata läggs inte till\n";
  }
  if (args.value().Has("no-serve")) return kExitOk;
  return ServeUntilSignal(*store, options.value());
}

}  // namespace kplan::cli
