#include "projection_jobs.hpp"

#include <random>
#include <vector>

namespace kplan::server {

std::string_view JobStatusName(JobStatus status) {
  switch (status) {
    case JobStatus::kRunning: return "running";
    case JobStatus::kDone: return "done";
    case JobStatus::kFailed: return "failed";
    case JobStatus::kCancelled: return "cancelled";
  }
  return "failed";
}

struct ProjectionJobs::Job {
  std::string id;
  std::uint64_t order = 0;
  std::atomic<std::int64_t> done{0};
  std::atomic<std::int64_t> total{0};
  std::chrono::steady_clock::time_point started = std::chrono::steady_clock::now();
  std::stop_source stop;

  // Guarded by the ProjectionJobs mutex once the thread runs.
  JobStatus status = JobStatus::kRunning;
  double seconds = 0;
  std::optional<nlohmann::ordered_json> result;
  std::optional<Error> error;
  std::thread thread;
};

namespace {

std::string NewId() {
  static thread_local std::mt19937_64 random{std::random_device{}()};
  const char* digits = "0123456789abcdef";
  std::string id;
  for (int i = 0; i < 16; ++i) id += digits[random() % 16];
  return id;
}

}  // namespace

ProjectionJobs::ProjectionJobs(int max_running, std::size_t max_kept)
    : max_running_(max_running), max_kept_(max_kept) {}

ProjectionJobs::~ProjectionJobs() { StopAll(); }

Result<std::string> ProjectionJobs::Start(report::PreparedSimulation prepared) {
  std::lock_guard lock(mutex_);
  int running = 0;
  for (const auto& [id, job] : jobs_) running += job->status == JobStatus::kRunning ? 1 : 0;
  if (running >= max_running_) {
    return Error(ErrorCode::kUnavailable,
                 "servern räknar redan " + std::to_string(running) + " prognoser; försök igen om en stund",
                 "the server is already computing " + std::to_string(running) + " projections; try again shortly")
        .WithRule("busy");
  }
  auto job = std::make_shared<Job>();
  job->id = NewId();
  job->order = ++started_;
  job->total = static_cast<std::int64_t>(prepared.options.runs) * static_cast<std::int64_t>(prepared.scenarios.size());
  jobs_[job->id] = job;
  Forget();
  job->thread = std::thread([this, job, p = std::move(prepared)] {
    Result<SimulationResult> result = RunSimulation(
        p.model, p.scenarios, p.options,
        [&](std::int64_t done, std::int64_t total) {
          job->done = done;
          job->total = total;
        },
        job->stop.get_token());
    std::optional<nlohmann::ordered_json> json;
    if (result.ok()) json = report::SimulationReportJson(p, result.value());
    std::lock_guard done_lock(mutex_);
    job->seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - job->started).count();
    if (result.ok()) {
      job->status = JobStatus::kDone;
      job->result = std::move(json);
    } else if (result.error().rule() == "cancelled") {
      job->status = JobStatus::kCancelled;
    } else {
      job->status = JobStatus::kFailed;
      job->error = result.error();
    }
  });
  return job->id;
}

std::optional<JobView> ProjectionJobs::Get(const std::string& id) const {
  std::lock_guard lock(mutex_);
  const auto it = jobs_.find(id);
  if (it == jobs_.end()) return std::nullopt;
  const Job& job = *it->second;
  JobView view;
  view.id = job.id;
  view.status = job.status;
  view.done = job.done;
  view.total = job.total;
  view.seconds = job.status == JobStatus::kRunning
                     ? std::chrono::duration<double>(std::chrono::steady_clock::now() - job.started).count()
                     : job.seconds;
  view.result = job.result;
  view.error = job.error;
  return view;
}

bool ProjectionJobs::Cancel(const std::string& id) {
  std::lock_guard lock(mutex_);
  const auto it = jobs_.find(id);
  if (it == jobs_.end()) return false;
  it->second->stop.request_stop();
  return true;
}

void ProjectionJobs::StopAll() {
  std::vector<std::shared_ptr<Job>> all;
  {
    std::lock_guard lock(mutex_);
    for (auto& [id, job] : jobs_) {
      job->stop.request_stop();
      all.push_back(job);
    }
  }
  for (auto& job : all) {
    if (job->thread.joinable()) job->thread.join();
  }
}

void ProjectionJobs::Forget() {
  while (jobs_.size() > max_kept_) {
    auto oldest = jobs_.end();
    for (auto it = jobs_.begin(); it != jobs_.end(); ++it) {
      if (it->second->status == JobStatus::kRunning) continue;
      if (oldest == jobs_.end() || it->second->order < oldest->second->order) oldest = it;
    }
    if (oldest == jobs_.end()) return;  // all running (cannot happen with max_running < max_kept)
    if (oldest->second->thread.joinable()) oldest->second->thread.join();  // finished: returns at once
    jobs_.erase(oldest);
  }
}

}  // namespace kplan::server
