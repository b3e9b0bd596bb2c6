// The login throttle on a fake clock: free failures, doubling waits, the cap,
// per user and per address, reset on success, forgetting after quiet.

#include "login_throttle.hpp"

#include <gtest/gtest.h>

namespace kplan::server {
namespace {

using std::chrono::seconds;

struct FakeClock {
  std::chrono::steady_clock::time_point now{};
  LoginThrottle::Clock fn() {
    return [this] { return now; };
  }
  void Advance(seconds s) { now += s; }
};

TEST(LoginThrottle, FreeFailuresThenDoublingWaitsPerUser) {
  FakeClock clock;
  LoginThrottle t(LoginLimits{.free_user_failures = 3, .free_address_failures = 100}, clock.fn());
  for (int i = 0; i < 3; ++i) {
    EXPECT_FALSE(t.WaitFor("anna", "10.0.0.1")) << i;
    t.Failed("anna", "10.0.0.1");
  }
  EXPECT_FALSE(t.WaitFor("anna", "10.0.0.1"));  // three failures are free
  t.Failed("anna", "10.0.0.1");
  ASSERT_TRUE(t.WaitFor("anna", "10.0.0.1"));
  EXPECT_EQ(*t.WaitFor("anna", "10.0.0.1"), seconds(1));
  clock.Advance(seconds(1));
  EXPECT_FALSE(t.WaitFor("anna", "10.0.0.1"));
  t.Failed("anna", "10.0.0.1");
  EXPECT_EQ(*t.WaitFor("anna", "10.0.0.1"), seconds(2));
  t.Failed("anna", "10.0.0.1");
  EXPECT_EQ(*t.WaitFor("anna", "10.0.0.1"), seconds(4));
  // Another user from another address is not affected.
  EXPECT_FALSE(t.WaitFor("bertil", "10.0.0.2"));
  // The same user from another address is: the name is what is guessed.
  EXPECT_TRUE(t.WaitFor("anna", "10.0.0.2"));
}

TEST(LoginThrottle, WaitsAreCappedAndForgottenAfterQuiet) {
  FakeClock clock;
  LoginThrottle t(LoginLimits{.free_user_failures = 0, .free_address_failures = 1000,
                              .max_wait = seconds(60)},
                  clock.fn());
  for (int i = 0; i < 40; ++i) t.Failed("anna", "a");
  EXPECT_EQ(*t.WaitFor("anna", "a"), seconds(60));
  clock.Advance(seconds(59));
  EXPECT_EQ(*t.WaitFor("anna", "a"), seconds(1));
  clock.Advance(seconds(61));  // quiet for twice the longest wait: forgotten
  EXPECT_FALSE(t.WaitFor("anna", "a"));
  t.Failed("anna", "a");
  EXPECT_EQ(*t.WaitFor("anna", "a"), seconds(1));  // counting from the start again
}

TEST(LoginThrottle, SuccessResetsTheUserButNotTheAddress) {
  FakeClock clock;
  LoginThrottle t(LoginLimits{.free_user_failures = 1, .free_address_failures = 2}, clock.fn());
  t.Failed("anna", "a");
  t.Failed("anna", "a");
  EXPECT_TRUE(t.WaitFor("anna", "a"));
  clock.Advance(seconds(5));
  t.Succeeded("anna");
  t.Failed("anna", "a");  // one free failure again for the user
  // ... but the address has now failed three times (two are free).
  ASSERT_TRUE(t.WaitFor("anna", "a"));
  EXPECT_TRUE(t.WaitFor("cecilia", "a"));  // a guesser of many names is slowed down
  EXPECT_FALSE(t.WaitFor("cecilia", "b"));
}

}  // namespace
}  // namespace kplan::server
