#pragma once
// A reorganisation as a file states it (`kplan import org-units`, and the
// units `kplan import employees --create-units` adds): which units to create
// and which stored units change name, parent or kind. A stored unit is known
// by its code; renamed or moved it keeps its id, and with it everything
// recorded for it (register extracts, plans, goals), so trends survive a
// reorganisation. Units are never deleted here.
//
// Rules, with their keys (every error names the entry: WithRow(index + 1),
// WithField "code" | "name" | "parent" | "kind", WithValue, WithRule):
//   required, max_length   code (when given) and name, as Validate(NewOrgUnit)
//   duplicate_code  two entries with one code (for derived codes: one name
//                   twice under one parent)
//   unknown_parent  the parent names no unit of the file or the store
//   ambiguous_parent  the parent is given by a name that several units have
//   two_roots       more than one unit without a parent in the result
//   cycle           a unit would lie below itself
//   kind_order      a unit whose kind is not below its parent's (MayContain)
// All entries are checked; nothing is applied when one is wrong.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kplan/core/error.hpp"
#include "kplan/core/org_unit.hpp"

namespace kplan {

// One unit as a file names it.
struct OrgUnitEntry {
  // Empty: the stored unit of that name directly below the parent, else
  // derived from the parent's code and the name (org_unit_code.hpp).
  std::string code;
  std::string name;
  // The parent by code or name (a code first; a name must be one unit's);
  // empty with no parent_entry: the plan's top unit.
  std::string parent;
  // Or the parent is an earlier entry (an org-units file's level columns).
  std::optional<std::size_t> parent_entry;
  // Empty: a stored unit keeps its kind; a new root is a kommun, a new unit
  // with units below it in the file the kind after its parent's, any other
  // an enhet.
  std::optional<OrgUnitKind> kind;
};

enum class OrgUnitAction { kCreate, kUpdate, kSame };

// "create", "update", "same": the keys of the report and the API.
std::string_view OrgUnitActionKey(OrgUnitAction action);

struct OrgUnitChange {
  OrgUnitAction action = OrgUnitAction::kCreate;
  std::string code;
  std::string name;
  std::string parent_code;  // empty: the root
  OrgUnitKind kind = OrgUnitKind::kEnhet;
  // kUpdate, kSame: the unit as stored.
  std::string old_name;
  std::string old_parent_code;
  OrgUnitKind old_kind = OrgUnitKind::kEnhet;
};

struct OrgUnitPlan {
  std::vector<OrgUnitChange> changes;  // one per entry, in entry order
  std::vector<Error> errors;           // all broken rules, in entry order

  bool ok() const { return errors.empty(); }
};

// Plans the entries against the stored units. `top_code`: the unit entries
// without a parent go under; empty: such an entry is a root (the one root of
// an empty organisation, or the stored root by its code).
OrgUnitPlan PlanOrgUnitChanges(const std::vector<OrgUnit>& existing,
                               const std::vector<OrgUnitEntry>& entries,
                               std::string_view top_code);

// The rules of the resulting tree (duplicate_code, unknown_parent, two_roots,
// cycle, kind_order) and each change's own (required, max_length), for a set
// of changes (row = change index + 1). The planner ends with it; the store
// runs it again inside its write.
std::vector<Error> CheckOrgUnitChanges(const std::vector<OrgUnit>& existing,
                                       const std::vector<OrgUnitChange>& changes);

// The indices of the kCreate changes, every parent before its children.
std::vector<std::size_t> CreationOrder(const std::vector<OrgUnitChange>& changes);

}  // namespace kplan
