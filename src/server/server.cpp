// The Poco HTTP server wiring: one request handler that reads the request
// (bounded), routes /api/ to the router and everything else to the static
// files, and writes every response with Content-Length (which keeps
// connections alive) and the security headers.

#include "kplan/server/server.hpp"

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/ThreadPool.h>
#include <Poco/URI.h>

#include <cctype>
#include <chrono>
#include <iostream>
#include <thread>

#include "auth/login_throttle.hpp"
#include "auth/principal.hpp"
#include "auth/session_registry.hpp"
#include "dispatch.hpp"
#include "error_mapping.hpp"
#include "import_jobs.hpp"
#include "projection_jobs.hpp"
#include "response_cache.hpp"
#include "router.hpp"
#include "static_files.hpp"

namespace kplan::server {
namespace {

constexpr const char* kContentSecurityPolicy =
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
    "script-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
    "form-action 'self'; frame-ancestors 'none'";

struct Shared {
  Shared(ServerOptions o, store::Store& s)
      : options(std::move(o)),
        store(s),
        router(BuildApiRouter()),
        files(options.web_dir),
        sessions(std::chrono::seconds(options.session_idle_seconds)),
        org_tree(s),
        imports(s, [this] {  // an import may add or move units too
          cache.Invalidate();
          org_tree.Invalidate();
        }) {}

  ServerOptions options;
  store::Store& store;
  Router router;
  StaticFiles files;
  SessionRegistry sessions;
  LoginThrottle throttle;
  OrgTreeCache org_tree;
  ResponseCache cache;  // before imports, which clear it when an import is written
  ImportJobs imports;
  std::unique_ptr<ProjectionJobs> projections = std::make_unique<ProjectionJobs>();
};

Language LanguageOf(const Poco::Net::HTTPServerRequest& req) {
  const std::string accept = req.get("Accept-Language", "sv");
  return accept.rfind("en", 0) == 0 ? Language::kEnglish : Language::kSwedish;
}

void Send(Poco::Net::HTTPServerResponse& resp, int status, const std::string& content_type,
          const std::string& body, const std::string& cache_control) {
  // setStatus alone keeps the reason phrase "OK" (a 201 or a 404 went out as "... OK");
  // setStatusAndReason takes the phrase that belongs to the status.
  resp.setStatusAndReason(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(status));
  if (status == 204) {
    resp.set("X-Content-Type-Options", "nosniff");
    resp.set("Cache-Control", cache_control);
    resp.setContentLength(0);
    resp.send();
    return;
  }
  resp.setContentType(content_type);
  resp.set("Cache-Control", cache_control);
  resp.set("X-Content-Type-Options", "nosniff");
  resp.set("X-Frame-Options", "DENY");
  resp.set("Referrer-Policy", "no-referrer");
  resp.set("Content-Security-Policy", kContentSecurityPolicy);
  resp.setContentLength(static_cast<std::streamsize>(body.size()));
  resp.sendBuffer(body.data(), body.size());
}

void SendJson(Poco::Net::HTTPServerResponse& resp, int status, const Json& body) {
  Send(resp, status, "application/json; charset=utf-8",
       body.dump(-1, ' ', false, Json::error_handler_t::replace), "no-store");
}

void SendError(Poco::Net::HTTPServerResponse& resp, const Error& error, Language lang) {
  SendJson(resp, HttpStatusFor(error.code()), ErrorBody(error, lang));
}

// Reads the body, refusing more than `limit` bytes (declared or actual).
Result<std::string> ReadBody(Poco::Net::HTTPServerRequest& req, std::size_t limit) {
  auto too_large = [&] {
    return Error(ErrorCode::kTooLarge,
                 "förfrågan är större än " + std::to_string(limit) + " byte",
                 "the request is larger than " + std::to_string(limit) + " bytes")
        .WithRule("max_body_bytes");
  };
  if (req.hasContentLength() && req.getContentLength64() > static_cast<Poco::Int64>(limit)) {
    return too_large();
  }
  std::string body;
  char buf[16384];
  std::istream& in = req.stream();
  while (in.read(buf, sizeof buf) || in.gcount() > 0) {
    body.append(buf, static_cast<std::size_t>(in.gcount()));
    if (body.size() > limit) return too_large();
  }
  return body;
}

class RequestHandler final : public Poco::Net::HTTPRequestHandler {
 public:
  explicit RequestHandler(Shared& shared) : shared_(shared) {}

  void handleRequest(Poco::Net::HTTPServerRequest& req,
                     Poco::Net::HTTPServerResponse& resp) override {
    const Language lang = LanguageOf(req);
    try {
      Poco::URI uri(req.getURI());
      const std::string path = uri.getPath();
      if (path == "/api" || path.rfind("/api/", 0) == 0) {
        HandleApi(req, resp, uri, lang);
      } else {
        HandleStatic(req, resp, path, lang);
      }
    } catch (const std::exception& e) {
      // A bug or an unexpected failure: log it, tell the client only that.
      std::cerr << "kplan server: " << req.getMethod() << " " << req.getURI() << ": " << e.what()
                << "\n";
      if (!resp.sent()) SendError(resp, Error(ErrorCode::kInternal, "internt fel"), lang);
    }
  }

 private:
  void HandleApi(Poco::Net::HTTPServerRequest& req, Poco::Net::HTTPServerResponse& resp,
                 const Poco::URI& uri, Language lang) {
    ApiRequest api;
    api.method = req.getMethod();
    api.path = uri.getPath();
    api.uri = req.getURI();
    api.language = lang;
    for (const auto& [k, v] : uri.getQueryParameters()) api.query[k] = v;
    for (const auto& [k, v] : req) {
      std::string name = k;
      for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      api.headers[name] = v;
    }
    api.client_address = req.clientAddress().host().toString();
    api.secure = shared_.options.secure_cookies ||
                 (shared_.options.trust_forwarded_proto &&
                  req.get("X-Forwarded-Proto", "") == "https");

    Result<std::string> body = ReadBody(req, shared_.options.max_body_bytes);
    if (!body.ok()) return SendError(resp, body.error(), lang);
    api.body = std::move(body).value();

    bool method_not_allowed = false;
    auto match = shared_.router.Find(api.method, api.path, &method_not_allowed);
    if (!match) {
      if (method_not_allowed) {
        SendJson(resp, 405,
                 Json{{"error", {{"code", "method_not_allowed"},
                                 {"message", lang == Language::kEnglish
                                                 ? "method " + api.method + " is not allowed here"
                                                 : "metoden " + api.method + " är inte tillåten här"}}}});
        return;
      }
      return SendError(resp,
                       Error(ErrorCode::kNotFound, "sökvägen " + api.path + " finns inte i API:et",
                             "the path " + api.path + " does not exist in the API"),
                       lang);
    }
    api.params = std::move(match->params);
    AppContext app{shared_.store, shared_.sessions, shared_.throttle, shared_.org_tree,
                   shared_.imports, shared_.projections.get(), &shared_.cache};
    Result<ApiResponse> result = Dispatch(*match->route, api, app);
    if (!result.ok()) return SendError(resp, result.error(), lang);
    const ApiResponse& out = result.value();
    for (const auto& [name, value] : out.headers) resp.set(name, value);
    if (out.raw_body) {
      Send(resp, out.status, out.content_type, *out.raw_body, "no-store");
    } else {
      SendJson(resp, out.status, out.body);
    }
  }

  void HandleStatic(Poco::Net::HTTPServerRequest& req, Poco::Net::HTTPServerResponse& resp,
                    const std::string& path, Language lang) {
    if (req.getMethod() != "GET" && req.getMethod() != "HEAD") {
      return SendError(resp, Error(ErrorCode::kNotFound, "sidan finns inte", "no such page"), lang);
    }
    auto file = shared_.files.Find(path);
    if (!file) {
      return SendError(resp, Error(ErrorCode::kNotFound, "sidan finns inte", "no such page"), lang);
    }
    Send(resp, 200, file->content_type, file->content,
         file->immutable ? "public, max-age=31536000, immutable" : "no-cache");
  }

  Shared& shared_;
};

class HandlerFactory final : public Poco::Net::HTTPRequestHandlerFactory {
 public:
  explicit HandlerFactory(Shared& shared) : shared_(shared) {}
  Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest&) override {
    return new RequestHandler(shared_);
  }

 private:
  Shared& shared_;
};

}  // namespace

struct Server::Impl {
  Impl(ServerOptions options, store::Store& store) : shared(std::move(options), store) {}
  Shared shared;
  std::unique_ptr<Poco::ThreadPool> pool;
  std::unique_ptr<Poco::Net::HTTPServer> http;
  std::uint16_t bound_port = 0;
};

Server::Server(ServerOptions options, store::Store& store)
    : impl_(std::make_unique<Impl>(options, store)) {}

Server::~Server() { Stop(0); }

Status Server::Start() {
  try {
    const ServerOptions& o = impl_->shared.options;
    Poco::Net::ServerSocket socket(Poco::Net::SocketAddress(o.host, o.port), 128);
    impl_->bound_port = socket.address().port();
    auto* params = new Poco::Net::HTTPServerParams;
    params->setMaxThreads(o.threads);
    params->setMaxQueued(256);
    params->setKeepAlive(true);
    params->setKeepAliveTimeout(Poco::Timespan(5, 0));
    // Poco treats 0 ("unlimited" in its docs) as "no keep-alive"; use a large bound.
    params->setMaxKeepAliveRequests(100000);
    params->setServerName("kplan");
    impl_->pool = std::make_unique<Poco::ThreadPool>(2, o.threads);
    impl_->http = std::make_unique<Poco::Net::HTTPServer>(
        new HandlerFactory(impl_->shared), *impl_->pool, socket, params);
    impl_->http->start();
    return Ok();
  } catch (const Poco::Exception& e) {
    return Error(ErrorCode::kUnavailable,
                 "kan inte lyssna på " + impl_->shared.options.host + ":" +
                     std::to_string(impl_->shared.options.port) + " (" + e.displayText() + ")",
                 "cannot listen on " + impl_->shared.options.host + ":" +
                     std::to_string(impl_->shared.options.port) + " (" + e.displayText() + ")");
  }
}

void Server::Stop(int grace_ms) {
  impl_->shared.projections->StopAll();
  if (!impl_->http) return;
  // Stop accepting; requests in flight complete, idle keep-alive connections close.
  impl_->http->stopAll(false);
  auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(grace_ms);
  while (impl_->http->currentConnections() > 0 && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  if (impl_->http->currentConnections() > 0) impl_->http->stopAll(true);
  impl_->http.reset();
  impl_->pool->joinAll();
  impl_->pool.reset();
}

std::uint16_t Server::port() const { return impl_->bound_port; }

}  // namespace kplan::server
