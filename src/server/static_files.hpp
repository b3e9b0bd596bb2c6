#pragma once
// Serving the built web app. Paths are resolved inside the web directory only:
// "..", backslashes, NUL bytes and symlinks leading outside are refused. Unknown
// non-API paths without a file extension get index.html, so that deep links
// into the single-page app work.

#include <optional>
#include <string>

namespace kplan::server {

struct StaticFile {
  std::string content;
  std::string content_type;
  bool immutable = false;  // hashed asset names may be cached for a year
};

class StaticFiles {
 public:
  explicit StaticFiles(std::string web_dir);

  // nullopt: not found (or refused, which looks the same from outside).
  std::optional<StaticFile> Find(const std::string& url_path) const;

 private:
  std::optional<StaticFile> Read(const std::string& relative) const;
  std::string root_;
};

}  // namespace kplan::server
