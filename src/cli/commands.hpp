#pragma once
// The sub-commands of kplan. Each lives in its own file (<name>_command.cpp)
// and declares itself once, as a CommandSpec (args.hpp): its operands, its
// options and its summary. main.cpp parses the options from that declaration
// and runs the command with them; the command returns the process exit code:
// 0 success, 1 failure at run time, 2 bad input or usage.

#include <string>
#include <vector>

#include "args.hpp"
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

const CommandSpec& ServeCommand();
const CommandSpec& DemoCommand();
const CommandSpec& DemoDataCommand();
const CommandSpec& MigrateCommand();
const CommandSpec& ImportCommand();
const CommandSpec& FiguresCommand();
const CommandSpec& ReportCommand();
const CommandSpec& BackupCommand();
const CommandSpec& RestoreCommand();
const CommandSpec& UserCommand();
const CommandSpec& AnalyzeCommand();
const CommandSpec& ProjectCommand();

// Every command, in the order of `kplan --help`.
std::vector<const CommandSpec*> AllCommands();

// Parses `argv` with the command's declared options and runs it; an option
// error is printed as "kplan NAME: …" and exits 2.
int RunCommand(const CommandSpec& command, const Argv& argv);

}  // namespace kplan::cli
