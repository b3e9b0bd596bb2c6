#include "serve_options.hpp"

#include <charconv>
#include <cstdlib>
#include <optional>
#include <string>

namespace kplan::cli {

OptionSpec ServeOptionSpec() {
  return OptionSpec{{"db", "host", "port", "web", "max-body-bytes", "session-idle-seconds"}, {}};
}

namespace {

// --NAME as a whole number from min to max, when given.
Result<std::optional<long long>> WholeNumber(const Args& args, const std::string& name, long long min,
                                             long long max) {
  auto text = args.Get(name);
  if (!text) return std::optional<long long>();
  long long value = 0;
  auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), value);
  if (ec != std::errc() || end != text->data() + text->size() || value < min || value > max) {
    return Error(ErrorCode::kInvalidInput,
                 "--" + name + " \"" + *text + "\" är inte ett heltal från " + std::to_string(min) +
                     " till " + std::to_string(max),
                 "--" + name + " \"" + *text + "\" is not a whole number from " + std::to_string(min) +
                     " to " + std::to_string(max))
        .WithValue(*text);
  }
  return std::optional<long long>(value);
}

}  // namespace

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
  // Request bodies larger than this get 413 (default 8 MiB).
  auto body_limit = WholeNumber(args, "max-body-bytes", 1024, 1LL << 32);
  if (!body_limit.ok()) return body_limit.error();
  if (body_limit.value()) o.max_body_bytes = static_cast<std::size_t>(*body_limit.value());
  // A session unused this long is ended (default 30 minutes).
  auto idle = WholeNumber(args, "session-idle-seconds", 1, 7 * 24 * 3600);
  if (!idle.ok()) return idle.error();
  if (idle.value()) o.session_idle_seconds = static_cast<int>(*idle.value());
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
