// The projections API in-process: start a projection of a small stored
// register, follow it to its result, stop one, and the errors a form meets.

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <filesystem>
#include <random>
#include <thread>

#include "kplan/server/password.hpp"
#include "kplan/server/server.hpp"

namespace kplan::server {
namespace {

namespace fs = std::filesystem;
using Poco::Net::HTTPRequest;
using nlohmann::json;

class ProjectionsApiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("kplan_proj_" + std::to_string(std::random_device{}()));
    fs::create_directories(dir_);
    store_ = store::Store::Open("sqlite:" + (dir_ / "p.db").string()).value();
    ASSERT_TRUE(store_->Migrate().ok());
    ASSERT_TRUE(store_->AddOrgUnits({{"K", "", OrgUnitKind::kKommun, "Exempelby kommun"},
                                     {"VOF", "K", OrgUnitKind::kForvaltning, "Vård- och omsorgsförvaltningen"}},
                                    "test")
                    .ok());
    std::int64_t root = store_->ListOrgUnits().value().front().id;
    std::vector<EmployeeRecord> staff;
    for (int i = 0; i < 300; ++i) {
      EmployeeRecord e;
      e.employee_id = "E" + std::to_string(i);
      e.unit_code = "VOF";
      e.category = i % 3 ? "Undersköterska" : "Sjuksköterska";
      e.ssyk = i % 3 ? "5321" : "2221";
      e.birth_year = 1960 + i % 40;
      e.fte_percent = i % 4 ? 100 : 75;
      e.start = {2015, 1, 1};
      if (i < 25) e.end = CalendarDate{2025, 5, 31};
      staff.push_back(e);
    }
    ASSERT_TRUE(store_->SaveRegisterExtract({root, {2025, 10, 31}, "x.csv", staff}, false, "test").ok());
    std::vector<store::PopulationEntry> population;
    for (int year = 2025; year <= 2035; ++year) population.push_back({"Exempelby", year, 80, 120, 1000.0 + 40 * (year - 2025)});
    ASSERT_TRUE(store_->SavePopulation(population, "test").ok());
    store::User hr;
    hr.name = "hr";
    hr.role = Role::kHr;
    ASSERT_TRUE(store_->AddUser(hr, HashPassword("ett-långt-lösenord").value(), "test").ok());
    ServerOptions options;
    options.port = 0;
    server_ = std::make_unique<Server>(options, *store_);
    ASSERT_TRUE(server_->Start().ok());
    SignIn();
  }

  // The session cookie and CSRF token every call then carries.
  void SignIn() {
    Poco::Net::HTTPClientSession s("127.0.0.1", server_->port());
    HTTPRequest req("POST", "/api/v1/session", HTTPRequest::HTTP_1_1);
    const std::string body = R"({"username":"hr","password":"ett-långt-lösenord"})";
    req.setContentType("application/json");
    req.setContentLength(static_cast<std::streamsize>(body.size()));
    s.sendRequest(req) << body;
    Poco::Net::HTTPResponse response;
    std::string text;
    Poco::StreamCopier::copyToString(s.receiveResponse(response), text);
    ASSERT_EQ(response.getStatus(), 201) << text;
    const std::string cookie = response.get("Set-Cookie");
    cookie_ = cookie.substr(0, cookie.find(';'));
    csrf_ = json::parse(text)["csrf_token"].get<std::string>();
  }
  void TearDown() override {
    server_.reset();
    store_.reset();
    fs::remove_all(dir_);
  }

  std::pair<int, json> Call(const std::string& method, const std::string& uri, const std::string& body = {}) {
    Poco::Net::HTTPClientSession s("127.0.0.1", server_->port());
    HTTPRequest req(method, uri, HTTPRequest::HTTP_1_1);
    req.set("Cookie", cookie_);
    if (method != "GET") req.set("X-CSRF-Token", csrf_);
    if (method == "POST") {
      req.setContentType("application/json");
      req.setContentLength(static_cast<std::streamsize>(body.size()));
    }
    s.sendRequest(req) << body;
    Poco::Net::HTTPResponse response;
    std::string text;
    Poco::StreamCopier::copyToString(s.receiveResponse(response), text);
    return {response.getStatus(), json::parse(text)};
  }

  // Polls until the job is no longer running (at most 20 s).
  json Follow(const std::string& id) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    for (;;) {
      auto [status, body] = Call("GET", "/api/v1/projections/" + id);
      EXPECT_EQ(status, 200);
      if (body["status"] != "running" || std::chrono::steady_clock::now() > deadline) return body;
      EXPECT_LE(body["progress"]["done"].get<int>(), body["progress"]["total"].get<int>());
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
  }

  fs::path dir_;
  std::string cookie_, csrf_;
  std::unique_ptr<store::Store> store_;
  std::unique_ptr<Server> server_;
};

TEST_F(ProjectionsApiTest, StartsAProjectionAndReturnsItsBands) {
  auto [status, started] = Call("POST", "/api/v1/projections",
                                R"({"org": "VOF", "years": 5, "runs": 300, "seed": 3,
                                    "scenarios": [{"name": "Bas"}, {"name": "Heltid som norm",
                                                   "to_full_time_percent": 25, "recruit_fte_percent": 100}]})");
  ASSERT_EQ(status, 202) << started.dump();
  EXPECT_EQ(started["status"], "running");
  EXPECT_EQ(started["progress"]["total"], 600);
  const json done = Follow(started["id"]);
  ASSERT_EQ(done["status"], "done") << done.dump();
  EXPECT_EQ(done["progress"]["done"], 600);
  const json& result = done["result"];
  EXPECT_EQ(result["org"]["code"], "VOF");
  EXPECT_EQ(result["runs"], 300);
  ASSERT_EQ(result["scenarios"].size(), 2u);
  const json& year = result["scenarios"][0]["total"]["years"][0];
  EXPECT_EQ(year["year"], 2026);
  EXPECT_LE(year["recruitment"]["p10"].get<double>(), year["recruitment"]["p50"].get<double>());
  EXPECT_LE(year["recruitment"]["p50"].get<double>(), year["recruitment"]["p90"].get<double>());
  // Full time as the norm meets the same need with fewer heads.
  EXPECT_LT(result["scenarios"][1]["total"]["years"][4]["headcount"]["p50"].get<double>(),
            result["scenarios"][0]["total"]["years"][4]["headcount"]["p50"].get<double>());
}

TEST_F(ProjectionsApiTest, AProjectionCanBeStopped) {
  auto [status, started] = Call("POST", "/api/v1/projections", R"({"runs": 20000, "years": 50})");
  ASSERT_EQ(status, 202) << started.dump();
  auto [cancel_status, cancelling] = Call("DELETE", "/api/v1/projections/" + started["id"].get<std::string>());
  EXPECT_EQ(cancel_status, 202);
  EXPECT_EQ(Follow(started["id"])["status"], "cancelled");
}

TEST_F(ProjectionsApiTest, BadInputIsAnsweredAtOnce) {
  auto [bad_status, bad] = Call("POST", "/api/v1/projections", R"({"org": "VOF", "scenarios": [{"name": ""}]})");
  EXPECT_EQ(bad_status, 400);
  EXPECT_EQ(bad["error"]["location"]["field"], "scenarios[0].name");
  auto [unit_status, unit] = Call("POST", "/api/v1/projections", R"({"org": "BUF"})");
  EXPECT_EQ(unit_status, 400);
  EXPECT_EQ(unit["error"]["message"], "fält \"org\": enheten \"BUF\" finns inte i organisationen");
  auto [missing_status, missing] = Call("GET", "/api/v1/projections/0123456789abcdef");
  EXPECT_EQ(missing_status, 404);
  auto [setup_status, setup] = Call("GET", "/api/v1/projections/setup");
  EXPECT_EQ(setup_status, 200);
  EXPECT_EQ(setup["units"][1]["code"], "VOF");
  EXPECT_EQ(setup["areas"][0], "Exempelby");
  EXPECT_EQ(setup["retirement_percent"]["65"], 41.03);
}

}  // namespace
}  // namespace kplan::server
