#pragma once
// Kompetensmål / Uppföljning: a goal (mål) of a unit's plan, followed up by
// indicators (indicator_record.hpp). Not the Kompetensmål calculation, which
// is goals.hpp.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kplan/core/error.hpp"
#include "kplan/core/followup.hpp"
#include "kplan/core/year_span.hpp"

namespace kplan {

inline constexpr std::size_t kGoalTitleMaxChars = 300;
inline constexpr std::size_t kGoalDescriptionMaxChars = 20000;
inline constexpr std::size_t kGoalAreaMaxChars = 100;
inline constexpr std::size_t kGoalCommentMaxChars = 4000;

// A goal of a unit. A kommunövergripande målsättning is a goal of the kommun
// (seed 000's four); a förvaltning's goal names the one it serves as its
// parent, and every förvaltning's plan lists the kommun's målsättningar.
struct Goal {
  std::int64_t id = 0;
  std::string unit_code;
  std::string title;
  std::string description;
  YearSpan years;  // the plan years it is a goal of
  std::optional<std::int64_t> parent_id;  // the målsättning of a unit above that it serves
  std::string area;       // a strategic area (strategic_area.hpp) or the municipality's own; may be empty
  // Röd/Grön set by hand: "" (from its indicators), "green" or "red" — seed
  // 000's goal without a measurement is judged with a comment saying why.
  std::string manual_assessment;
  std::string assessment_comment;
  int version = 1;
};

// title required and at most kGoalTitleMaxChars ("required", "max_length");
// description at most kGoalDescriptionMaxChars; area at most
// kGoalAreaMaxChars; year, through_year a plan year span (year_span.hpp);
// manual_assessment "", "green" or "red" and, when set, a comment
// ("assessment", "assessment_comment": ValidateManualAssessment).
Status Validate(const Goal& goal);

// A goal's Röd/Grön: the manual one when set; otherwise Röd when any of its
// indicators is Röd, Grön when those assessed are all Grön, Ej bedömd when
// none is assessed.
struct GoalAssessment {
  Assessment assessment = Assessment::kNotAssessed;
  bool manual = false;
};
GoalAssessment AssessGoal(const Goal& goal, const std::vector<Assessment>& indicators);

}  // namespace kplan
