// Not implemented yet (removed group by group).
#include "poco_store.hpp"

#pragma GCC diagnostic ignored "-Wunused-parameter"

namespace kplan::store {
namespace {
Error NotYet() { return Error(ErrorCode::kInternal, "inte implementerat", "not implemented"); }
}  // namespace

Result<OccupationalCategory> PocoStore::UpdateCategory(const OccupationalCategory& category, std::string_view) { return NotYet(); }

Result<std::vector<CompetenceScaleRecord>> PocoStore::ListScales() { return NotYet(); }

Result<CompetenceScaleRecord> PocoStore::AddScale(const CompetenceScaleRecord& scale, std::string_view) { return NotYet(); }

Result<std::vector<PlanYear>> PocoStore::ListPlanYears(std::int64_t unit_id) { return NotYet(); }

Result<PlanYear> PocoStore::SavePlanYear(const PlanYear& plan_year, std::string_view) { return NotYet(); }

Result<int> PocoStore::ReplaceInventory(std::int64_t plan_unit_id, int year, const std::vector<InventoryEntry>& entries, int expected_version, std::string_view) { return NotYet(); }

Result<std::vector<NeedParameters>> PocoStore::LoadNeedParameters(std::int64_t plan_unit_id, int year) { return NotYet(); }

Result<NeedParameters> PocoStore::SaveNeedParameters(std::int64_t plan_unit_id, int year, const NeedParameters& parameters, std::string_view) { return NotYet(); }

Result<std::vector<PlanText>> PocoStore::LoadPlanTexts(std::int64_t plan_unit_id, int year) { return NotYet(); }

Result<PlanText> PocoStore::SavePlanText(std::int64_t plan_unit_id, int year, const PlanText& text, std::string_view) { return NotYet(); }









Result<std::vector<Goal>> PocoStore::ListGoals(std::int64_t unit_id) { return NotYet(); }

Result<Goal> PocoStore::GetGoal(std::int64_t id) { return NotYet(); }

Result<Goal> PocoStore::CreateGoal(const Goal& goal, std::string_view) { return NotYet(); }

Result<Goal> PocoStore::UpdateGoal(const Goal& goal, std::string_view) { return NotYet(); }

Status PocoStore::DeleteGoal(std::int64_t id, int version, std::string_view) { return NotYet(); }

Result<std::vector<IndicatorRecord>> PocoStore::ListIndicators(std::int64_t unit_id) { return NotYet(); }

Result<IndicatorRecord> PocoStore::GetIndicator(std::int64_t id) { return NotYet(); }

Result<IndicatorRecord> PocoStore::CreateIndicator(const IndicatorRecord& indicator, std::string_view) { return NotYet(); }

Result<IndicatorRecord> PocoStore::UpdateIndicator(const IndicatorRecord& indicator, std::string_view) { return NotYet(); }

Status PocoStore::DeleteIndicator(std::int64_t id, int version, std::string_view) { return NotYet(); }

Result<std::vector<OutcomeRecord>> PocoStore::ListOutcomes(std::int64_t indicator_id) { return NotYet(); }

Result<OutcomeRecord> PocoStore::SaveOutcome(const OutcomeRecord& outcome, std::string_view) { return NotYet(); }

Result<std::vector<SuccessionEntry>> PocoStore::ListSuccession(std::int64_t unit_id) { return NotYet(); }

Result<SuccessionEntry> PocoStore::GetSuccession(std::int64_t id) { return NotYet(); }

Result<SuccessionEntry> PocoStore::CreateSuccession(const SuccessionEntry& entry, std::string_view) { return NotYet(); }

Result<SuccessionEntry> PocoStore::UpdateSuccession(const SuccessionEntry& entry, std::string_view) { return NotYet(); }

Status PocoStore::DeleteSuccession(std::int64_t id, int version, std::string_view) { return NotYet(); }

Result<std::vector<ProjectionRun>> PocoStore::ListProjectionRuns(std::int64_t unit_id) { return NotYet(); }

Result<ProjectionRun> PocoStore::GetProjectionRun(std::int64_t id) { return NotYet(); }

Result<ProjectionRun> PocoStore::SaveProjectionRun(const ProjectionRun& run, std::string_view) { return NotYet(); }

}  // namespace kplan::store
