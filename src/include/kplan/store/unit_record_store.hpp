#pragma once
// The records a unit plans and follows up with: aktivitetsplan, riskanalys,
// goals, indicators and their outcomes, succession and saved projection
// runs (one role of kplan::store::Store).
//
// Editing one record at a time (the API). The conventions, for every
// Create/Update/Delete below:
//  - Create ignores the id and version it is given and returns the stored
//    record (new id, version 1).
//  - Update and Delete name the record by id and quote the version the
//    caller read. A record that does not exist is kNotFound; a stored
//    version other than the quoted one is kPreconditionFailed ("someone
//    else changed it first"), and nothing is written. Update returns the
//    stored record with version + 1.
//  - Units and categories are named by code and name as in the batch imports;
//    an unknown unit is kInvalidInput naming the field, a new category name
//    is added.
//  - Every write appends an audit entry with the record before and after,
//    as JSON, in the same transaction.
// Lists take a unit and return the records of its subtree.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kplan/core/error.hpp"
#include "kplan/store/records.hpp"

namespace kplan::store {

class UnitRecordStore {
 public:
  virtual ~UnitRecordStore() = default;

  // Indicators and their outcomes: an indicator is created on first mention
  // (per unit and name); an outcome replaces the stored one for its period.
  virtual Result<int> SaveIndicatorOutcomes(const std::vector<IndicatorOutcome>& outcomes,
                                            std::string_view actor) = 0;
  // The periods of the indicators of a unit's subtree, by unit, indicator and
  // period: every field set, target_json the period's effective target (its
  // own or the indicator's), goal the title of the indicator's goal. An
  // indicator without any period comes once, with an empty period.
  virtual Result<std::vector<IndicatorOutcome>> LoadIndicatorOutcomes(std::int64_t unit_id) = 0;

  // Aktivitetsplan and riskanalys: rows are added; units must exist, new
  // category names are added.
  virtual Result<int> AddActivities(const std::vector<Activity>& activities,
                                    std::string_view actor) = 0;
  // Goals, activities and succession entries of a unit's subtree belong to
  // plan years (core/year_span.hpp): with `year`, those whose span covers it;
  // without, all of them.
  virtual Result<std::vector<Activity>> ListActivities(std::int64_t unit_id,
                                                       std::optional<int> year) = 0;
  virtual Result<int> AddRisks(const std::vector<Risk>& risks, std::string_view actor) = 0;
  virtual Result<std::vector<Risk>> ListRisks(std::int64_t unit_id, int year) = 0;

  virtual Result<Activity> GetActivity(std::int64_t id) = 0;
  virtual Result<Activity> CreateActivity(const Activity& activity, std::string_view actor) = 0;
  virtual Result<Activity> UpdateActivity(const Activity& activity, std::string_view actor) = 0;
  virtual Status DeleteActivity(std::int64_t id, int version, std::string_view actor) = 0;

  virtual Result<Risk> GetRisk(std::int64_t id) = 0;
  virtual Result<Risk> CreateRisk(const Risk& risk, std::string_view actor) = 0;
  virtual Result<Risk> UpdateRisk(const Risk& risk, std::string_view actor) = 0;
  virtual Status DeleteRisk(std::int64_t id, int version, std::string_view actor) = 0;

  virtual Result<std::vector<Goal>> ListGoals(std::int64_t unit_id, std::optional<int> year) = 0;
  // The goals of the units above unit_id in the plan of `year` that serve no
  // goal themselves: the kommunövergripande målsättningar every förvaltning's
  // plan inherits.
  virtual Result<std::vector<Goal>> ListGoalsAbove(std::int64_t unit_id, int year) = 0;
  virtual Result<Goal> GetGoal(std::int64_t id) = 0;
  virtual Result<Goal> CreateGoal(const Goal& goal, std::string_view actor) = 0;
  virtual Result<Goal> UpdateGoal(const Goal& goal, std::string_view actor) = 0;
  // A parent must be a goal of a unit above that serves no goal itself
  // (kInvalidInput, rule goal_parent). A goal with indicators, or that goals
  // below serve, cannot be deleted (kConflict, rule goal_in_use).
  virtual Status DeleteGoal(std::int64_t id, int version, std::string_view actor) = 0;

  // Indicators: the target JSON is checked with io's target rule reader and
  // stored in its canonical form; names are unique per unit (kConflict); a
  // goal_id must name a goal.
  virtual Result<std::vector<IndicatorRecord>> ListIndicators(std::int64_t unit_id) = 0;
  virtual Result<IndicatorRecord> GetIndicator(std::int64_t id) = 0;
  virtual Result<IndicatorRecord> CreateIndicator(const IndicatorRecord& indicator,
                                                  std::string_view actor) = 0;
  virtual Result<IndicatorRecord> UpdateIndicator(const IndicatorRecord& indicator,
                                                  std::string_view actor) = 0;
  // Deletes the indicator and its outcomes.
  virtual Status DeleteIndicator(std::int64_t id, int version, std::string_view actor) = 0;
  // Outcomes of one indicator, oldest period first.
  virtual Result<std::vector<OutcomeRecord>> ListOutcomes(std::int64_t indicator_id) = 0;
  // Creates (version 0, the period not stored yet) or updates the outcome of
  // a period ("2024", "2024-T2", "2024-12": a year, optionally a part). A
  // manual assessment needs a comment. kNotFound for an unknown indicator.
  // An import (SaveIndicatorOutcomes) of a stored period replaces its value,
  // keeps its assessment and counts as a version.
  virtual Result<OutcomeRecord> SaveOutcome(const OutcomeRecord& outcome,
                                            std::string_view actor) = 0;
  // An indicator fed by the register (key_figure set) takes no typed value:
  // SaveOutcome keeps the computed one and refuses another (rule
  // computed_outcome), and so does the import. SaveComputedOutcomes writes the
  // values computed from the register (app/indicator_outcomes.hpp), creating
  // periods that are new and keeping each period's target, assessment and
  // comment; audited once as "computed" when a value changed. Returns how
  // many changed; kInvalidInput (rule key_figure) for an unbound indicator.
  virtual Result<int> SaveComputedOutcomes(std::int64_t indicator_id,
                                           const std::vector<ComputedOutcome>& outcomes,
                                           std::string_view actor) = 0;

  // Incumbent and successor are pseudonymous ids: a personnummer is refused
  // (rule no_personnummer, the value not echoed).
  virtual Result<std::vector<SuccessionEntry>> ListSuccession(std::int64_t unit_id,
                                                               std::optional<int> year) = 0;
  virtual Result<SuccessionEntry> GetSuccession(std::int64_t id) = 0;
  virtual Result<SuccessionEntry> CreateSuccession(const SuccessionEntry& entry,
                                                   std::string_view actor) = 0;
  virtual Result<SuccessionEntry> UpdateSuccession(const SuccessionEntry& entry,
                                                   std::string_view actor) = 0;
  virtual Status DeleteSuccession(std::int64_t id, int version, std::string_view actor) = 0;

  // Newest first, without result_json. SaveProjectionRun always adds a run
  // (created_at and actor set by the store); both documents must be JSON
  // objects (parameters_json, result_json; over 32 MB is kTooLarge).
  virtual Result<std::vector<ProjectionRun>> ListProjectionRuns(std::int64_t unit_id) = 0;
  virtual Result<ProjectionRun> GetProjectionRun(std::int64_t id) = 0;
  virtual Result<ProjectionRun> SaveProjectionRun(const ProjectionRun& run,
                                                  std::string_view actor) = 0;
};

}  // namespace kplan::store
