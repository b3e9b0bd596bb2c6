#include "commands.hpp"

#include <iostream>

namespace kplan::cli {

std::vector<const CommandSpec*> AllCommands() {
  return {&ServeCommand(),   &DemoCommand(),   &DemoDataCommand(), &MigrateCommand(),
          &ImportCommand(),  &FiguresCommand(), &ReportCommand(),  &BackupCommand(),
          &RestoreCommand(), &UserCommand(),    &AnalyzeCommand(), &ProjectCommand()};
}

int RunCommand(const CommandSpec& command, const Argv& argv) {
  Result<Args> args = Args::Parse(argv, command.options);
  if (!args.ok()) {
    std::cerr << "kplan " << command.name << ": " << args.error().message() << "\n"
              << "Användning: kplan " << UsageLine(command) << "\n";
    return kExitBadInput;
  }
  return command.run(args.value());
}

}  // namespace kplan::cli
