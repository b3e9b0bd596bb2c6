#pragma once
// The organisation tree in the store: the units every other record hangs on
// (one role of kplan::store::Store; store.hpp states what all roles share).

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kplan/core/error.hpp"
#include "kplan/core/org_unit.hpp"

namespace kplan::store {

class OrganisationStore {
 public:
  virtual ~OrganisationStore() = default;

  // Organisation tree. AddOrgUnits validates the whole batch
  // (ValidateNewOrgUnits) and stores all of it or nothing.
  virtual Result<int> AddOrgUnits(const std::vector<NewOrgUnit>& units,
                                  std::string_view actor) = 0;
  virtual Result<std::vector<OrgUnit>> ListOrgUnits() = 0;
  // The unit and everything below it, parents before children.
  virtual Result<std::vector<OrgUnit>> Subtree(std::int64_t unit_id) = 0;
};

}  // namespace kplan::store
