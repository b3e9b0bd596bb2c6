// The server in-process on a free loopback port, with a SQLite store and a
// small web directory: what every client and browser relies on.

#include "kplan/server/server.hpp"

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <random>

#include "error_mapping.hpp"

namespace kplan::server {
namespace {

namespace fs = std::filesystem;
using Poco::Net::HTTPRequest;
using Poco::Net::HTTPResponse;

struct Reply {
  int status = 0;
  std::string body;
  HTTPResponse response;
};

class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("kplan_server_" + std::to_string(std::random_device{}()));
    fs::create_directories(dir_ / "web" / "assets");
    Write(dir_ / "web" / "index.html", "<!doctype html><title>Kompetensplan</title>");
    Write(dir_ / "web" / "assets" / "app-1234.js", "console.log('hej')");
    Write(dir_ / "secret.txt", "hemlig");
    fs::create_symlink(dir_ / "secret.txt", dir_ / "web" / "link.txt");

    auto opened = store::Store::Open("sqlite:" + (dir_ / "t.db").string());
    ASSERT_TRUE(opened.ok());
    store_ = std::move(opened).value();
    ASSERT_TRUE(store_->Migrate().ok());

    ServerOptions options;
    options.port = 0;
    options.web_dir = (dir_ / "web").string();
    options.max_body_bytes = 1024;
    server_ = std::make_unique<Server>(options, *store_);
    ASSERT_TRUE(server_->Start().ok());
  }

  void TearDown() override {
    server_.reset();
    store_.reset();
    fs::remove_all(dir_);
  }

  static void Write(const fs::path& p, const std::string& text) { std::ofstream(p) << text; }

  Reply Request(const std::string& method, const std::string& uri, const std::string& body = {},
                Poco::Net::HTTPClientSession* session = nullptr) {
    Poco::Net::HTTPClientSession own("127.0.0.1", server_->port());
    Poco::Net::HTTPClientSession& s = session ? *session : own;
    HTTPRequest req(method, uri, HTTPRequest::HTTP_1_1);
    req.setKeepAlive(true);
    if (!body.empty() || method == "POST") {
      req.setContentType("application/json");
      req.setContentLength(static_cast<std::streamsize>(body.size()));
    }
    s.sendRequest(req) << body;
    Reply r;
    std::istream& in = s.receiveResponse(r.response);
    Poco::StreamCopier::copyToString(in, r.body);
    r.status = r.response.getStatus();
    return r;
  }

  fs::path dir_;
  std::unique_ptr<store::Store> store_;
  std::unique_ptr<Server> server_;
};

TEST_F(ServerTest, HealthReportsVersionAndDatabase) {
  Reply r = Request("GET", "/api/v1/health");
  EXPECT_EQ(r.status, 200);
  auto json = nlohmann::json::parse(r.body);
  EXPECT_EQ(json["status"], "ok");
  EXPECT_EQ(json["database"], "sqlite");
  EXPECT_FALSE(json["version"].get<std::string>().empty());
  EXPECT_EQ(r.response.getContentType(), "application/json; charset=utf-8");
  EXPECT_EQ(r.response.get("Cache-Control"), "no-store");
}

TEST_F(ServerTest, UnknownApiPathGetsTheOneErrorShape) {
  Reply r = Request("GET", "/api/v1/finns-inte");
  EXPECT_EQ(r.status, 404);
  auto json = nlohmann::json::parse(r.body);
  EXPECT_EQ(json["error"]["code"], "not_found");
  EXPECT_EQ(json["error"]["message"], "sökvägen /api/v1/finns-inte finns inte i API:et");
}

TEST_F(ServerTest, WrongMethodIs405) {
  Reply r = Request("DELETE", "/api/v1/health");
  EXPECT_EQ(r.status, 405);
  EXPECT_EQ(nlohmann::json::parse(r.body)["error"]["code"], "method_not_allowed");
}

TEST_F(ServerTest, EnglishErrorsOnRequest) {
  Poco::Net::HTTPClientSession s("127.0.0.1", server_->port());
  HTTPRequest req("GET", "/api/v1/nope", HTTPRequest::HTTP_1_1);
  req.set("Accept-Language", "en-GB,en;q=0.9");
  s.sendRequest(req);
  HTTPResponse resp;
  std::string body;
  Poco::StreamCopier::copyToString(s.receiveResponse(resp), body);
  EXPECT_EQ(nlohmann::json::parse(body)["error"]["message"],
            "the path /api/v1/nope does not exist in the API");
}

TEST_F(ServerTest, OversizedBodyIs413) {
  Reply r = Request("POST", "/api/v1/health", std::string(4096, 'x'));
  EXPECT_EQ(r.status, 413);
  EXPECT_EQ(nlohmann::json::parse(r.body)["error"]["code"], "too_large");
}

TEST_F(ServerTest, ServesTheAppAndDeepLinks) {
  Reply root = Request("GET", "/");
  EXPECT_EQ(root.status, 200);
  EXPECT_NE(root.body.find("<title>Kompetensplan</title>"), std::string::npos);
  EXPECT_EQ(root.response.getContentType(), "text/html; charset=utf-8");

  Reply deep = Request("GET", "/kartlaggning");
  EXPECT_EQ(deep.status, 200);
  EXPECT_EQ(deep.body, root.body);

  Reply asset = Request("GET", "/assets/app-1234.js");
  EXPECT_EQ(asset.status, 200);
  EXPECT_EQ(asset.response.getContentType(), "text/javascript; charset=utf-8");
  EXPECT_NE(asset.response.get("Cache-Control").find("immutable"), std::string::npos);

  EXPECT_EQ(Request("GET", "/assets/saknas.js").status, 404);
}

TEST_F(ServerTest, PathTraversalIsRefused) {
  for (const char* uri : {"/../secret.txt", "/%2e%2e/secret.txt", "/assets/../../secret.txt",
                          "/..%2fsecret.txt", "/link.txt", "/assets%5c..%5c..%5csecret.txt"}) {
    Reply r = Request("GET", uri);
    EXPECT_EQ(r.status, 404) << uri;
    EXPECT_EQ(r.body.find("hemlig"), std::string::npos) << uri;
  }
}

TEST_F(ServerTest, SecurityHeadersOnEveryResponse) {
  for (const char* uri : {"/", "/api/v1/health", "/api/v1/nope"}) {
    Reply r = Request("GET", uri);
    EXPECT_EQ(r.response.get("X-Content-Type-Options"), "nosniff") << uri;
    EXPECT_NE(r.response.get("Content-Security-Policy").find("frame-ancestors 'none'"),
              std::string::npos)
        << uri;
    EXPECT_EQ(r.response.get("X-Frame-Options"), "DENY") << uri;
  }
}

TEST_F(ServerTest, KeepAliveServesSeveralRequestsOnOneConnection) {
  Poco::Net::HTTPClientSession s("127.0.0.1", server_->port());
  s.setKeepAlive(true);
  for (int i = 0; i < 3; ++i) {
    Reply r = Request("GET", "/api/v1/health", {}, &s);
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.response.get("Connection", ""), "Keep-Alive") << "request " << i;
  }
}

TEST(ErrorMappingTest, EveryCodeHasAStatusAndInternalDetailsStayHidden) {
  EXPECT_EQ(HttpStatusFor(ErrorCode::kInvalidInput), 400);
  EXPECT_EQ(HttpStatusFor(ErrorCode::kUnauthenticated), 401);
  EXPECT_EQ(HttpStatusFor(ErrorCode::kForbidden), 403);
  EXPECT_EQ(HttpStatusFor(ErrorCode::kNotFound), 404);
  EXPECT_EQ(HttpStatusFor(ErrorCode::kConflict), 409);
  EXPECT_EQ(HttpStatusFor(ErrorCode::kPreconditionFailed), 412);
  EXPECT_EQ(HttpStatusFor(ErrorCode::kTooLarge), 413);
  EXPECT_EQ(HttpStatusFor(ErrorCode::kUnavailable), 503);
  EXPECT_EQ(HttpStatusFor(ErrorCode::kInternal), 500);

  Json internal = ErrorBody(Error(ErrorCode::kInternal, "SELECT * FROM x failed at foo.cpp:12"),
                            Language::kSwedish);
  EXPECT_EQ(internal["error"]["message"], "Ett internt fel inträffade.");

  Json bad = ErrorBody(Error(ErrorCode::kInvalidInput, "är inte ett tal")
                           .WithRow(3).WithColumn("FTE").WithValue("x"),
                       Language::kSwedish);
  EXPECT_EQ(bad["error"]["location"]["row"], 3);
  EXPECT_EQ(bad["error"]["location"]["column"], "FTE");
  EXPECT_EQ(bad["error"]["location"]["value"], "x");
}

}  // namespace
}  // namespace kplan::server
