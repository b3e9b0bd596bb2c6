#pragma once
// Private to the app layer: the organisation tree from the store and the unit
// a request names, with the one error every use case gives for a unit that
// is not there.

#include <string>

#include "kplan/core/error.hpp"
#include "kplan/core/org_tree.hpp"
#include "kplan/store/store.hpp"

namespace kplan::app::detail {

Result<OrgTree> LoadOrgTree(store::Store& store);

// The unit with the code, or the root when the code is empty. kNotFound
// ("organisationen är tom", or "enheten … finns inte" naming the field "org").
Result<OrgUnit> FindOrgUnit(const OrgTree& tree, const std::string& code);

}  // namespace kplan::app::detail
