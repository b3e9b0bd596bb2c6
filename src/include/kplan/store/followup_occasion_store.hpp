#pragma once
// The follow-up occasions of plan years (one role of kplan::store::Store):
// a plan year's delårsrapporter and årsanalys with their deadlines
// (core/followup_occasion.hpp), and each submitted occasion's documents kept
// as handed in. Once submitted an occasion is frozen: it is never edited,
// deleted or submitted again (kConflict, "occasion_frozen"), and its
// documents are only ever inserted, never changed.

#include <cstdint>
#include <string_view>
#include <vector>

#include "kplan/core/error.hpp"
#include "kplan/core/followup_occasion.hpp"
#include "kplan/store/plan_cycle_store.hpp"

namespace kplan::store {

class FollowupOccasionStore {
 public:
  virtual ~FollowupOccasionStore() = default;

  // A plan year's occasions in kOccasionKinds' order (outcomes_recorded is
  // left false: the app layer knows the outcomes).
  virtual Result<std::vector<FollowupOccasion>> ListOccasions(std::int64_t plan_year_id) = 0;
  // Every occasion of every plan year of `year`, by unit code and kind.
  virtual Result<std::vector<FollowupOccasion>> ListOccasionsOfYear(int year) = 0;
  virtual Result<FollowupOccasion> GetOccasion(std::int64_t id) = 0;

  // Creates an occasion of plan_year_id of occasion.kind with its deadline
  // (ValidateOccasionDeadline); kNotFound for an unknown plan year, kConflict
  // ("occasion_exists") when the plan year has one of the kind. Audited
  // "create" on "followup_occasion".
  virtual Result<FollowupOccasion> CreateOccasion(const FollowupOccasion& occasion,
                                                  std::string_view actor) = 0;
  // Moves the deadline of an open occasion at occasion.version
  // (kPreconditionFailed otherwise; kConflict "occasion_frozen" once
  // submitted). Audited "update".
  virtual Result<FollowupOccasion> UpdateOccasion(const FollowupOccasion& occasion,
                                                  std::string_view actor) = 0;
  // Deletes an open occasion at `version`; audited "delete".
  virtual Status DeleteOccasion(std::int64_t id, int version, std::string_view actor) = 0;

  // Submits an open occasion at `version`: stores its documents and
  // `content_json` (what it said, for later reading), sets submitted_at and
  // submitted_by — in one transaction, audited "submit". After this the
  // occasion is frozen.
  virtual Result<FollowupOccasion> SubmitOccasion(std::int64_t id, int version,
                                                  const std::vector<AdoptedDocument>& documents,
                                                  std::string_view content_json, std::string_view actor) = 0;
  // A submitted occasion's documents without their bytes, by format.
  virtual Result<std::vector<AdoptedDocument>> ListOccasionDocuments(std::int64_t id) = 0;
  // One with its bytes; kNotFound when the occasion has none in the format.
  virtual Result<AdoptedDocument> LoadOccasionDocument(std::int64_t id, std::string_view format) = 0;
};

}  // namespace kplan::store
