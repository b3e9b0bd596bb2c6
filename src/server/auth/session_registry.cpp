#include "session_registry.hpp"

#include <sodium.h>

#include "kplan/server/password.hpp"

namespace kplan::server {

SessionRegistry::SessionRegistry(std::chrono::seconds idle_timeout, Clock clock)
    : idle_timeout_(idle_timeout),
      clock_(clock ? std::move(clock) : [] { return std::chrono::steady_clock::now(); }) {}

std::string SessionRegistry::KeyOf(std::string_view token) {
  // Keyed by a hash so that a memory dump does not hand out live cookies.
  unsigned char digest[crypto_generichash_BYTES];
  crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(token.data()),
                     token.size(), nullptr, 0);
  return std::string(reinterpret_cast<const char*>(digest), sizeof digest);
}

SessionRegistry::Created SessionRegistry::Start(Principal principal) {
  Created created{RandomToken(), RandomToken()};
  principal.csrf_token = created.csrf_token;
  std::lock_guard lock(mutex_);
  sessions_[KeyOf(created.token)] = Entry{std::move(principal), clock_()};
  return created;
}

std::optional<Principal> SessionRegistry::Touch(std::string_view token) {
  if (token.empty()) return std::nullopt;
  const std::string key = KeyOf(token);
  const auto now = clock_();
  std::lock_guard lock(mutex_);
  auto it = sessions_.find(key);
  if (it == sessions_.end()) return std::nullopt;
  if (now - it->second.last_seen > idle_timeout_) {
    sessions_.erase(it);
    return std::nullopt;
  }
  it->second.last_seen = now;
  return it->second.principal;
}

void SessionRegistry::End(std::string_view token) {
  std::lock_guard lock(mutex_);
  sessions_.erase(KeyOf(token));
}

void SessionRegistry::EndAllOf(std::int64_t user_id) {
  std::lock_guard lock(mutex_);
  std::erase_if(sessions_, [&](const auto& kv) { return kv.second.principal.user_id == user_id; });
}

std::size_t SessionRegistry::size() const {
  std::lock_guard lock(mutex_);
  return sessions_.size();
}

}  // namespace kplan::server
