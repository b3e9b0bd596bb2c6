#pragma once
// Stochastic projections run in the background for the API: POST starts one
// and answers at once with its id; GET shows its progress and, when it is
// done, the result; DELETE stops it. Each job has its own thread and uses
// every core for its runs; at most `max_running` run at once, and the
// `max_kept` newest jobs are kept (older finished ones are dropped). Jobs
// need no store once started. Stopping the server stops every job.

#include <atomic>
#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include <nlohmann/json.hpp>

#include "kplan/core/error.hpp"
#include "kplan/report/staffing_simulation.hpp"

namespace kplan::server {

enum class JobStatus { kRunning, kDone, kFailed, kCancelled };
std::string_view JobStatusName(JobStatus status);  // "running", "done", "failed", "cancelled"

// A job as a caller sees it at one moment.
struct JobView {
  std::string id;
  JobStatus status = JobStatus::kRunning;
  std::int64_t done = 0;
  std::int64_t total = 0;
  double seconds = 0;
  std::optional<nlohmann::ordered_json> result;  // when done
  std::optional<Error> error;                    // when failed
};

class ProjectionJobs {
 public:
  explicit ProjectionJobs(int max_running = 2, std::size_t max_kept = 16);
  ~ProjectionJobs();
  ProjectionJobs(const ProjectionJobs&) = delete;
  ProjectionJobs& operator=(const ProjectionJobs&) = delete;

  // The job's id, or kUnavailable (rule "busy") when max_running jobs run.
  Result<std::string> Start(report::PreparedSimulation prepared);
  std::optional<JobView> Get(const std::string& id) const;
  // Asks a running job to stop; false for an unknown id.
  bool Cancel(const std::string& id);
  // Stops every job and waits for them.
  void StopAll();

 private:
  struct Job;
  void Forget();  // drops the oldest finished jobs beyond max_kept_; holds mutex_

  const int max_running_;
  const std::size_t max_kept_;
  mutable std::mutex mutex_;
  std::map<std::string, std::shared_ptr<Job>> jobs_;
  std::uint64_t started_ = 0;
};

}  // namespace kplan::server
