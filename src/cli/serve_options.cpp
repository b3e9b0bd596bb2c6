#include "serve_options.hpp"

#include <charconv>
#include <cstdlib>

namespace kplan::cli {

OptionSpec ServeOptionSpec() { return OptionSpec{{"db", "host", "port", "web"}, {}}; }

Result<server::ServerOptions> ServerOptionsFrom(const Args& args) {
  server::ServerOptions o;
  o.host = args.GetOr("host", "127.0.0.1");
  if (auto port = args.Get("port")) {
    unsigned value = 0;
    auto [end, ec] = std::from_chars(port->data(), port->data() + port->size(), value);
    if (ec != std::errc() || end != port->data() + port->size() || value > 65535) {
      return Error(ErrorCode::kInvalidInput,
                   "--port \"" + *port + "\" är inte ett portnummer mellan 0 och 65535",
                   "--port \"" + *port + "\" is not a port number between 0 and 65535")
          .WithValue(*port);
    }
    o.port = static_cast<std::uint16_t>(value);
  }
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
