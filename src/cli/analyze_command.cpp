// Placeholder until the core issue lands: `kplan analyze` is implemented there.
#include <iostream>

#include "commands.hpp"

namespace kplan::cli {

int RunAnalyze(const Argv&) {
  std::cerr << "kplan analyze: inte implementerat ännu\n";
  return kExitFailure;
}

}  // namespace kplan::cli
