#include "kplan/core/plan_chapter.hpp"

#include "kplan/core/field_rules.hpp"
#include "kplan/core/occupational_category.hpp"  // kPlanTextMaxChars
#include "kplan/core/plan_section.hpp"
#include "kplan/core/plan_year.hpp"

namespace kplan {

Status Validate(const PlanChapter& c) {
  if (Status s = CheckText(c.title, "title", kChapterTitleMaxChars, true); !s.ok()) return s;
  if (Status s = CheckText(c.text, "text", kPlanTextMaxChars); !s.ok()) return s;
  if (!c.after.empty() && !FindPlanSection(c.after)) {
    return Error(FieldRuleError("after", "plan_section", "avsnittet \"" + c.after + "\" finns inte i planen",
                                "the plan has no section \"" + c.after + "\""))
        .WithValue(c.after)
        .WithHint("Avsnitten är " + PlanSectionKeys() + "; tomt placerar kapitlet sist.");
  }
  if (Status s = CheckRange(c.position, "position", 0, kChapterPositionMax); !s.ok()) return s;
  return CheckRange(c.year, "year", kPlanYearMin, kPlanYearMax);
}

}  // namespace kplan
