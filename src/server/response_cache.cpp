#include "response_cache.hpp"

namespace kplan::server {
namespace {

std::size_t SizeOf(const ApiResponse& r) {
  return r.raw_body ? r.raw_body->size() : r.body.dump().size();
}

}  // namespace

std::optional<ApiResponse> ResponseCache::Find(const std::string& key) {
  std::lock_guard lock(mutex_);
  auto it = entries_.find(key);
  if (it == entries_.end()) return std::nullopt;
  if (std::chrono::steady_clock::now() - it->second.stored > max_age_) {
    entries_.erase(it);  // its size stays counted until the next clear: a bound, not a tally
    return std::nullopt;
  }
  return it->second.response;
}

void ResponseCache::Store(const std::string& key, const ApiResponse& response) {
  const std::size_t size = SizeOf(response) + key.size();
  if (size > max_bytes_ / 8) return;  // one large report must not push out everything else
  std::lock_guard lock(mutex_);
  if (bytes_ + size > max_bytes_) {
    entries_.clear();
    bytes_ = 0;
  }
  entries_[key] = Entry{response, std::chrono::steady_clock::now()};
  bytes_ += size;
}

void ResponseCache::Invalidate() {
  std::lock_guard lock(mutex_);
  entries_.clear();
  bytes_ = 0;
}

std::string ResponseCache::KeyOf(const ApiRequest& req, const std::string& uri) {
  std::string key = req.principal ? req.principal->name : std::string();
  key += '\n';
  key += req.language == Language::kEnglish ? "en" : "sv";
  key += '\n';
  key += uri;
  return key;
}

}  // namespace kplan::server
