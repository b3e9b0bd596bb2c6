#include "unit_lookup.hpp"

namespace kplan::app::detail {

Result<OrgTree> LoadOrgTree(store::Store& store) {
  Result<std::vector<OrgUnit>> units = store.ListOrgUnits();
  if (!units.ok()) return units.error();
  return OrgTree(std::move(units).value());
}

Result<OrgUnit> FindOrgUnit(const OrgTree& tree, const std::string& code) {
  if (const OrgUnit* unit = tree.FindByCodeOrRoot(code)) return *unit;
  if (code.empty()) return Error(ErrorCode::kNotFound, "organisationen är tom", "the organisation is empty");
  return Error(ErrorCode::kNotFound, "enheten \"" + code + "\" finns inte",
               "the unit \"" + code + "\" does not exist")
      .WithValue(code)
      .WithField("org");
}

}  // namespace kplan::app::detail
