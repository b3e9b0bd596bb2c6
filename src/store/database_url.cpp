#include "kplan/store/database_url.hpp"

#include <Poco/Exception.h>
#include <Poco/URI.h>

namespace kplan::store {

Result<DatabaseUrl> ParseDatabaseUrl(std::string_view url) {
  if (url.rfind("sqlite:", 0) == 0) {
    std::string path(url.substr(7));
    if (path.empty()) {
      return Error(ErrorCode::kInvalidInput, "sqlite-adressen saknar sökväg",
                   "the sqlite URL has no path")
          .WithValue(std::string(url))
          .WithHint("Skriv t.ex. sqlite:var/kplan.db");
    }
    return DatabaseUrl{Backend::kSqlite, path};
  }
  if (url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0) {
    return DatabaseUrl{Backend::kPostgres, std::string(url)};
  }
  return Error(ErrorCode::kInvalidInput,
               "okänd databasadress \"" + RedactedUrl(url) + "\"",
               "unknown database URL \"" + RedactedUrl(url) + "\"")
      .WithValue(RedactedUrl(url))
      .WithRule("database_url")
      .WithHint("Använd sqlite:SÖKVÄG eller postgresql://användare@värd:port/databas");
}

namespace {

// Quotes a libpq keyword value: 'it''s' style is not libpq's; it wants \' and \\.
std::string LibpqValue(const std::string& v) {
  std::string out = "'";
  for (char c : v) {
    if (c == '\'' || c == '\\') out += '\\';
    out += c;
  }
  return out + "'";
}

}  // namespace

Result<std::string> PostgresConnectionString(std::string_view url) {
  auto invalid = [&] {
    return Error(ErrorCode::kInvalidInput,
                 "PostgreSQL-adressen \"" + RedactedUrl(url) + "\" går inte att tolka",
                 "cannot parse the PostgreSQL URL \"" + RedactedUrl(url) + "\"")
        .WithValue(RedactedUrl(url))
        .WithHint("Skriv t.ex. postgresql://kplan:lösenord@127.0.0.1:5432/kplan");
  };
  try {
    Poco::URI uri{std::string(url)};
    std::string out;
    auto add = [&](const std::string& key, const std::string& value) {
      if (value.empty()) return;
      if (!out.empty()) out += ' ';
      out += key + "=" + LibpqValue(value);
    };
    add("host", uri.getHost());
    if (uri.getPort() != 0) add("port", std::to_string(uri.getPort()));
    const std::string& info = uri.getUserInfo();
    auto colon = info.find(':');
    std::string user, password;
    Poco::URI::decode(info.substr(0, colon), user);
    if (colon != std::string::npos) Poco::URI::decode(info.substr(colon + 1), password);
    add("user", user);
    add("password", password);
    std::string path = uri.getPath();
    if (!path.empty() && path.front() == '/') path.erase(0, 1);
    add("dbname", path);
    for (const auto& [key, value] : uri.getQueryParameters()) add(key, value);
    if (out.empty()) return invalid();
    return out;
  } catch (const Poco::Exception&) {
    return invalid();
  }
}

std::string_view BackendName(Backend backend) {
  return backend == Backend::kSqlite ? "sqlite" : "postgresql";
}

std::string RedactedUrl(std::string_view url) {
  auto scheme = url.find("://");
  if (scheme == std::string_view::npos) return std::string(url);
  auto at = url.find('@', scheme + 3);
  if (at == std::string_view::npos) return std::string(url);
  auto colon = url.find(':', scheme + 3);
  if (colon == std::string_view::npos || colon > at) return std::string(url);
  return std::string(url.substr(0, colon + 1)) + "***" + std::string(url.substr(at));
}

}  // namespace kplan::store
