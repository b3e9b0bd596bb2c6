#include "serve_options.hpp"

#include <cstdlib>
#include <string>

namespace kplan::cli {

std::vector<OptionDecl> ServeOptions() {
  return {DatabaseOption(),
          Text("host", "ADRESS", "adressen servern lyssnar på (127.0.0.1)"),
          WholeNumber("port", "N", "porten (8080; 0 väljer en ledig)", 0, 65535),
          Text("web", "KATALOG", "webbappen (annars KPLAN_WEB_DIR eller den byggda web/dist)"),
          // Request bodies larger than this get 413 (default 8 MiB).
          WholeNumber("max-body-bytes", "N", "största tillåtna förfrågan i byte (8 MiB)", 1024, 1LL << 32),
          // A session unused this long is ended (default 30 minutes).
          WholeNumber("session-idle-seconds", "N", "en oanvänd session avslutas efter så många sekunder (1800)", 1,
                      7 * 24 * 3600)};
}

Result<server::ServerOptions> ServerOptionsFrom(const Args& args) {
  server::ServerOptions o;
  o.host = args.GetOr("host", "127.0.0.1");
  if (auto port = args.Number("port")) o.port = static_cast<std::uint16_t>(*port);
  if (auto limit = args.Number("max-body-bytes")) o.max_body_bytes = static_cast<std::size_t>(*limit);
  if (auto idle = args.Number("session-idle-seconds")) o.session_idle_seconds = static_cast<int>(*idle);
  if (auto web = args.Get("web")) {
    o.web_dir = *web;
  } else if (const char* env = std::getenv("KPLAN_WEB_DIR"); env && *env) {
    o.web_dir = env;
  } else {
    o.web_dir = KPLAN_DEFAULT_WEB_DIR;
  }
  return o;
}

}  // namespace kplan::cli
