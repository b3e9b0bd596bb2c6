// Dispatch without sockets: public routes, the session cookie, the CSRF token on
// writes, the role's right to the route's module, and any-role routes.

#include "dispatch.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <random>

#include "auth/login_throttle.hpp"
#include "auth/session_registry.hpp"
#include "import_jobs.hpp"

namespace kplan::server {
namespace {

namespace fs = std::filesystem;

class DispatchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("kplan_dispatch_" + std::to_string(std::random_device{}()));
    fs::create_directories(dir_);
    auto opened = store::Store::Open("sqlite:" + (dir_ / "t.db").string());
    ASSERT_TRUE(opened.ok());
    store_ = std::move(opened).value();
    ASSERT_TRUE(store_->Migrate().ok());
    org_ = std::make_unique<OrgTreeCache>(*store_);
    imports_ = std::make_unique<ImportJobs>(*store_);
    app_ = std::make_unique<AppContext>(AppContext{*store_, sessions_, throttle_, *org_, *imports_});
  }
  void TearDown() override {
    app_.reset();
    imports_.reset();
    org_.reset();
    store_.reset();
    fs::remove_all(dir_);
  }

  Route MakeRoute(std::string method, Module module, bool is_public = false, bool any_role = false) {
    Router router;
    router.Add({.method = std::move(method), .pattern = "/api/v1/x", .is_public = is_public,
                .any_role = any_role, .module = module,
                .handler = [this](const ApiRequest& req, AppContext&) -> Result<ApiResponse> {
                  ++calls_;
                  seen_ = req.principal ? req.principal->name : "";
                  return JsonResponse(Json{{"ok", true}});
                }});
    return router.routes().front();
  }

  SessionRegistry::Created SignIn(Role role, const std::string& name) {
    Principal p;
    p.user_id = ++next_user_;
    p.name = name;
    p.role = role;
    return sessions_.Start(p);
  }

  Result<ApiResponse> Call(const Route& route, const std::string& cookie = "", const std::string& csrf = "") {
    ApiRequest req;
    req.method = route.method;
    req.path = route.pattern;
    if (!cookie.empty()) req.headers["cookie"] = cookie;
    if (!csrf.empty()) req.headers[kCsrfHeader] = csrf;
    return Dispatch(route, req, *app_);
  }

  static std::string Cookie(const SessionRegistry::Created& s) {
    return "theme=dark; " + std::string(kSessionCookie) + "=" + s.token + "; other=1";
  }

  fs::path dir_;
  std::unique_ptr<store::Store> store_;
  SessionRegistry sessions_{std::chrono::seconds(60)};
  LoginThrottle throttle_;
  std::unique_ptr<OrgTreeCache> org_;
  std::unique_ptr<ImportJobs> imports_;
  std::unique_ptr<AppContext> app_;
  int calls_ = 0;
  std::string seen_;
  std::int64_t next_user_ = 0;
};

TEST_F(DispatchTest, PublicRoutesNeedNoSession) {
  auto r = Call(MakeRoute("GET", Module::kOrganisation, /*is_public=*/true));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(calls_, 1);
}

TEST_F(DispatchTest, NoOrUnknownSessionIs401AndTheHandlerDoesNotRun) {
  const Route route = MakeRoute("GET", Module::kActivities);
  for (const std::string cookie : {"", "kplan_session=", "kplan_session=forged", "session=abc"}) {
    auto r = Call(route, cookie);
    ASSERT_FALSE(r.ok()) << cookie;
    EXPECT_EQ(r.error().code(), ErrorCode::kUnauthenticated) << cookie;
  }
  EXPECT_EQ(calls_, 0);
}

TEST_F(DispatchTest, ReadsNeedNoCsrfTokenButWritesNeedTheSessionsOwn) {
  auto s = SignIn(Role::kHr, "hr");
  auto other = SignIn(Role::kHr, "hr2");
  ASSERT_TRUE(Call(MakeRoute("GET", Module::kActivities), Cookie(s)).ok());
  EXPECT_EQ(seen_, "hr");
  const Route write = MakeRoute("POST", Module::kActivities);
  for (const std::string& token : {std::string(), std::string("wrong"), other.csrf_token,
                                  s.csrf_token.substr(1), s.csrf_token + "x", s.token}) {
    auto r = Call(write, Cookie(s), token);
    ASSERT_FALSE(r.ok()) << token;
    EXPECT_EQ(r.error().code(), ErrorCode::kForbidden);
    EXPECT_EQ(r.error().rule(), "csrf");
  }
  EXPECT_EQ(calls_, 1);
  EXPECT_TRUE(Call(write, Cookie(s), s.csrf_token).ok());
  EXPECT_EQ(calls_, 2);
}

TEST_F(DispatchTest, TheRoleMustBeAllowedTheModule) {
  auto reader = SignIn(Role::kReader, "lasare");
  auto chef = SignIn(Role::kChef, "chef");
  auto hr = SignIn(Role::kHr, "hr");
  auto admin = SignIn(Role::kAdmin, "admin");
  struct Case {
    const SessionRegistry::Created& who;
    std::string method;
    Module module;
    bool allowed;
  };
  const Case cases[] = {
      {reader, "GET", Module::kActivities, true},  {reader, "PUT", Module::kActivities, false},
      {reader, "GET", Module::kUsers, false},      {reader, "GET", Module::kAudit, false},
      {chef, "POST", Module::kActivities, true},   {chef, "PUT", Module::kInventory, true},
      {chef, "POST", Module::kFollowUp, false},    {chef, "GET", Module::kImports, false},
      {hr, "POST", Module::kFollowUp, true},       {hr, "POST", Module::kUsers, false},
      {hr, "GET", Module::kAudit, true},           {hr, "POST", Module::kOrganisation, true},
      {chef, "POST", Module::kOrganisation, false},
      {admin, "POST", Module::kUsers, true},       {admin, "GET", Module::kAudit, true},
  };
  for (const Case& c : cases) {
    auto r = Call(MakeRoute(c.method, c.module), Cookie(c.who), c.who.csrf_token);
    EXPECT_EQ(r.ok(), c.allowed) << c.method << " " << static_cast<int>(c.module);
    if (!r.ok()) {
      EXPECT_EQ(r.error().code(), ErrorCode::kForbidden);
      EXPECT_EQ(r.error().rule(), "role");
    }
  }
}

TEST_F(DispatchTest, AnyRoleRoutesAcceptEveryRoleButStillNeedCsrf) {
  auto reader = SignIn(Role::kReader, "lasare");
  const Route own = MakeRoute("PUT", Module::kUsers, false, /*any_role=*/true);
  EXPECT_TRUE(Call(own, Cookie(reader), reader.csrf_token).ok());
  auto r = Call(own, Cookie(reader));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().rule(), "csrf");
}

TEST_F(DispatchTest, AnEndedSessionIs401) {
  auto s = SignIn(Role::kAdmin, "admin");
  sessions_.End(s.token);
  auto r = Call(MakeRoute("GET", Module::kActivities), Cookie(s));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code(), ErrorCode::kUnauthenticated);
}

// The body is checked against the route's declared request schema before the
// handler runs: a misspelt or duplicated key never reaches it.
TEST_F(DispatchTest, ABodyWithAnUndeclaredOrDuplicatedKeyIs400AndTheHandlerDoesNotRun) {
  Route route = MakeRoute("POST", Module::kFollowUp);
  route.request_schema = "GoalInput";
  auto session = SignIn(Role::kHr, "hr");
  auto call = [&](const std::string& body) {
    ApiRequest req;
    req.method = route.method;
    req.path = route.pattern;
    req.headers["cookie"] = Cookie(session);
    req.headers[kCsrfHeader] = session.csrf_token;
    req.body = body;
    return Dispatch(route, req, *app_);
  };
  auto misspelt = call(R"({"unit": "BUF", "titel": "Fler handledare"})");
  ASSERT_FALSE(misspelt.ok());
  EXPECT_EQ(misspelt.error().code(), ErrorCode::kInvalidInput);
  EXPECT_EQ(misspelt.error().location().field, "titel");
  EXPECT_EQ(misspelt.error().rule(), "unknown_key");
  auto twice = call(R"({"unit": "BUF", "title": "a", "title": "b"})");
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().location().field, "title");
  EXPECT_EQ(twice.error().rule(), "duplicate_key");
  EXPECT_EQ(calls_, 0);
  EXPECT_TRUE(call(R"({"unit": "BUF", "title": "Fler handledare", "description": ""})").ok());
  EXPECT_EQ(calls_, 1);
}

TEST(CookieValue, FindsTheNamedCookieAmongOthers) {
  EXPECT_EQ(CookieValue("a=1; kplan_session=abc; b=2", "kplan_session"), "abc");
  EXPECT_EQ(CookieValue("kplan_session=abc", "kplan_session"), "abc");
  EXPECT_EQ(CookieValue("  kplan_session = abc ;", "kplan_session"), "abc");
  EXPECT_EQ(CookieValue("xkplan_session=abc", "kplan_session"), "");
  EXPECT_EQ(CookieValue("kplan_sessionx=abc", "kplan_session"), "");
  EXPECT_EQ(CookieValue("", "kplan_session"), "");
  EXPECT_EQ(CookieValue("kplan_session", "kplan_session"), "");
}

}  // namespace
}  // namespace kplan::server
