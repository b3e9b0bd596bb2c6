#pragma once
// Follow-up occasions as use cases (store/followup_occasion_store.hpp keeps
// them): their status from what is recorded for their period, the occasion's
// document made from the plan as it stands (a preview), and submitting,
// which renders the document in kOccasionFormats and stores the bytes with
// the occasion in one transaction — after which they never change.

#include <cstdint>
#include <string_view>
#include <vector>

#include "kplan/app/plan_report.hpp"
#include "kplan/core/error.hpp"
#include "kplan/core/followup_occasion.hpp"
#include "kplan/report/plan_report.hpp"
#include "kplan/store/store.hpp"

namespace kplan::app {

// The formats a submitted occasion is kept in: the PDF and DOCX the nämnd
// receives, the HTML readers open in the browser.
inline constexpr report::ReportFormat kOccasionFormats[] = {report::ReportFormat::kPdf,
                                                            report::ReportFormat::kDocx,
                                                            report::ReportFormat::kHtml};

// Sets outcomes_recorded on each occasion: any indicator of its plan unit's
// subtree has an outcome for the occasion's period.
Status FillOccasionStatus(store::Store& store, std::vector<FollowupOccasion>& occasions);

// A plan year's occasions with their status.
Result<std::vector<FollowupOccasion>> ListOccasions(store::Store& store, std::int64_t plan_year_id);

// The occasion's document from the plan as it is now (kInvalidInput for a
// format other than pdf, docx and html).
Result<RenderedReport> RenderOccasion(store::Store& store, const FollowupOccasion& occasion,
                                      report::ReportFormat format);

// Renders and submits an open occasion at `expected_version`
// (FollowupOccasionStore::SubmitOccasion's rules).
Result<FollowupOccasion> SubmitOccasion(store::Store& store, std::int64_t occasion_id, int expected_version,
                                        std::string_view actor);

}  // namespace kplan::app
