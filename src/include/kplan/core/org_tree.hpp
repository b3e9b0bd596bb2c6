#pragma once
// The organisation as a tree, built once from the list of units (as the store
// lists them), so that every layer asks the same questions the same way: which
// unit has this code, which is the root, which units lie above or below a unit.
//
// Units are kept in the order of the list given (the store's: by id, parents
// before children); every list returned keeps that order. A parent id that
// names no unit ends the walk up, as if the unit were a root; a cycle in the
// parent ids (which the store does not allow) cannot make a walk endless.

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "kplan/core/org_unit.hpp"

namespace kplan {

class OrgTree {
 public:
  OrgTree() = default;
  explicit OrgTree(std::vector<OrgUnit> units);

  const std::vector<OrgUnit>& Units() const { return units_; }

  // nullptr when no unit has the code / id.
  const OrgUnit* FindByCode(std::string_view code) const;
  const OrgUnit* FindById(std::int64_t id) const;
  // The unit without a parent (the kommun); nullptr when the tree is empty.
  const OrgUnit* Root() const;
  // An empty code means the root: how commands and requests name "the whole
  // organisation".
  const OrgUnit* FindByCodeOrRoot(std::string_view code) const;

  // The unit's parent, its parent's parent, … up to the root; the unit itself
  // not included. Empty for the root or an unknown id.
  std::vector<const OrgUnit*> Ancestors(std::int64_t id) const;
  // The units directly below the unit.
  std::vector<const OrgUnit*> Children(std::int64_t id) const;
  // The unit and everything below it; empty for an unknown id.
  std::vector<const OrgUnit*> Subtree(std::int64_t id) const;
  // True when `unit` is `root` or lies below it.
  bool IsInSubtree(std::int64_t unit, std::int64_t root) const;
  // The unit directly below `ancestor` on the way up from `unit`: `unit` itself
  // when it is a child of `ancestor`. nullptr when `unit` is `ancestor` or does
  // not lie below it.
  const OrgUnit* ChildOnPathTo(std::int64_t ancestor, std::int64_t unit) const;

 private:
  const OrgUnit* ParentOf(const OrgUnit& unit) const;

  std::vector<OrgUnit> units_;
  std::map<std::string, std::size_t, std::less<>> by_code_;
  std::map<std::int64_t, std::size_t> by_id_;
};

}  // namespace kplan
