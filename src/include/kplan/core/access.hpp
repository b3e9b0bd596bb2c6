#pragma once
// Who may do what: the roles of Kompetensplan and what each may read and
// change, per module. Where a role is tied to a unit, the organisation subtree
// check (is the record's unit at or below the user's unit?) is made by the
// caller, which knows the tree; this file only states the rules.
//
//   admin   everything, including users
//   hr      HR strategist: reads and writes every planning module and the
//           organisation tree for the whole organisation (or the subtree of
//           its unit, when it has one); not users, and reads the audit log
//   chef    manager: reads the plan of its own unit's subtree; writes the
//           inventory (kartläggning), risks and activities there
//   läsare  reads the plan of its unit's subtree (the whole organisation when
//           it has no unit); writes nothing

#include <optional>
#include <string_view>

namespace kplan {

enum class Role { kAdmin, kHr, kChef, kReader };

std::string_view RoleKey(Role role);    // "admin", "hr", "chef", "lasare"
std::string_view RoleLabel(Role role);  // "Administratör", "HR-strateg", "Chef", "Läsare"
// Accepts the key, "läsare" and "reader", ignoring ASCII case.
std::optional<Role> ParseRole(std::string_view text);

// The parts of the application access is decided on.
enum class Module {
  kOrganisation,  // organisation tree
  kCategories,    // occupational categories, competence scales, plan years
  kRegister,      // employee register snapshots and key figures (nuläge)
  kInventory,     // kartläggning
  kNeed,          // need parameters, analysis, goals, texts
  kRisks,
  kActivities,
  kFollowUp,      // goals, indicators and outcomes
  kProjection,
  kSuccession,
  kImports,
  kUsers,
  kAudit,
  kReports,
};

enum class Operation { kRead, kWrite };

// Whether the role may perform the operation on the module at all. A chef
// additionally needs the record inside its own subtree; so does a unit-bound
// hr or läsare. A role without a unit (admin; hr or läsare with none) has the
// whole organisation.
bool Allows(Role role, Module module, Operation operation);

// Whether a role must be tied to a unit (chef must; the others may).
bool RequiresUnit(Role role);

}  // namespace kplan
