// kplan demo: creates the demo municipality (Exempelby kommun, about 6,000
// employees, see demo_data.hpp) in the database if it is empty, then serves
// it (unless --no-serve).

#include <iostream>

#include "args.hpp"
#include "commands.hpp"
#include "demo_data.hpp"
#include "demo_examples.hpp"
#include "open_store.hpp"
#include "serve_options.hpp"

namespace kplan::cli {

namespace {

int RunDemo(const Args& args) {
  auto options = ServerOptionsFrom(args);
  if (!options.ok()) {
    std::cerr << "kplan demo: " << options.error().Describe() << "\n";
    return kExitBadInput;
  }
  auto opened = OpenMigratedStore(DatabaseUrl(args));
  if (!opened.ok()) return ExitCodeFor(opened.error());
  auto store = std::move(opened).value();

  auto units = store->ListOrgUnits();
  if (!units.ok()) {
    std::cerr << "kplan demo: " << units.error().Describe() << "\n";
    return kExitFailure;
  }
  if (units.value().empty()) {
    Status created = Ok();
    if (auto key = args.Get("example")) {
      auto example = ExampleNamed(*key);
      if (!example.ok()) {
        std::cerr << "kplan demo: " << example.error().Describe() << "\n";
        return kExitBadInput;
      }
      created = CreateExample(example.value(), *store, std::cout);
    } else {
      created = CreateDemo(DemoOptionsFrom(args), *store, std::cout);
    }
    if (!created.ok()) {
      std::cerr << "kplan demo: demodata kunde inte skrivas: " << created.error().Describe()
                << "\n";
      return kExitFailure;
    }
  } else {
    std::cout << "Databasen har redan data (" << units.value().size()
              << " organisationsenheter); demodata läggs inte till\n";
  }
  if (args.Has("no-serve")) return kExitOk;
  return ServeUntilSignal(*store, options.value());
}

std::vector<OptionDecl> DemoCommandOptions() {
  std::vector<OptionDecl> options = ServeOptions();
  options.push_back(Flag("no-serve", "skapar bara demodatabasen, startar inte servern"));
  options.push_back(DemoYearOption());
  options.push_back(Text("example", "NAMN",
                         "en tom databas får en exempelplan formad som en seed-plan i stället för "
                         "Exempelby: " + ExampleKeyList()));
  return options;
}

}  // namespace

const CommandSpec& DemoCommand() {
  static const CommandSpec spec{"demo", "", "skapar en demodatabas om den saknas och startar servern",
                                DemoCommandOptions(), RunDemo};
  return spec;
}

}  // namespace kplan::cli
