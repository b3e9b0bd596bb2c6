#include "import_jobs.hpp"

namespace kplan::server {

ImportJobs::ImportJobs(store::Store& store, std::function<void()> on_written)
    : store_(store), on_written_(std::move(on_written)), worker_([this] { Work(); }) {}

ImportJobs::~ImportJobs() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  worker_.join();
}

std::int64_t ImportJobs::Submit(kplan::app::ImportRequest request) {
  std::lock_guard lock(mutex_);
  const std::int64_t id = next_id_++;
  ImportJob job;
  job.id = id;
  job.actor = request.actor;
  job.kind = std::string(kplan::app::ImportKindKey(request.kind));
  job.file_name = request.file_name;
  job.org_code = request.org_code;
  job.stage_sv = "i kö";
  job.stage_en = "queued";
  jobs_[id] = std::move(job);
  queue_.emplace_back(id, std::move(request));
  wake_.notify_one();
  return id;
}

std::optional<ImportJob> ImportJobs::Find(std::int64_t id) const {
  std::lock_guard lock(mutex_);
  auto it = jobs_.find(id);
  if (it == jobs_.end()) return std::nullopt;
  return it->second;
}

void ImportJobs::Work() {
  for (;;) {
    std::pair<std::int64_t, kplan::app::ImportRequest> next;
    {
      std::unique_lock lock(mutex_);
      wake_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
      if (stopping_) return;
      next = std::move(queue_.front());
      queue_.pop_front();
      jobs_[next.first].state = ImportJobState::kRunning;
    }
    const std::int64_t id = next.first;
    auto progress = [&](std::string_view sv, std::string_view en) {
      std::lock_guard lock(mutex_);
      ImportJob& job = jobs_[id];
      job.stage = std::min(job.stage + 1, 3);
      job.stage_sv = std::string(sv);
      job.stage_en = std::string(en);
    };
    Result<kplan::app::ImportReport> result = kplan::app::ImportFile(store_, std::move(next.second), progress);
    std::lock_guard lock(mutex_);
    ImportJob& job = jobs_[id];
    job.stage = 4;
    job.stage_sv = "klar";
    job.stage_en = "finished";
    if (result.ok()) {
      job.state = ImportJobState::kDone;
      job.report = std::move(result).value();
      const auto outcome = job.report->outcome;
      if (on_written_ && (outcome == kplan::app::ImportOutcome::kImported || outcome == kplan::app::ImportOutcome::kReplaced)) {
        on_written_();
      }
    } else {
      job.state = ImportJobState::kFailed;
      job.error = result.error();
    }
  }
}

}  // namespace kplan::server
