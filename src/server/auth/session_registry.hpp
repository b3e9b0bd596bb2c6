#pragma once
// Signed-in sessions, kept in the server's memory: a restart signs everyone
// out, which for one server process per municipality is the simple and safe
// choice. A session is found by its token (the cookie), carries the CSRF
// token that writes must quote, and expires after an idle period.

#include <chrono>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "principal.hpp"

namespace kplan::server {

class SessionRegistry {
 public:
  using Clock = std::function<std::chrono::steady_clock::time_point()>;

  explicit SessionRegistry(std::chrono::seconds idle_timeout, Clock clock = nullptr);

  struct Created {
    std::string token;  // goes in the cookie; only its hash is kept
    std::string csrf_token;
  };
  // Starts a session for the principal (its csrf_token is filled in).
  Created Start(Principal principal);

  // The session's principal, refreshing its idle time; nullopt when the token
  // is unknown or the session has been idle too long (it is then removed).
  std::optional<Principal> Touch(std::string_view token);

  void End(std::string_view token);
  // Ends every session of a user (password changed, user disabled).
  void EndAllOf(std::int64_t user_id);

  std::size_t size() const;

 private:
  struct Entry {
    Principal principal;
    std::chrono::steady_clock::time_point last_seen;
  };
  static std::string KeyOf(std::string_view token);

  std::chrono::seconds idle_timeout_;
  Clock clock_;
  mutable std::mutex mutex_;
  std::map<std::string, Entry, std::less<>> sessions_;  // by hash of the token
};

}  // namespace kplan::server
