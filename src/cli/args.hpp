#pragma once
// The options of kplan's sub-commands, declared once per command. From the
// declarations come the parsing (positional arguments plus "--name value",
// "--name=value" and "--flag"; whole numbers read by core's one parser and
// checked against their range) and the help text, `kplan --help` and
// `kplan KOMMANDO --help`, so that an option cannot exist without being listed.
// Unknown options are an error naming the option, so typos never pass silently.

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "kplan/core/error.hpp"

namespace kplan::cli {

struct OptionDecl {
  std::string name;        // without "--": "year"
  std::string value_name;  // "ÅR" in the help; empty for a flag (takes no value)
  std::string help;        // one line, Swedish
  bool whole_number = false;
  std::int64_t min = 0;  // the range of a whole number
  std::int64_t max = 0;
  bool required = false;  // written without brackets in the usage line

  bool is_flag() const { return value_name.empty(); }
};

OptionDecl Flag(std::string name, std::string help);
OptionDecl Text(std::string name, std::string value_name, std::string help);
OptionDecl WholeNumber(std::string name, std::string value_name, std::string help, std::int64_t min,
                       std::int64_t max);
// The option, written without brackets in the usage line (the command checks it is given).
OptionDecl Required(OptionDecl option);
// --db URL, which every command that opens the database takes.
OptionDecl DatabaseOption();
// --lang sv|en: the language of messages.
OptionDecl LanguageOption();

class Args {
 public:
  // Refuses an option that is not declared, a flag given a value, a missing
  // value, and a whole number that is not one or lies outside its range.
  static Result<Args> Parse(const std::vector<std::string>& argv, const std::vector<OptionDecl>& options);

  const std::vector<std::string>& positional() const { return positional_; }
  std::optional<std::string> Get(const std::string& name) const;
  std::string GetOr(const std::string& name, const std::string& fallback) const;
  // A declared whole-number option, already checked, when given.
  std::optional<std::int64_t> Number(const std::string& name) const;
  bool Has(const std::string& name) const;
  // sv unless --lang en.
  Language language() const;

 private:
  std::vector<std::string> positional_;
  std::map<std::string, std::string> values_;
  std::map<std::string, std::int64_t> numbers_;
  std::set<std::string> flags_;
};

// A sub-command: what it is called, what it takes, and what runs it.
struct CommandSpec {
  std::string name;      // "import"
  std::string operands;  // positional arguments in the usage line: "employees|… FIL"
  std::string summary;   // one line, Swedish
  std::vector<OptionDecl> options;
  int (*run)(const Args& args) = nullptr;
};

// "import employees|… FIL [--org ENHET] [--dry-run] …"
std::string UsageLine(const CommandSpec& command);
// `kplan import --help`: the usage line, the summary and one line per option.
std::string CommandHelp(const CommandSpec& command);
// `kplan --help`: every command's usage line and summary, and the general notes.
std::string GlobalHelp(const std::vector<const CommandSpec*>& commands);

// The database URL: --db, else $KPLAN_DB, else sqlite:var/kplan.db.
std::string DatabaseUrl(const Args& args);

}  // namespace kplan::cli
