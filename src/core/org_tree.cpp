#include "kplan/core/org_tree.hpp"

namespace kplan {

OrgTree::OrgTree(std::vector<OrgUnit> units) : units_(std::move(units)) {
  for (std::size_t i = 0; i < units_.size(); ++i) {
    by_code_.emplace(units_[i].code, i);
    by_id_.emplace(units_[i].id, i);
  }
}

const OrgUnit* OrgTree::FindByCode(std::string_view code) const {
  auto it = by_code_.find(code);
  return it == by_code_.end() ? nullptr : &units_[it->second];
}

const OrgUnit* OrgTree::FindById(std::int64_t id) const {
  auto it = by_id_.find(id);
  return it == by_id_.end() ? nullptr : &units_[it->second];
}

const OrgUnit* OrgTree::Root() const {
  for (const OrgUnit& u : units_) {
    if (!u.parent_id) return &u;
  }
  return nullptr;
}

const OrgUnit* OrgTree::FindByCodeOrRoot(std::string_view code) const {
  return code.empty() ? Root() : FindByCode(code);
}

const OrgUnit* OrgTree::ParentOf(const OrgUnit& unit) const {
  return unit.parent_id ? FindById(*unit.parent_id) : nullptr;
}

std::vector<const OrgUnit*> OrgTree::Ancestors(std::int64_t id) const {
  std::vector<const OrgUnit*> out;
  const OrgUnit* at = FindById(id);
  // At most one step per unit: a cycle ends the walk instead of looping.
  for (at = at ? ParentOf(*at) : nullptr; at && out.size() < units_.size(); at = ParentOf(*at)) {
    if (at->id == id) break;
    out.push_back(at);
  }
  return out;
}

std::vector<const OrgUnit*> OrgTree::Children(std::int64_t id) const {
  std::vector<const OrgUnit*> out;
  for (const OrgUnit& u : units_) {
    if (u.parent_id && *u.parent_id == id && u.id != id) out.push_back(&u);
  }
  return out;
}

bool OrgTree::IsInSubtree(std::int64_t unit, std::int64_t root) const {
  if (unit == root) return FindById(unit) != nullptr;
  for (const OrgUnit* a : Ancestors(unit)) {
    if (a->id == root) return true;
  }
  return false;
}

std::vector<const OrgUnit*> OrgTree::Subtree(std::int64_t id) const {
  std::vector<const OrgUnit*> out;
  for (const OrgUnit& u : units_) {
    if (IsInSubtree(u.id, id)) out.push_back(&u);
  }
  return out;
}

const OrgUnit* OrgTree::ChildOnPathTo(std::int64_t ancestor, std::int64_t unit) const {
  const OrgUnit* below = FindById(unit);
  if (!below || unit == ancestor) return nullptr;
  for (const OrgUnit* a : Ancestors(unit)) {
    if (a->id == ancestor) return below;
    below = a;
  }
  return nullptr;
}

}  // namespace kplan
