#include "args.hpp"

#include <algorithm>
#include <cstdlib>

#include "kplan/core/whole_number.hpp"
#include "kplan/version.hpp"

namespace kplan::cli {

OptionDecl Flag(std::string name, std::string help) {
  return OptionDecl{.name = std::move(name), .help = std::move(help)};
}

OptionDecl Text(std::string name, std::string value_name, std::string help) {
  return OptionDecl{.name = std::move(name), .value_name = std::move(value_name), .help = std::move(help)};
}

OptionDecl Required(OptionDecl option) {
  option.required = true;
  return option;
}

OptionDecl WholeNumber(std::string name, std::string value_name, std::string help, std::int64_t min,
                       std::int64_t max) {
  OptionDecl option = Text(std::move(name), std::move(value_name), std::move(help));
  option.whole_number = true;
  option.min = min;
  option.max = max;
  return option;
}

OptionDecl DatabaseOption() { return Text("db", "URL", "databasen (annars KPLAN_DB eller sqlite:var/kplan.db)"); }

OptionDecl LanguageOption() { return Text("lang", "sv|en", "språket i meddelandena (sv)"); }

namespace {

const OptionDecl* Find(const std::vector<OptionDecl>& options, const std::string& name) {
  auto it = std::find_if(options.begin(), options.end(), [&](const OptionDecl& o) { return o.name == name; });
  return it == options.end() ? nullptr : &*it;
}

}  // namespace

Result<Args> Args::Parse(const std::vector<std::string>& argv, const std::vector<OptionDecl>& options) {
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
    const OptionDecl* option = Find(options, name);
    if (!option) {
      return Error(ErrorCode::kInvalidInput, "okänd flagga --" + name, "unknown option --" + name)
          .WithHint("Se kplan --help.");
    }
    if (option->is_flag()) {
      if (inline_value) {
        return Error(ErrorCode::kInvalidInput, "flaggan --" + name + " tar inget värde",
                     "the flag --" + name + " takes no value");
      }
      args.flags_.insert(name);
      continue;
    }
    if (!inline_value && i + 1 >= argv.size()) {
      return Error(ErrorCode::kInvalidInput, "--" + name + " saknar värde", "--" + name + " needs a value");
    }
    const std::string value = inline_value ? *inline_value : argv[++i];
    if (option->whole_number) {
      Result<std::int64_t> number = ParseWholeNumber(value, "--" + name, {option->min, option->max});
      if (!number.ok()) return number.error();
      args.numbers_[name] = number.value();
    }
    args.values_[name] = value;
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

std::optional<std::int64_t> Args::Number(const std::string& name) const {
  auto it = numbers_.find(name);
  if (it == numbers_.end()) return std::nullopt;
  return it->second;
}

bool Args::Has(const std::string& name) const { return flags_.count(name) > 0; }

Language Args::language() const { return GetOr("lang", "sv") == "en" ? Language::kEnglish : Language::kSwedish; }

std::string UsageLine(const CommandSpec& command) {
  std::string line = command.name;
  if (!command.operands.empty()) line += " " + command.operands;
  for (const OptionDecl& o : command.options) {
    const std::string text = "--" + o.name + (o.is_flag() ? "" : " " + o.value_name);
    line += o.required ? " " + text : " [" + text + "]";
  }
  return line;
}

std::string CommandHelp(const CommandSpec& command) {
  std::string out = "Användning: kplan " + UsageLine(command) + "\n  " + command.summary + "\n";
  if (!command.options.empty()) out += "\nFlaggor:\n";
  for (const OptionDecl& o : command.options) {
    std::string left = "  --" + o.name + (o.is_flag() ? "" : " " + o.value_name);
    // Padded by characters, not bytes, so that "ÅR" lines up with "FIL".
    const auto characters = std::count_if(left.begin(), left.end(), [](char c) { return (c & 0xC0) != 0x80; });
    if (characters < 28) left.append(static_cast<std::size_t>(28 - characters), ' ');
    out += left + " " + o.help;
    if (o.whole_number) out += " (heltal " + std::to_string(o.min) + "–" + std::to_string(o.max) + ")";
    out += "\n";
  }
  return out;
}

std::string GlobalHelp(const std::vector<const CommandSpec*>& commands) {
  std::string out = std::string("Kompetensplan ") + kVersion +
                    " – planering av kompetensförsörjning för kommuner och regioner\n\n"
                    "Användning: kplan KOMMANDO [FLAGGOR]\n\nKommandon:\n";
  for (const CommandSpec* c : commands) out += "  " + UsageLine(*c) + "\n      " + c->summary + "\n";
  out +=
      "\nAllmänt:\n"
      "  --help       visar denna hjälp (kplan KOMMANDO --help: kommandots flaggor)\n"
      "  --version    visar versionen\n\n"
      "Databas: --db URL eller miljövariabeln KPLAN_DB; URL är sqlite:SÖKVÄG\n"
      "(standard sqlite:var/kplan.db) eller postgresql://användare@värd:port/databas.\n"
      "Felkoder: 0 klart, 1 fel under körning, 2 felaktig indata.\n";
  return out;
}

std::string DatabaseUrl(const Args& args) {
  if (auto db = args.Get("db")) return *db;
  if (const char* env = std::getenv("KPLAN_DB"); env && *env) return env;
  return "sqlite:var/kplan.db";
}

}  // namespace kplan::cli
