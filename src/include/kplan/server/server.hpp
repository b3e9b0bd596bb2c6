#pragma once
// The HTTP server: the JSON API under /api/v1 and the built web app at /.
//
// Start() binds and returns once the server accepts connections; Stop() stops
// accepting, lets requests in flight finish (bounded by a grace period), and
// closes idle keep-alive connections.

#include <cstdint>
#include <memory>
#include <string>

#include "kplan/core/error.hpp"
#include "kplan/store/store.hpp"

namespace kplan::server {

struct ServerOptions {
  std::string host = "127.0.0.1";
  std::uint16_t port = 8080;          // 0 picks a free port (see Server::port())
  std::string web_dir;                // the built web app (web/dist); empty serves no files
  std::size_t max_body_bytes = 8u << 20;  // larger request bodies get 413
  int threads = 16;
  int session_idle_seconds = 30 * 60; // a session unused this long is ended
  bool secure_cookies = false;        // mark the session cookie Secure (served over TLS)
  bool trust_forwarded_proto = false; // behind a TLS proxy: X-Forwarded-Proto: https means Secure
};

class Server {
 public:
  // The store must outlive the server.
  Server(ServerOptions options, store::Store& store);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  Status Start();
  // Waits at most grace_ms for requests in flight.
  void Stop(int grace_ms = 1500);
  std::uint16_t port() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kplan::server
