#pragma once
// The organisation tree in the store: the units every other record hangs on
// (one role of kplan::store::Store; store.hpp states what all roles share).

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kplan/core/error.hpp"
#include "kplan/core/org_unit.hpp"
#include "kplan/core/org_unit_changes.hpp"

namespace kplan::store {

class OrganisationStore {
 public:
  virtual ~OrganisationStore() = default;

  // Organisation tree. AddOrgUnits validates the whole batch
  // (ValidateNewOrgUnits) and stores all of it or nothing.
  virtual Result<int> AddOrgUnits(const std::vector<NewOrgUnit>& units,
                                  std::string_view actor) = 0;
  // A reorganisation (core/org_unit_changes.hpp, `kplan import org-units`):
  // creates the kCreate changes, parents first, and updates the kUpdate ones
  // (name, parent, kind) in place — the id stays, and with it every record of
  // the unit (register extracts, plans, goals) — in one transaction with one
  // audit entry; kSame changes are skipped. CheckOrgUnitChanges first, against
  // the units stored at the time: its first error refuses all. Returns the
  // number of units created or changed.
  virtual Result<int> ApplyOrgUnitChanges(const std::vector<OrgUnitChange>& changes,
                                          std::string_view actor) = 0;
  virtual Result<std::vector<OrgUnit>> ListOrgUnits() = 0;
  // The unit and everything below it, parents before children.
  virtual Result<std::vector<OrgUnit>> Subtree(std::int64_t unit_id) = 0;
};

}  // namespace kplan::store
