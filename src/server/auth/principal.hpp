#pragma once
// The signed-in user as the server sees it on each request, and the
// organisation tree it checks subtree access against.

#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <vector>

#include "kplan/core/access.hpp"
#include "kplan/core/error.hpp"
#include "kplan/core/org_tree.hpp"
#include "kplan/core/org_unit.hpp"

namespace kplan::store {
class Store;
}

namespace kplan::server {

struct Principal {
  std::int64_t user_id = 0;
  std::string name;
  Role role = Role::kReader;
  std::optional<std::int64_t> unit_id;  // empty: the whole organisation
  std::string unit_code;
  std::string csrf_token;               // the session's; writes must quote it
};

// The organisation tree, read from the store on first use and again after
// Invalidate() (the server invalidates it on every write to the tree).
// Safe to use from several threads.
class OrgTreeCache {
 public:
  explicit OrgTreeCache(store::Store& store) : store_(store) {}

  void Invalidate();
  Result<std::vector<OrgUnit>> Units();
  // A copy of the whole tree, for questions the methods below do not ask.
  Result<OrgTree> Tree();
  // The unit with this code, or kInvalidInput naming `field`.
  Result<OrgUnit> FindByCode(std::string_view code, std::string_view field);
  Result<OrgUnit> FindById(std::int64_t id);
  // Whether `unit` lies at or below `root`.
  Result<bool> IsWithin(std::int64_t unit, std::int64_t root);
  // The root (kommun) of the tree; kNotFound when the tree is empty.
  Result<OrgUnit> Root();

 private:
  Status LoadIfNeeded();

  store::Store& store_;
  std::shared_mutex mutex_;
  bool loaded_ = false;
  OrgTree tree_;
};

}  // namespace kplan::server
