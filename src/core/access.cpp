#include "kplan/core/access.hpp"

#include <string>

namespace kplan {
namespace {

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace

std::string_view RoleKey(Role role) {
  switch (role) {
    case Role::kAdmin: return "admin";
    case Role::kHr: return "hr";
    case Role::kChef: return "chef";
    case Role::kReader: return "lasare";
  }
  return "lasare";
}

std::string_view RoleLabel(Role role) {
  switch (role) {
    case Role::kAdmin: return "Administratör";
    case Role::kHr: return "HR-strateg";
    case Role::kChef: return "Chef";
    case Role::kReader: return "Läsare";
  }
  return "Läsare";
}

std::optional<Role> ParseRole(std::string_view text) {
  std::string key = Lower(text);
  if (key == "admin") return Role::kAdmin;
  if (key == "hr") return Role::kHr;
  if (key == "chef") return Role::kChef;
  // Only ASCII is lower-cased: "LÄSARE" becomes "lÄsare".
  if (key == "lasare" || key == "läsare" || key == "l\xc3\x84sare" || key == "reader") {
    return Role::kReader;
  }
  return std::nullopt;
}

bool Allows(Role role, Module module, Operation operation) {
  if (role == Role::kAdmin) return true;
  if (operation == Operation::kRead) {
    // Users and the audit log are the administrator's; hr reads the audit log
    // of its organisation, as it answers for the plan's changes.
    if (module == Module::kUsers) return false;
    if (module == Module::kAudit) return role == Role::kHr;
    if (module == Module::kImports) return role == Role::kHr;
    return true;
  }
  switch (role) {
    case Role::kHr:
      return module != Module::kUsers && module != Module::kAudit;
    case Role::kChef:
      return module == Module::kInventory || module == Module::kRisks ||
             module == Module::kActivities;
    default:
      return false;
  }
}

bool RequiresUnit(Role role) { return role == Role::kChef; }

}  // namespace kplan
