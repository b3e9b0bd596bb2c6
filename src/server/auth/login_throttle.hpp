#pragma once
// Failed logins slow down, per user name and per client address: after a few
// free failures each further attempt must wait twice as long as the last
// (1 s, 2 s, 4 s ... up to 15 minutes). A request inside the wait is refused
// without checking the password. A successful login clears the user's count;
// the address keeps its count (one address guessing many names is the attack
// this is for) until it has been quiet for the longest wait.

#include <chrono>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

namespace kplan::server {

struct LoginLimits {
  int free_user_failures = 3;
  int free_address_failures = 10;
  std::chrono::seconds max_wait{15 * 60};
};

class LoginThrottle {
 public:
  using Clock = std::function<std::chrono::steady_clock::time_point()>;

  explicit LoginThrottle(LoginLimits limits = LoginLimits(), Clock clock = nullptr);

  // How long the caller must still wait before trying this user from this
  // address; nullopt when it may try now.
  std::optional<std::chrono::seconds> WaitFor(std::string_view user, std::string_view address);

  void Failed(std::string_view user, std::string_view address);
  void Succeeded(std::string_view user);

 private:
  struct Count {
    int failures = 0;
    std::chrono::steady_clock::time_point last;
  };
  std::chrono::seconds WaitAfter(const Count& count, int free_failures) const;

  LoginLimits limits_;
  Clock clock_;
  std::mutex mutex_;
  std::map<std::string, Count, std::less<>> users_;
  std::map<std::string, Count, std::less<>> addresses_;
};

}  // namespace kplan::server
