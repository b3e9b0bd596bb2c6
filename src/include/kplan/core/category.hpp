#pragma once
// Yrkeskategori: one occupational category of an analysis, from its inventory
// (kartläggning) through need and gap to goals and the change since last year,
// on every horizon of the analysis.

#include <optional>
#include <string>
#include <vector>

#include "kplan/core/competence_scale.hpp"
#include "kplan/core/gap.hpp"
#include "kplan/core/gap_change.hpp"
#include "kplan/core/goals.hpp"
#include "kplan/core/need.hpp"
#include "kplan/core/risk.hpp"

namespace kplan {

// The supply S on one horizon, when it is given rather than the inventory.
struct HorizonSupply {
  int years = 0;
  PerLevel levels;
};

struct CategoryInput {
  std::string name;
  std::string ssyk;                      // SSYK 2012 code, e.g. "3353"; may be empty
  std::string comment;
  PerLevel inventory;                    // tillgänglig kompetens: headcount per level
  std::vector<HorizonSupply> supply;     // per horizon where given; else the inventory
  std::optional<double> base;            // B set by hand; default: the inventory total
  std::vector<NeedAssumption> horizons;  // growth and target shares, per horizon
  std::vector<PreviousGaps> previous;    // last year's gaps, for the horizons that have them
  std::optional<CategoryRisk> risk;
};

// The numbers of one horizon. The sentences that go with them are phrased
// when the result is written (MovePlanSentence, GapChangeSentence), so that
// analysing hundreds of categories does not build text nobody reads.
struct HorizonAnalysis {
  NeedAssumption assumption;
  bool supply_given = false;  // S given for the horizon, not the inventory
  CompetenceNeed need;
  CompetenceGap gap;
  CompetenceGoal goal;
  std::optional<GapChange> change;  // when last year's gaps are known
};

struct CategoryAnalysis {
  std::string name;
  std::string ssyk;
  std::string comment;
  double inventory_total = 0;
  double base = 0;
  std::vector<HorizonAnalysis> horizons;  // in the order of the input
  std::optional<CategoryRisk> risk;
};

// The per-level inputs are expected to have one value per level of the scale
// (the document reader guarantees it); extra values are ignored and missing
// ones count as 0, so a mistake here cannot read out of bounds.
CategoryAnalysis AnalyzeCategory(const CategoryInput& input, const CompetenceScale& scale);

}  // namespace kplan
