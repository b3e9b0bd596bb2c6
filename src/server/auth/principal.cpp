#include "principal.hpp"

#include "kplan/store/store.hpp"

namespace kplan::server {

void OrgTreeCache::Invalidate() {
  std::unique_lock lock(mutex_);
  loaded_ = false;
}

Status OrgTreeCache::LoadIfNeeded() {
  {
    std::shared_lock lock(mutex_);
    if (loaded_) return Ok();
  }
  auto units = store_.ListOrgUnits();
  if (!units.ok()) return units.error();
  std::unique_lock lock(mutex_);
  tree_ = OrgTree(std::move(units).value());
  loaded_ = true;
  return Ok();
}

Result<std::vector<OrgUnit>> OrgTreeCache::Units() {
  if (Status s = LoadIfNeeded(); !s.ok()) return s.error();
  std::shared_lock lock(mutex_);
  return tree_.Units();
}

Result<OrgTree> OrgTreeCache::Tree() {
  if (Status s = LoadIfNeeded(); !s.ok()) return s.error();
  std::shared_lock lock(mutex_);
  return tree_;
}

Result<OrgUnit> OrgTreeCache::FindByCode(std::string_view code, std::string_view field) {
  if (Status s = LoadIfNeeded(); !s.ok()) return s.error();
  std::shared_lock lock(mutex_);
  const OrgUnit* unit = tree_.FindByCode(code);
  if (!unit) {
    return Error(ErrorCode::kInvalidInput,
                 "enheten \"" + std::string(code) + "\" finns inte i organisationen",
                 "the unit \"" + std::string(code) + "\" is not in the organisation")
        .WithField(std::string(field))
        .WithValue(std::string(code))
        .WithRule("known_unit");
  }
  return *unit;
}

Result<OrgUnit> OrgTreeCache::FindById(std::int64_t id) {
  if (Status s = LoadIfNeeded(); !s.ok()) return s.error();
  std::shared_lock lock(mutex_);
  const OrgUnit* unit = tree_.FindById(id);
  if (!unit) return Error(ErrorCode::kNotFound, "enheten finns inte", "the unit does not exist");
  return *unit;
}

Result<bool> OrgTreeCache::IsWithin(std::int64_t unit, std::int64_t root) {
  if (Status s = LoadIfNeeded(); !s.ok()) return s.error();
  std::shared_lock lock(mutex_);
  return tree_.IsInSubtree(unit, root);
}

Result<OrgUnit> OrgTreeCache::Root() {
  if (Status s = LoadIfNeeded(); !s.ok()) return s.error();
  std::shared_lock lock(mutex_);
  if (const OrgUnit* root = tree_.Root()) return *root;
  return Error(ErrorCode::kNotFound, "organisationen saknas: lägg in en kommun först",
               "there is no organisation yet: add a municipality first");
}

}  // namespace kplan::server
