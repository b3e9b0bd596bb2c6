#include "kplan/core/followup_goal.hpp"

#include "kplan/core/field_rules.hpp"
#include "kplan/core/indicator_record.hpp"

namespace kplan {

Status Validate(const Goal& g) {
  if (Status s = CheckText(g.title, "title", kGoalTitleMaxChars, true); !s.ok()) return s;
  if (Status s = CheckText(g.description, "description", kGoalDescriptionMaxChars); !s.ok()) return s;
  if (Status s = CheckText(g.area, "area", kGoalAreaMaxChars); !s.ok()) return s;
  if (Status s = Validate(g.years); !s.ok()) return s;
  if (Status s = ValidateManualAssessment(g.manual_assessment, g.assessment_comment, "manual_assessment",
                                          "assessment_comment");
      !s.ok()) {
    return s;
  }
  return CheckText(g.assessment_comment, "assessment_comment", kGoalCommentMaxChars);
}

GoalAssessment AssessGoal(const Goal& goal, const std::vector<Assessment>& indicators) {
  if (auto manual = ParseAssessment(goal.manual_assessment); manual && !goal.manual_assessment.empty()) {
    return {*manual, true};
  }
  GoalAssessment out;
  for (Assessment a : indicators) {
    if (a == Assessment::kRed) return {Assessment::kRed, false};
    if (a == Assessment::kGreen) out.assessment = Assessment::kGreen;
  }
  return out;
}

}  // namespace kplan
