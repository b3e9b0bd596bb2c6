#pragma once
// Kompetensmål: what it takes to close the gap on a horizon.
//
// Quantitative goal: the headcount to add, max(0, −round(G_h)).
// Qualitative goal: the target distribution itself. Reaching it takes moves
// between levels (developing staff already employed) and recruitment.
//
// Moves are planned on the rounded level gaps, the figures the board sees:
//   - shortages are handled from the lowest level upward;
//   - each is filled from surpluses at lower levels, nearest level first
//     (God develops to Hög sooner than Viss does);
//   - what remains is recruitment at that level;
//   - a surplus above a shortage stays: competence does not move down.
// Example: Viss 1, God 2, Hög −2, Mycket hög −4 gives God→Hög 2,
// Viss→Mycket hög 1 and recruitment of 3 at Mycket hög.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "kplan/core/competence_scale.hpp"
#include "kplan/core/gap.hpp"

namespace kplan {

struct CompetenceMove {
  std::size_t from_level = 0;
  std::size_t to_level = 0;  // always above from_level
  std::int64_t count = 0;    // > 0

  bool operator==(const CompetenceMove&) const = default;
};

// How the rounded level gaps are closed: moves between levels and recruitment.
struct MovePlan {
  std::vector<CompetenceMove> moves;       // in the order planned
  std::vector<std::int64_t> recruitment;   // per level, ≥ 0

  std::int64_t TotalRecruitment() const;
};

struct CompetenceGoal {
  std::int64_t quantitative = 0;  // max(0, −round(G_h))
  MovePlan plan;
};

std::int64_t QuantitativeGoal(const CompetenceGap& gap);

// Moves and recruitment for rounded level gaps (lowest level first). Every
// shortage is covered exactly: the moves into a level plus its recruitment
// equal its shortage, and no level gives away more than its surplus.
MovePlan PlanMoves(const std::vector<std::int64_t>& rounded_level_gaps);

// The goal for a computed gap: the quantitative goal and the move plan.
CompetenceGoal SetGoal(const CompetenceGap& gap);

// The qualitative goal's sentence under "Kommentar Mål/delmål" in seed 001:
//   "Det innebär att förflyttningar behöver göras från viss- och god nivå till
//    hög- och mycket hög nivå."
// From the levels that give competence to the levels that need it, including
// a shortage above the lowest giving level that the surplus did not cover.
// No headcount: the quantitative goal carries it, and the seed says the gaps
// are "inte hur många som behöver rekryteras".
std::string MovePlanSentence(const MovePlan& plan, const CompetenceScale& scale);

}  // namespace kplan
