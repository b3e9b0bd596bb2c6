// kplan: the Kompetensplan command. Dispatches to one sub-command per file;
// the help is made from the commands' own declarations (commands.hpp).

#include <iostream>
#include <string>
#include <vector>

#include "commands.hpp"
#include "kplan/version.hpp"

int main(int argc, char** argv) {
  using namespace kplan::cli;
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    std::cout << GlobalHelp(AllCommands());
    return args.empty() ? kExitBadInput : kExitOk;
  }
  if (args[0] == "--version" || args[0] == "-V") {
    std::cout << "kplan " << kplan::kVersion << "\n";
    return kExitOk;
  }
  for (const CommandSpec* c : AllCommands()) {
    if (args[0] == c->name) {
      std::vector<std::string> rest(args.begin() + 1, args.end());
      if (!rest.empty() && (rest[0] == "--help" || rest[0] == "-h")) {
        std::cout << CommandHelp(*c);
        return kExitOk;
      }
      return RunCommand(*c, rest);
    }
  }
  std::cerr << "kplan: okänt kommando \"" << args[0] << "\" (se kplan --help)\n";
  return kExitBadInput;
}
