#pragma once
// A plan year and what is written in its frame: occupational categories,
// competence scales, plan years, kartläggning (inventory), need parameters
// and the texts of the plan document (one role of kplan::store::Store).
// Create/Update follow the editing conventions in unit_record_store.hpp.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kplan/core/error.hpp"
#include "kplan/store/records.hpp"

namespace kplan::store {

class PlanYearStore {
 public:
  virtual ~PlanYearStore() = default;

  // Occupational categories. AddCategories adds those whose names are new
  // and fills in a missing SSYK code; returns how many rows changed.
  virtual Result<int> AddCategories(const std::vector<OccupationalCategory>& categories,
                                    std::string_view actor) = 0;
  virtual Result<std::vector<OccupationalCategory>> ListCategories() = 0;

  virtual Result<OccupationalCategory> UpdateCategory(const OccupationalCategory& category,
                                                      std::string_view actor) = 0;

  // Kartläggning for the plan year `year` of unit `plan_unit_id` (created
  // with the default scale Viss, God, Hög, Mycket hög if absent). The entries
  // replace the stored ones for the units and categories they name; units must
  // lie in the plan unit's subtree, levels on the plan year's scale, and new
  // category names are added. All or nothing.
  virtual Result<int> SaveInventory(std::int64_t plan_unit_id, int year,
                                    const std::vector<InventoryEntry>& entries,
                                    std::string_view actor) = 0;
  // Ordered by unit code, category, level.
  virtual Result<std::vector<InventoryEntry>> LoadInventory(std::int64_t plan_unit_id,
                                                            int year) = 0;
  // The level names of the plan year's scale, lowest first (the default scale
  // when the plan year does not exist yet).
  virtual Result<std::vector<std::string>> PlanLevels(std::int64_t plan_unit_id, int year) = 0;

  // Competence scales: at least two levels, names unique within the scale
  // and scale names unique.
  virtual Result<std::vector<CompetenceScaleRecord>> ListScales() = 0;
  virtual Result<CompetenceScaleRecord> AddScale(const CompetenceScaleRecord& scale,
                                                 std::string_view actor) = 0;

  // Plan years of the units in the subtree, by unit code and year.
  virtual Result<std::vector<PlanYear>> ListPlanYears(std::int64_t unit_id) = 0;
  // One plan year; kNotFound when there is none with the id.
  virtual Result<PlanYear> GetPlanYear(std::int64_t id) = 0;
  // Creates (id 0) or updates a plan year. The scale must exist (empty: the
  // default scale "Standard" on create, the plan year's own on update);
  // horizons are 1–30 years, ascending, no duplicates. A unit's year exists
  // once (kConflict); unit and year do not change on update. The scale of a
  // plan year that has inventory may not change (kConflict).
  virtual Result<PlanYear> SavePlanYear(const PlanYear& plan_year, std::string_view actor) = 0;

  // SaveInventory for editors: refused with kPreconditionFailed unless the
  // plan year's inventory_version equals expected_version (0 when the plan
  // year does not exist yet). Returns the new inventory_version. Every
  // inventory write counts, SaveInventory's imports too.
  virtual Result<int> ReplaceInventory(std::int64_t plan_unit_id, int year,
                                       const std::vector<InventoryEntry>& entries,
                                       int expected_version, std::string_view actor) = 0;

  // Need parameters of the plan year's categories, by category name (none
  // when the plan year does not exist).
  virtual Result<std::vector<NeedParameters>> LoadNeedParameters(std::int64_t plan_unit_id,
                                                                 int year) = 0;
  // Creates (version 0; kPreconditionFailed when someone else created it
  // first) or updates one category's parameters; the plan year is created
  // as in SaveInventory when absent, kNotFound for an unknown plan unit.
  // Validated (fields named as horizons[1].target_shares): one
  // assumption per horizon of the plan year, each with one share per level
  // of its scale summing to 100 ± 0.5 (IsCompleteDistribution), growth
  // > −1, base ≥ 0 when set.
  virtual Result<NeedParameters> SaveNeedParameters(std::int64_t plan_unit_id, int year,
                                                    const NeedParameters& parameters,
                                                    std::string_view actor) = 0;

  // Texts of the plan document (version 0 creates, as SaveNeedParameters),
  // by section and category. Sections are PlanText's keys; at most 100,000
  // characters.
  virtual Result<std::vector<PlanText>> LoadPlanTexts(std::int64_t plan_unit_id, int year) = 0;
  virtual Result<PlanText> SavePlanText(std::int64_t plan_unit_id, int year,
                                        const PlanText& text, std::string_view actor) = 0;

  // A plan's own chapters (core/plan_chapter.hpp): those of the plan years
  // `year` of the units in unit_id's subtree, by unit, section order and
  // position. Creating one needs the unit's plan year (kNotFound otherwise).
  virtual Result<std::vector<PlanChapter>> ListChapters(std::int64_t unit_id, int year) = 0;
  virtual Result<PlanChapter> GetChapter(std::int64_t id) = 0;
  virtual Result<PlanChapter> CreateChapter(const PlanChapter& chapter, std::string_view actor) = 0;
  virtual Result<PlanChapter> UpdateChapter(const PlanChapter& chapter, std::string_view actor) = 0;
  virtual Status DeleteChapter(std::int64_t id, int version, std::string_view actor) = 0;
};

}  // namespace kplan::store
