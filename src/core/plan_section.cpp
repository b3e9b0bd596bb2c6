#include "kplan/core/plan_section.hpp"

namespace kplan {

const PlanSection* FindPlanSection(std::string_view key) {
  for (const PlanSection& s : kPlanSections) {
    if (s.key == key) return &s;
  }
  return nullptr;
}

std::string PlanSectionKeys() {
  std::string out;
  for (const PlanSection& s : kPlanSections) {
    if (!out.empty()) out += ", ";
    out += s.key;
  }
  return out;
}

}  // namespace kplan
