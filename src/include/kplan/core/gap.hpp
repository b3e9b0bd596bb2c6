#pragma once
// Kompetensgap: available competence minus need, per level and in total.
//
//   G_{h,l} = S_{h,l} − N_{h,l}
//   G_h     = Σ_l S_{h,l} − N_h
//
// Negative is a shortage, positive a surplus. The supply S is the inventory as
// mapped (static over the horizons, as in seed 001's "lättversion"). Gaps keep
// full precision; the rounded figures are the ones published, e.g. seed 001,
// Sektionschef 2 år: 9, 5, −14, −4, total −4. The total is rounded on its own,
// so the rounded levels may differ from the rounded total by the rounding of
// each level (at most half a person per level).

#include <cstdint>
#include <vector>

#include "kplan/core/need.hpp"

namespace kplan {

struct LevelGap {
  double supply = 0;              // S
  double need = 0;                // N
  double gap = 0;                 // S − N, full precision
  std::int64_t gap_rounded = 0;   // for display, half away from zero
};

struct CompetenceGap {
  int years = 0;
  std::vector<LevelGap> levels;  // one per level, lowest first
  LevelGap total;

  std::vector<std::int64_t> RoundedLevelGaps() const;
};

// Requires supply.size() == need.per_level.size().
CompetenceGap ComputeGap(const PerLevel& supply, const CompetenceNeed& need);

}  // namespace kplan
