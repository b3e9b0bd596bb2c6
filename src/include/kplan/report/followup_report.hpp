#pragma once
// The document of a follow-up occasion (seed 000: "Uppföljning av
// kompetensförsörjningsplan för Socialförvaltningen 2023"): the plan's
// decision, the kommunövergripande målsättningar, and per goal its Röd/Grön,
// its indicators with target, outcome, change and comment, and the
// activities working towards it with their status. Pure: built from plan
// data whose indicators hold the occasion's period (app::PlanRequest's
// followup_period), rendered by the plan renderers (plan_report.hpp).

#include <optional>
#include <string>
#include <vector>

#include "kplan/core/calendar_date.hpp"
#include "kplan/core/followup_goal.hpp"
#include "kplan/core/followup_occasion.hpp"
#include "kplan/core/plan_status.hpp"
#include "kplan/report/plan_data.hpp"
#include "kplan/report/plan_document.hpp"

namespace kplan::report {

// The occasion the document is made for.
struct OccasionHeader {
  OccasionKind kind = OccasionKind::kYear;
  int year = 0;
  CalendarDate deadline;
  std::optional<PlanDecision> decision;  // the plan's newest adoption, if any
};

// A goal of the plan as followed up: the målsättning it serves (when in the
// plan), its indicators, its activities and its Röd/Grön (AssessGoal).
struct GoalFollowup {
  const Goal* goal = nullptr;
  const Goal* parent = nullptr;
  std::vector<const IndicatorPlan*> indicators;
  std::vector<const Activity*> activities;
  GoalAssessment assessment;
};

// The plan's goals in the order of the målsättningar they serve, then the
// others, as the plan document lists them.
std::vector<GoalFollowup> FollowupByGoal(const UnitPlan& plan);

// "Uppföljning av kompetensförsörjningsplan för <unit> <year>", with the
// occasion's label and period on its title page.
Document BuildFollowupDocument(const PlanData& data, const OccasionHeader& occasion,
                               const CalendarDate& generated_on);

}  // namespace kplan::report
