#include "static_files.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace kplan::server {
namespace {

std::string ContentType(const std::filesystem::path& p) {
  const std::string ext = p.extension().string();
  if (ext == ".html") return "text/html; charset=utf-8";
  if (ext == ".js" || ext == ".mjs") return "text/javascript; charset=utf-8";
  if (ext == ".css") return "text/css; charset=utf-8";
  if (ext == ".json") return "application/json";
  if (ext == ".svg") return "image/svg+xml";
  if (ext == ".png") return "image/png";
  if (ext == ".ico") return "image/x-icon";
  if (ext == ".woff2") return "font/woff2";
  if (ext == ".txt") return "text/plain; charset=utf-8";
  return "application/octet-stream";
}

bool SafeRelative(const std::string& rel) {
  if (rel.find('\0') != std::string::npos || rel.find('\\') != std::string::npos) return false;
  std::filesystem::path p(rel);
  for (const auto& part : p) {
    if (part == ".." || part == ".") return false;
  }
  return true;
}

}  // namespace

StaticFiles::StaticFiles(std::string web_dir) {
  std::error_code ec;
  auto canonical = std::filesystem::weakly_canonical(web_dir, ec);
  root_ = ec ? web_dir : canonical.string();
}

std::optional<StaticFile> StaticFiles::Read(const std::string& relative) const {
  if (root_.empty() || !SafeRelative(relative)) return std::nullopt;
  std::error_code ec;
  std::filesystem::path full = std::filesystem::weakly_canonical(
      std::filesystem::path(root_) / relative, ec);
  if (ec) return std::nullopt;
  // After resolving symlinks the file must still be inside the web directory.
  const std::string full_s = full.string();
  if (full_s.compare(0, root_.size(), root_) != 0 ||
      (full_s.size() > root_.size() && full_s[root_.size()] != '/')) {
    return std::nullopt;
  }
  if (!std::filesystem::is_regular_file(full, ec)) return std::nullopt;
  std::ifstream in(full, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream content;
  content << in.rdbuf();
  return StaticFile{content.str(), ContentType(full), relative.rfind("assets/", 0) == 0};
}

std::optional<StaticFile> StaticFiles::Find(const std::string& url_path) const {
  std::string rel = url_path;
  while (!rel.empty() && rel.front() == '/') rel.erase(0, 1);
  if (rel.empty()) return Read("index.html");
  if (auto file = Read(rel)) return file;
  // Deep link into the app (no extension in the last segment): serve the shell.
  if (!SafeRelative(rel)) return std::nullopt;
  auto last = rel.substr(rel.rfind('/') == std::string::npos ? 0 : rel.rfind('/') + 1);
  if (last.find('.') == std::string::npos) return Read("index.html");
  return std::nullopt;
}

}  // namespace kplan::server
