// Not implemented yet (removed group by group).
#include "poco_store.hpp"

#pragma GCC diagnostic ignored "-Wunused-parameter"

namespace kplan::store {
namespace {
Error NotYet() { return Error(ErrorCode::kInternal, "inte implementerat", "not implemented"); }
}  // namespace































Result<std::vector<SuccessionEntry>> PocoStore::ListSuccession(std::int64_t unit_id) { return NotYet(); }

Result<SuccessionEntry> PocoStore::GetSuccession(std::int64_t id) { return NotYet(); }

Result<SuccessionEntry> PocoStore::CreateSuccession(const SuccessionEntry& entry, std::string_view) { return NotYet(); }

Result<SuccessionEntry> PocoStore::UpdateSuccession(const SuccessionEntry& entry, std::string_view) { return NotYet(); }

Status PocoStore::DeleteSuccession(std::int64_t id, int version, std::string_view) { return NotYet(); }

Result<std::vector<ProjectionRun>> PocoStore::ListProjectionRuns(std::int64_t unit_id) { return NotYet(); }

Result<ProjectionRun> PocoStore::GetProjectionRun(std::int64_t id) { return NotYet(); }

Result<ProjectionRun> PocoStore::SaveProjectionRun(const ProjectionRun& run, std::string_view) { return NotYet(); }

}  // namespace kplan::store
