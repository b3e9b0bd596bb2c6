#include "args.hpp"

#include <cstdlib>

namespace kplan::cli {

Result<Args> Args::Parse(const std::vector<std::string>& argv, const OptionSpec& spec) {
  Args args;
  for (std::size_t i = 0; i < argv.size(); ++i) {
    const std::string& a = argv[i];
    if (a.rfind("--", 0) != 0 || a == "--") {
      args.positional_.push_back(a);
      continue;
    }
    std::string name = a.substr(2);
    std::optional<std::string> inline_value;
    if (auto eq = name.find('='); eq != std::string::npos) {
      inline_value = name.substr(eq + 1);
      name = name.substr(0, eq);
    }
    if (spec.flags.count(name)) {
      if (inline_value) {
        return Error(ErrorCode::kInvalidInput, "flaggan --" + name + " tar inget värde",
                     "the flag --" + name + " takes no value");
      }
      args.flags_.insert(name);
    } else if (spec.with_value.count(name)) {
      if (inline_value) {
        args.values_[name] = *inline_value;
      } else if (i + 1 < argv.size()) {
        args.values_[name] = argv[++i];
      } else {
        return Error(ErrorCode::kInvalidInput, "--" + name + " saknar värde",
                     "--" + name + " needs a value");
      }
    } else {
      return Error(ErrorCode::kInvalidInput, "okänd flagga --" + name,
                   "unknown option --" + name)
          .WithHint("Se kplan --help.");
    }
  }
  return args;
}

std::optional<std::string> Args::Get(const std::string& name) const {
  auto it = values_.find(name);
  if (it == values_.end()) return std::nullopt;
  return it->second;
}

std::string Args::GetOr(const std::string& name, const std::string& fallback) const {
  return Get(name).value_or(fallback);
}

bool Args::Has(const std::string& name) const { return flags_.count(name) > 0; }

std::string DatabaseUrl(const Args& args) {
  if (auto db = args.Get("db")) return *db;
  if (const char* env = std::getenv("KPLAN_DB"); env && *env) return env;
  return "sqlite:var/kplan.db";
}

}  // namespace kplan::cli
