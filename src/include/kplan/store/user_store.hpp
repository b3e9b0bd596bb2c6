#pragma once
// Users of the application (one role of kplan::store::Store); Update
// follows the editing conventions in unit_record_store.hpp.

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kplan/core/error.hpp"
#include "kplan/store/records.hpp"

namespace kplan::store {

class UserStore {
 public:
  virtual ~UserStore() = default;

  // Users. Names are 2–64 characters of letters (ASCII and Latin-1: å, ä,
  // ö, é ...), digits, '.', '-', '_' and unique (kConflict); a chef needs a
  // unit. The audit log never holds password hashes.
  virtual Result<std::vector<User>> ListUsers() = 0;
  // The user and its password hash; kNotFound when there is none.
  virtual Result<std::pair<User, std::string>> FindUser(std::string_view name) = 0;
  virtual Result<User> AddUser(const User& user, std::string_view password_hash,
                               std::string_view actor) = 0;
  // Role, unit and disabled, by id and version.
  virtual Result<User> UpdateUser(const User& user, std::string_view actor) = 0;
  // Keeps the user's version (a password change does not clash with an
  // administrator's edit); logged as "password_changed".
  virtual Status SetPasswordHash(std::string_view name, std::string_view password_hash,
                                 std::string_view actor) = 0;
};

}  // namespace kplan::store
