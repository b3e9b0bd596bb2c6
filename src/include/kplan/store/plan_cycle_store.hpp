#pragma once
// The yearly cycle of a plan year (one role of kplan::store::Store): starting
// next year's plan from this year's, moving it through utkast → för beslut →
// fastställd (core/plan_status.hpp), and keeping each adopted version — its
// decision, its documents as the board received them, and what it said —
// unchanged for as long as the database lives.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kplan/core/error.hpp"
#include "kplan/core/plan_status.hpp"
#include "kplan/store/records.hpp"

namespace kplan::store {

// A document of an adopted plan. `bytes` is empty in lists.
struct AdoptedDocument {
  std::string format;        // "pdf", "docx", "html", "xlsx"
  std::string file_name;
  std::string content_type;
  std::string sha256;        // hex, of bytes
  std::size_t size = 0;      // bytes
  std::string bytes;
};

// One adoption of a plan year: revision 1 is the first decision, 2 the next
// after a revision, and so on.
struct PlanAdoption {
  std::int64_t id = 0;
  std::int64_t plan_year_id = 0;
  int revision = 0;
  PlanDecision decision;
  std::string adopted_by;  // the user who recorded it
  std::string adopted_at;  // ISO 8601 UTC
  std::vector<AdoptedDocument> documents;
};

// What "start 2027 from 2026" takes along besides the frame (scale, horizons,
// sections, the period when it covers the new year), the texts, the own
// chapters and the need parameters, which always come.
struct NextPlanYearOptions {
  bool copy_inventory = false;  // seed 001's lättversion: last year's kartläggning as this year's start
};

class PlanCycleStore {
 public:
  virtual ~PlanCycleStore() = default;

  // Moves the plan year to `status` (CheckStatusChange: never to fastställd,
  // which takes AdoptPlan). kPreconditionFailed unless its version is
  // `expected_version`; bumps the version; audited as "status".
  virtual Result<PlanYear> SetPlanStatus(std::int64_t plan_year_id, PlanStatus status,
                                         int expected_version, std::string_view actor) = 0;

  // Adopts a plan year that is för beslut (CheckAdoption): stores the
  // decision (validated), the documents and `content_json` (the plan's items,
  // core/plan_revision.hpp) as the next revision, and sets it fastställd —
  // all in one transaction, audited as "adopt". kPreconditionFailed unless
  // the version is `expected_version`.
  virtual Result<PlanAdoption> AdoptPlan(std::int64_t plan_year_id, int expected_version,
                                         const PlanDecision& decision,
                                         const std::vector<AdoptedDocument>& documents,
                                         std::string_view content_json, std::string_view actor) = 0;

  // The plan year's adoptions, newest first, documents without their bytes.
  virtual Result<std::vector<PlanAdoption>> ListAdoptions(std::int64_t plan_year_id) = 0;
  // One adopted document with its bytes; kNotFound for an unknown revision or format.
  virtual Result<AdoptedDocument> LoadAdoptedDocument(std::int64_t plan_year_id, int revision,
                                                      std::string_view format) = 0;
  // The content_json stored with the revision; kNotFound when there is none.
  virtual Result<std::string> LoadAdoptedContent(std::int64_t plan_year_id, int revision) = 0;

  // Creates the plan year `year` (after the source's; "year_order") of the
  // source's unit (kConflict when it exists) as utkast, and carries on what
  // the source year's plan contains: goals, unfinished activities (neither
  // done nor cancelled) and succession entries of the unit's subtree whose
  // span ends in the source year now go on through `year` (one record, not a
  // copy: year_span.hpp); texts, own chapters and need parameters are copied;
  // the kartläggning when asked. One transaction, audited as "start".
  virtual Result<PlanYear> StartPlanYearFrom(std::int64_t source_plan_year_id, int year,
                                             const NextPlanYearOptions& options,
                                             std::string_view actor) = 0;
};

}  // namespace kplan::store
