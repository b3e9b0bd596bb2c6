#include "kplan/core/followup_goal.hpp"

#include "kplan/core/field_rules.hpp"

namespace kplan {

Status Validate(const Goal& g) {
  if (Status s = CheckText(g.title, "title", kGoalTitleMaxChars, true); !s.ok()) return s;
  if (Status s = CheckText(g.description, "description", kGoalDescriptionMaxChars); !s.ok()) return s;
  return Validate(g.years);
}

}  // namespace kplan
