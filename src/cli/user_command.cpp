// kplan user add NAME --role ROLE [--org UNIT] --password-stdin
// kplan user passwd NAME --password-stdin
// kplan user list
// The password is read from standard input (one line), never from the command
// line where other users of the machine could see it in the process list.

#include <iostream>
#include <string>

#include "kplan/server/password.hpp"
#include "args.hpp"
#include "commands.hpp"
#include "open_store.hpp"

namespace kplan::cli {
namespace {

const char* kUsage =
    "kplan user add NAMN --role admin|hr|chef|lasare [--org ENHET] --password-stdin [--db URL]\n"
    "       kplan user passwd NAMN --password-stdin [--db URL]\n"
    "       kplan user list [--db URL]";

int Fail(const Error& e) {
  std::cerr << "kplan user: " << e.Describe() << "\n";
  return ExitCodeFor(e);
}

Result<std::string> PasswordFromStdin(const Args& args) {
  if (!args.Has("password-stdin")) {
    return Error(ErrorCode::kInvalidInput, "ange --password-stdin och skriv lösenordet på standard in",
                 "give --password-stdin and the password on standard input");
  }
  std::string password;
  std::getline(std::cin, password);
  if (!password.empty() && password.back() == '\r') password.pop_back();
  if (Status s = server::CheckNewPassword(password); !s.ok()) return s.error();
  return password;
}

int List(store::Store& store) {
  auto users = store.ListUsers();
  if (!users.ok()) return Fail(users.error());
  for (const store::User& u : users.value()) {
    std::cout << u.name << "\t" << RoleKey(u.role) << "\t" << (u.unit_code.empty() ? "-" : u.unit_code)
              << (u.disabled ? "\tavstängd" : "") << "\n";
  }
  return kExitOk;
}

int Add(store::Store& store, const Args& args) {
  store::User user;
  user.name = args.positional()[1];
  auto role = ParseRole(args.GetOr("role", ""));
  if (!role) {
    return Fail(Error(ErrorCode::kInvalidInput, "--role ska vara admin, hr, chef eller lasare",
                      "--role must be admin, hr, chef or lasare"));
  }
  user.role = *role;
  user.unit_code = args.GetOr("org", "");
  if (RequiresUnit(user.role) && user.unit_code.empty()) {
    return Fail(Error(ErrorCode::kInvalidInput, "en chef behöver --org ENHET", "a chef needs --org UNIT"));
  }
  auto password = PasswordFromStdin(args);
  if (!password.ok()) return Fail(password.error());
  auto hash = server::HashPassword(password.value());
  if (!hash.ok()) return Fail(hash.error());
  auto added = store.AddUser(user, hash.value(), "system");
  if (!added.ok()) return Fail(added.error());
  std::cout << "Användaren " << added.value().name << " (" << RoleLabel(added.value().role) << ") är tillagd\n";
  return kExitOk;
}

int Passwd(store::Store& store, const Args& args) {
  auto password = PasswordFromStdin(args);
  if (!password.ok()) return Fail(password.error());
  auto hash = server::HashPassword(password.value());
  if (!hash.ok()) return Fail(hash.error());
  if (Status s = store.SetPasswordHash(args.positional()[1], hash.value(), "system"); !s.ok()) return Fail(s.error());
  std::cout << "Lösenordet för " << args.positional()[1] << " är bytt\n";
  return kExitOk;
}

int RunUser(const Args& args) {
  const auto& pos = args.positional();
  const std::string action = pos.empty() ? "" : pos[0];
  const bool named = action == "add" || action == "passwd";
  if (!(named && pos.size() == 2) && !(action == "list" && pos.size() == 1)) {
    std::cerr << "Användning: " << kUsage << "\n";
    return kExitBadInput;
  }
  auto opened = OpenMigratedStore(DatabaseUrl(args));
  if (!opened.ok()) return ExitCodeFor(opened.error());
  store::Store& store = *opened.value();
  if (action == "list") return List(store);
  if (action == "add") return Add(store, args);
  return Passwd(store, args);
}

}  // namespace

const CommandSpec& UserCommand() {
  static const CommandSpec spec{
      "user", "add|passwd|list [NAMN]",
      "hanterar användare; lösenordet läses från standard in och sparas som Argon2id-hash",
      {Text("role", "admin|hr|chef|lasare", "rollen (user add)"),
       Text("org", "ENHET", "enheten en chef ansvarar för (user add)"),
       Flag("password-stdin", "läser lösenordet från standard in (user add, user passwd)"), DatabaseOption()},
      RunUser};
  return spec;
}

}  // namespace kplan::cli
