#pragma once
// Sammanställning till kommunstyrelsen (seed 000: "Nämndernas uppföljning
// ... ska redovisas till kommunstyrelsen och ligga till grund för
// kommunövergripande uppföljning"): for the kommun and a year, each
// förvaltning's plan status and decision, its follow-up occasions' status,
// and per kommunövergripande målsättning the Röd/Grön of every förvaltning;
// it says which förvaltningar have not reported and which have no adopted
// plan. Pure: the app layer loads the data (app/kommunstyrelsen.hpp).

#include <optional>
#include <string>
#include <vector>

#include "kplan/core/calendar_date.hpp"
#include "kplan/core/followup.hpp"
#include "kplan/core/followup_occasion.hpp"
#include "kplan/core/plan_status.hpp"
#include "kplan/report/plan_document.hpp"

namespace kplan::report {

struct ForvaltningStatus {
  std::string code;
  std::string name;
  bool has_plan_year = false;
  PlanStatus status = PlanStatus::kDraft;
  std::optional<PlanDecision> decision;     // the newest adoption
  std::vector<UnitReporting> reporting;     // per occasion kind asked of the förvaltningar
};

// A kommunövergripande målsättning and, per förvaltning (in the order of
// KommunstyrelsenData::forvaltningar), the Röd/Grön of its goals serving it
// (AssessGoal over them), or nullopt when none of its goals serves it.
struct MalsattningStatus {
  std::string title;
  std::vector<std::optional<Assessment>> per_forvaltning;
};

struct KommunstyrelsenData {
  std::string municipality;
  int year = 0;
  std::vector<ForvaltningStatus> forvaltningar;
  std::vector<MalsattningStatus> malsattningar;
};

// The förvaltningar with a follow-up occasion asked of them that is not
// submitted; those without an adopted plan (not fastställd, or no plan year).
std::vector<const ForvaltningStatus*> NotReported(const KommunstyrelsenData& data);
std::vector<const ForvaltningStatus*> WithoutAdoptedPlan(const KommunstyrelsenData& data);

Document BuildKommunstyrelsenDocument(const KommunstyrelsenData& data, const CalendarDate& generated_on);

}  // namespace kplan::report
