#include "kplan/core/followup_goal.hpp"

#include "kplan/core/field_rules.hpp"

namespace kplan {

Status Validate(const Goal& g) {
  if (Status s = CheckText(g.title, "title", kGoalTitleMaxChars, true); !s.ok()) return s;
  return CheckText(g.description, "description", kGoalDescriptionMaxChars);
}

}  // namespace kplan
