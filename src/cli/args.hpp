#pragma once
// A small command-line parser for kplan's sub-commands: positional arguments
// plus "--name value", "--name=value" and boolean "--flag" options.
// Unknown options are an error naming the option, so typos never pass silently.

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "kplan/core/error.hpp"

namespace kplan::cli {

struct OptionSpec {
  std::set<std::string> with_value;  // e.g. {"db", "port"}
  std::set<std::string> flags;       // e.g. {"dry-run"}
};

class Args {
 public:
  static Result<Args> Parse(const std::vector<std::string>& argv, const OptionSpec& spec);

  const std::vector<std::string>& positional() const { return positional_; }
  std::optional<std::string> Get(const std::string& name) const;
  std::string GetOr(const std::string& name, const std::string& fallback) const;
  bool Has(const std::string& name) const;

 private:
  std::vector<std::string> positional_;
  std::map<std::string, std::string> values_;
  std::set<std::string> flags_;
};

// The database URL: --db, else $KPLAN_DB, else sqlite:var/kplan.db.
std::string DatabaseUrl(const Args& args);

}  // namespace kplan::cli
