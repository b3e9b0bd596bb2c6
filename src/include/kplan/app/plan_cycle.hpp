#pragma once
// Adopting a plan year and comparing it with what it was adopted as: the use
// cases behind POST /api/v1/plan-years/{id}/adoptions and
// GET /api/v1/plan-years/{id}/changes (store/plan_cycle_store.hpp keeps them).

#include <optional>
#include <string_view>
#include <vector>

#include "kplan/core/error.hpp"
#include "kplan/core/plan_revision.hpp"
#include "kplan/core/plan_status.hpp"
#include "kplan/report/plan_report.hpp"
#include "kplan/store/store.hpp"

namespace kplan::app {

// The formats an adopted plan is kept in: the PDF and DOCX the board
// received, the HTML readers open in the browser and the XLSX of its tables.
inline constexpr report::ReportFormat kAdoptedFormats[] = {
    report::ReportFormat::kPdf, report::ReportFormat::kDocx, report::ReportFormat::kHtml,
    report::ReportFormat::kXlsx};

// Renders the plan year's document in each of kAdoptedFormats with the
// decision on its title page, takes its items (report/plan_content.hpp), and
// stores them as the next adoption (PlanCycleStore::AdoptPlan's rules: only
// från för beslut, at the version read). kNotFound for an unknown plan year.
Result<store::PlanAdoption> AdoptPlan(store::Store& store, std::int64_t plan_year_id,
                                      int expected_version, const PlanDecision& decision,
                                      std::string_view actor);

struct PlanChanges {
  std::optional<store::PlanAdoption> adopted;  // the newest adoption; none: never adopted
  std::vector<PlanChange> changes;             // from it to the plan today
};

// What changed in the plan year since its newest adoption (nothing to compare
// when it was never adopted).
Result<PlanChanges> ChangesSinceAdoption(store::Store& store, std::int64_t plan_year_id);

}  // namespace kplan::app
