#pragma once
// The sub-commands of kplan. Each lives in its own file (<name>_command.cpp),
// takes the arguments after its name, and returns the process exit code:
// 0 success, 1 failure at run time, 2 bad input or usage.

#include <string>
#include <vector>

#include "kplan/core/error.hpp"

namespace kplan::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitBadInput = 2;

// Bad input (exit 2) or a failure at run time (exit 1).
inline int ExitCodeFor(const Error& error) {
  return error.code() == ErrorCode::kInvalidInput ? kExitBadInput : kExitFailure;
}

using Argv = std::vector<std::string>;

int RunServe(const Argv& argv);
int RunDemo(const Argv& argv);
int RunDemoData(const Argv& argv);
int RunMigrate(const Argv& argv);
int RunAnalyze(const Argv& argv);
int RunImport(const Argv& argv);
int RunFigures(const Argv& argv);
int RunBackup(const Argv& argv);
int RunRestore(const Argv& argv);
int RunUser(const Argv& argv);
int RunReport(const Argv& argv);
int RunProject(const Argv& argv);

}  // namespace kplan::cli
