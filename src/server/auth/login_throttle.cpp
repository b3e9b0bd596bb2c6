#include "login_throttle.hpp"

#include <algorithm>

namespace kplan::server {

LoginThrottle::LoginThrottle(LoginLimits limits, Clock clock)
    : limits_(limits),
      clock_(clock ? std::move(clock) : [] { return std::chrono::steady_clock::now(); }) {}

std::chrono::seconds LoginThrottle::WaitAfter(const Count& count, int free_failures) const {
  const int over = count.failures - free_failures;
  if (over <= 0) return std::chrono::seconds(0);
  // 2^(over−1) seconds, capped; shifting by at most 20 cannot overflow.
  const long long wait = 1LL << std::min(over - 1, 20);
  return std::min(std::chrono::seconds(wait), limits_.max_wait);
}

std::optional<std::chrono::seconds> LoginThrottle::WaitFor(std::string_view user,
                                                           std::string_view address) {
  const auto now = clock_();
  std::lock_guard lock(mutex_);
  std::chrono::seconds longest(0);
  auto consider = [&](auto& table, std::string_view key, int free_failures) {
    auto it = table.find(key);
    if (it == table.end()) return;
    const auto wait = WaitAfter(it->second, free_failures);
    const auto since = std::chrono::duration_cast<std::chrono::seconds>(now - it->second.last);
    if (since >= limits_.max_wait * 2) {
      table.erase(it);  // quiet long enough: forgotten
      return;
    }
    if (since < wait) longest = std::max(longest, wait - since);
  };
  consider(users_, user, limits_.free_user_failures);
  consider(addresses_, address, limits_.free_address_failures);
  if (longest.count() > 0) return longest;
  return std::nullopt;
}

void LoginThrottle::Failed(std::string_view user, std::string_view address) {
  const auto now = clock_();
  std::lock_guard lock(mutex_);
  for (auto* entry : {&users_[std::string(user)], &addresses_[std::string(address)]}) {
    entry->failures += 1;
    entry->last = now;
  }
}

void LoginThrottle::Succeeded(std::string_view user) {
  std::lock_guard lock(mutex_);
  if (auto it = users_.find(user); it != users_.end()) users_.erase(it);
}

}  // namespace kplan::server
