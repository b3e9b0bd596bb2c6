#pragma once
// Kartläggning: how many people of an occupational category in a unit hold a
// competence level of the plan year's scale. Read by io (inventory reader),
// saved and loaded by the store, summed by the gap analysis.

#include <string>

namespace kplan {

// Headcount at a competence level, per unit and category. Units and
// categories by code and name, as users write them.
struct InventoryEntry {
  std::string unit_code;
  std::string category;
  std::string level;  // a level name of the plan year's scale
  double headcount = 0;  // ≥ 0; may be FTEs, so not whole
};

}  // namespace kplan
