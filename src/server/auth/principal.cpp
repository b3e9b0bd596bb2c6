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
  units_ = std::move(units).value();
  by_code_.clear();
  by_id_.clear();
  for (std::size_t i = 0; i < units_.size(); ++i) {
    by_code_[units_[i].code] = i;
    by_id_[units_[i].id] = i;
  }
  loaded_ = true;
  return Ok();
}

Result<std::vector<OrgUnit>> OrgTreeCache::Units() {
  if (Status s = LoadIfNeeded(); !s.ok()) return s.error();
  std::shared_lock lock(mutex_);
  return units_;
}

Result<OrgUnit> OrgTreeCache::FindByCode(std::string_view code, std::string_view field) {
  if (Status s = LoadIfNeeded(); !s.ok()) return s.error();
  std::shared_lock lock(mutex_);
  auto it = by_code_.find(code);
  if (it == by_code_.end()) {
    return Error(ErrorCode::kInvalidInput,
                 "enheten \"" + std::string(code) + "\" finns inte i organisationen",
                 "the unit \"" + std::string(code) + "\" is not in the organisation")
        .WithField(std::string(field))
        .WithValue(std::string(code))
        .WithRule("known_unit");
  }
  return units_[it->second];
}

Result<OrgUnit> OrgTreeCache::FindById(std::int64_t id) {
  if (Status s = LoadIfNeeded(); !s.ok()) return s.error();
  std::shared_lock lock(mutex_);
  auto it = by_id_.find(id);
  if (it == by_id_.end()) {
    return Error(ErrorCode::kNotFound, "enheten finns inte", "the unit does not exist");
  }
  return units_[it->second];
}

Result<bool> OrgTreeCache::IsWithin(std::int64_t unit, std::int64_t root) {
  if (Status s = LoadIfNeeded(); !s.ok()) return s.error();
  std::shared_lock lock(mutex_);
  // Walk up from the unit; the tree is shallow (five kinds), so this is short.
  std::optional<std::int64_t> at = unit;
  for (int depth = 0; at && depth < 64; ++depth) {
    if (*at == root) return true;
    auto it = by_id_.find(*at);
    if (it == by_id_.end()) return false;
    at = units_[it->second].parent_id;
  }
  return false;
}

Result<OrgUnit> OrgTreeCache::Root() {
  if (Status s = LoadIfNeeded(); !s.ok()) return s.error();
  std::shared_lock lock(mutex_);
  for (const OrgUnit& u : units_) {
    if (!u.parent_id) return u;
  }
  return Error(ErrorCode::kNotFound, "organisationen saknas: lägg in en kommun först",
               "there is no organisation yet: add a municipality first");
}

}  // namespace kplan::server
