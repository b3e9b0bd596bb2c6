#pragma once
// Inside one transaction: unit codes and category names to their keys, the
// way callers name them. Categories named for the first time are added (with
// their SSYK code when given); unknown units are the caller's error to report.

#include <Poco/Data/Session.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>

#include "kplan/core/error.hpp"

namespace kplan::store {

class NameResolver {
 public:
  explicit NameResolver(Poco::Data::Session& session);

  std::optional<std::int64_t> Unit(const std::string& code) const;
  // The category's id, adding it if new; fills in a missing SSYK code.
  std::int64_t Category(const std::string& name, const std::string& ssyk = {});
  // How many categories were added or completed so far.
  int changed_categories() const { return changed_; }

  Error UnknownUnit(const std::string& code) const;

 private:
  Poco::Data::Session& session_;
  std::map<std::string, std::int64_t, std::less<>> units_;
  std::map<std::string, std::pair<std::int64_t, std::string>, std::less<>> categories_;
  int changed_ = 0;
};

// The id of the default scale "Standard" (Viss, God, Hög, Mycket hög),
// created when absent.
std::int64_t EnsureDefaultScale(Poco::Data::Session& session);

// The plan year of a unit, created with the default scale and horizons 2 and
// 5 when absent: (plan_year id, scale id).
std::pair<std::int64_t, std::int64_t> EnsurePlanYear(Poco::Data::Session& session,
                                                     std::int64_t unit_id, int year);

}  // namespace kplan::store
