#pragma once
// The kartläggning as an assignment (one role of kplan::store::Store): hr
// opens a plan year's round with a last day, each assigned unit
// (core/mapping_round.hpp: the plan unit's avdelningar) moves from ej
// påbörjad through pågår to inlämnad, hr records reminders; and the level
// definitions of the categories (core/level_definition.hpp) the chefs map
// against. Every write is audited.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kplan/core/calendar_date.hpp"
#include "kplan/core/error.hpp"
#include "kplan/core/level_definition.hpp"
#include "kplan/core/mapping_round.hpp"
#include "kplan/core/need_proposal.hpp"

namespace kplan::store {

struct MappingRound {
  std::int64_t plan_year_id = 0;
  CalendarDate deadline;
  bool open = true;
  std::string opened_by;
  std::string opened_at;  // ISO 8601 UTC; only saves after it count as pågår
};

// One assigned unit of a round, as hr's list and the chef's page show it.
struct UnitMapping {
  std::string unit_code;
  std::string unit_name;
  UnitMappingStatus status = UnitMappingStatus::kNotStarted;
  std::string saved_at;      // the newest save of a cell in its subtree, "" for none
  std::string submitted_at;  // "" until submitted
  std::string submitted_by;
  int reminders = 0;         // how often hr reminded
  std::string reminded_at;   // the newest reminder, "" for none
};

class MappingStore {
 public:
  virtual ~MappingStore() = default;

  // Opens the plan year's round with its last day, or moves the last day and
  // reopens a closed one (submissions are kept). kNotFound for an unknown
  // plan year; the deadline is checked by the caller against today
  // (CheckMappingDeadline). Audited as "open".
  virtual Result<MappingRound> OpenMappingRound(std::int64_t plan_year_id, const CalendarDate& deadline,
                                                std::string_view actor) = 0;
  // Closes it: no more submissions ("mapping_closed"). Audited as "close".
  virtual Result<MappingRound> CloseMappingRound(std::int64_t plan_year_id, std::string_view actor) = 0;
  // The round, std::nullopt when none was opened.
  virtual Result<std::optional<MappingRound>> GetMappingRound(std::int64_t plan_year_id) = 0;
  // Every assigned unit of the plan year's round with its status (all ej
  // påbörjad statuses when there is no round).
  virtual Result<std::vector<UnitMapping>> ListUnitMappings(std::int64_t plan_year_id) = 0;
  // Marks an assigned unit (by code) inlämnad; CheckMappingOpen; an unknown
  // or unassigned unit is kInvalidInput naming "unit". Audited as "submit".
  virtual Result<UnitMapping> SubmitUnitMapping(std::int64_t plan_year_id, std::string_view unit_code,
                                                std::string_view actor) = 0;
  // Records a reminder to an assigned unit not yet submitted (kConflict,
  // "already_submitted", when it is); CheckMappingOpen. Audited as "remind".
  virtual Result<UnitMapping> RemindUnitMapping(std::int64_t plan_year_id, std::string_view unit_code,
                                                std::string_view actor) = 0;

  // Need proposals (core/need_proposal.hpp) of the plan year, newest first.
  virtual Result<std::vector<NeedProposal>> ListNeedProposals(std::int64_t plan_year_id) = 0;
  virtual Result<NeedProposal> GetNeedProposal(std::int64_t id) = 0;
  // A chef's proposal for the unit `unit_code` of the plan year's subtree
  // (kInvalidInput naming "unit" otherwise); the category must exist
  // ("category"). Validated; audited as "create" of "need_proposal".
  virtual Result<NeedProposal> ProposeNeed(std::int64_t plan_year_id, const NeedProposal& proposal,
                                           std::string_view actor) = 0;
  // Accepts (the category's need parameter of the plan year takes the
  // proposed base, bumping its version; kConflict "need_missing" when the
  // category has no need parameters yet) or rejects (CheckDecision) — in one
  // transaction, both audited.
  virtual Result<NeedProposal> DecideNeedProposal(std::int64_t id, bool accept, std::string_view reason,
                                                  std::string_view actor) = 0;

  // The level definitions of every category that has some, by category id,
  // each in the order saved.
  virtual Result<std::map<std::int64_t, std::vector<LevelDefinition>>> ListLevelDefinitions() = 0;
  // Replaces them (Validate; empty texts are dropped). kNotFound for an
  // unknown category. Audited as "update" of "level_definition".
  virtual Result<std::vector<LevelDefinition>> SaveLevelDefinitions(
      std::int64_t category_id, const std::vector<LevelDefinition>& definitions,
      std::string_view actor) = 0;
};

}  // namespace kplan::store
