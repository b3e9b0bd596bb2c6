// Sessions on a fake clock: tokens, CSRF tokens, idle expiry that use refreshes,
// sign-out, and ending every session of a user.

#include "session_registry.hpp"

#include <gtest/gtest.h>

#include <set>

namespace kplan::server {
namespace {

using std::chrono::seconds;

struct FakeClock {
  std::chrono::steady_clock::time_point now{};
  SessionRegistry::Clock fn() {
    return [this] { return now; };
  }
};

Principal Someone(std::int64_t id, const std::string& name) {
  Principal p;
  p.user_id = id;
  p.name = name;
  p.role = Role::kHr;
  return p;
}

TEST(SessionRegistry, StartGivesDistinctTokensAndTouchFindsThePrincipal) {
  SessionRegistry r(seconds(60));
  auto a = r.Start(Someone(1, "anna"));
  auto b = r.Start(Someone(1, "anna"));
  EXPECT_GE(a.token.size(), 40u);
  EXPECT_GE(a.csrf_token.size(), 40u);
  std::set<std::string> all{a.token, a.csrf_token, b.token, b.csrf_token};
  EXPECT_EQ(all.size(), 4u);
  auto who = r.Touch(a.token);
  ASSERT_TRUE(who);
  EXPECT_EQ(who->name, "anna");
  EXPECT_EQ(who->csrf_token, a.csrf_token);
  EXPECT_FALSE(r.Touch(""));
  EXPECT_FALSE(r.Touch(a.csrf_token));  // the CSRF token is not a session
  EXPECT_FALSE(r.Touch(a.token + "x"));
  EXPECT_EQ(r.size(), 2u);
}

TEST(SessionRegistry, IdleSessionsExpireAndUseKeepsThemAlive) {
  FakeClock clock;
  SessionRegistry r(seconds(60), clock.fn());
  auto busy = r.Start(Someone(1, "anna"));
  auto idle = r.Start(Someone(2, "bertil"));
  for (int i = 0; i < 5; ++i) {
    clock.now += seconds(50);
    EXPECT_TRUE(r.Touch(busy.token)) << i;
  }
  EXPECT_FALSE(r.Touch(idle.token));  // 250 s idle
  EXPECT_EQ(r.size(), 1u);            // and removed
  clock.now += seconds(60);
  EXPECT_TRUE(r.Touch(busy.token));   // exactly the idle time is still fine
  clock.now += seconds(61);
  EXPECT_FALSE(r.Touch(busy.token));
}

TEST(SessionRegistry, EndAndEndAllOf) {
  SessionRegistry r(seconds(60));
  auto a1 = r.Start(Someone(1, "anna"));
  auto a2 = r.Start(Someone(1, "anna"));
  auto b = r.Start(Someone(2, "bertil"));
  r.End(a1.token);
  EXPECT_FALSE(r.Touch(a1.token));
  EXPECT_TRUE(r.Touch(a2.token));
  r.End("no such token");
  r.EndAllOf(1);
  EXPECT_FALSE(r.Touch(a2.token));
  EXPECT_TRUE(r.Touch(b.token));
}

}  // namespace
}  // namespace kplan::server
