#pragma once
// Answers to reads, kept until the next write through this server (API writes,
// uploaded imports drop the whole cache) and at most a few seconds, so that a
// change made beside the server (`kplan import` on the same database) shows
// within that time too. Keys include the
// user, so an answer shaped by who asks (their subtree, their rights) is only
// ever given to them. Reads whose answer changes without a write (sessions,
// job progress, the health check) are not cached (Route::cacheable).
//
// Simple on purpose: one mutex, a size bound that clears when reached. The
// point is that the common reads (lists, the analysis, key figures) are
// computed once per change, not once per request.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "api.hpp"

namespace kplan::server {

class ResponseCache {
 public:
  explicit ResponseCache(std::chrono::milliseconds max_age = std::chrono::seconds(5),
                         std::size_t max_bytes = 64u << 20)
      : max_age_(max_age), max_bytes_(max_bytes) {}

  std::optional<ApiResponse> Find(const std::string& key);
  void Store(const std::string& key, const ApiResponse& response);
  // A write happened: everything cached may be stale.
  void Invalidate();

  // The key of a read: who asks, in which language, what.
  static std::string KeyOf(const ApiRequest& req, const std::string& uri);

 private:
  std::mutex mutex_;
  struct Entry {
    ApiResponse response;
    std::chrono::steady_clock::time_point stored;
  };
  std::map<std::string, Entry> entries_;
  std::size_t bytes_ = 0;
  std::chrono::milliseconds max_age_;
  std::size_t max_bytes_;
};

}  // namespace kplan::server
