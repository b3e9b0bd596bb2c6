#pragma once
// Imports uploaded through the API run as jobs: the upload returns at once
// with a job id, one worker imports (one file at a time, so that two large
// registers do not compete for memory), and the browser polls the job for its
// stage and, at the end, the same report the CLI prints.

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "kplan/app/importer.hpp"

namespace kplan::server {

enum class ImportJobState { kQueued, kRunning, kDone, kFailed };

struct ImportJob {
  std::int64_t id = 0;
  std::string actor;     // who uploaded it; only they (and admins) see it
  std::string kind;      // "employees" ...
  std::string file_name;
  std::string org_code;
  ImportJobState state = ImportJobState::kQueued;
  int stage = 0;         // 0 queued, 1 reading, 2 checking, 3 saving, 4 finished
  std::string stage_sv, stage_en;
  std::optional<kplan::app::ImportReport> report;  // when the file was read
  std::optional<Error> error;                 // when the file as a whole failed
};

class ImportJobs {
 public:
  // on_written is called after an import has written to the store.
  explicit ImportJobs(store::Store& store, std::function<void()> on_written = {});
  ~ImportJobs();  // finishes the job in progress, drops the queued ones
  ImportJobs(const ImportJobs&) = delete;
  ImportJobs& operator=(const ImportJobs&) = delete;

  // Queues the import; returns the job id.
  std::int64_t Submit(kplan::app::ImportRequest request);
  std::optional<ImportJob> Find(std::int64_t id) const;

 private:
  void Work();

  store::Store& store_;
  std::function<void()> on_written_;
  mutable std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<std::pair<std::int64_t, kplan::app::ImportRequest>> queue_;
  std::map<std::int64_t, ImportJob> jobs_;
  std::int64_t next_id_ = 1;
  bool stopping_ = false;
  std::thread worker_;
};

}  // namespace kplan::server
