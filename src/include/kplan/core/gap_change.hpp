#pragma once
// Förändring av kompetensgap jämfört med föregående år.
//
// For each horizon, this year's gaps are compared with last year's published
// gaps, level by level, and the quantitative need (max(0, −total gap)) with
// last year's. Each level gets one kind of change:
//
//   last year   this year                     kind
//   shortage    shortage, within ±1           unchanged ("i stort sett detsamma")
//   shortage    larger / smaller shortage     shortage grew / shrank
//   shortage    0                             shortage disappeared
//   shortage    surplus                       shortage turned into surplus
//   0 or surplus  shortage                    new shortage arose
//   surplus     surplus, within ±1            unchanged
//   surplus     larger / smaller surplus      surplus grew / shrank
//   surplus     0                             surplus disappeared
//   0           surplus                       surplus appeared
//   0           0                             unchanged
//
// A change of side is always reported, even by one person: a gap that has
// closed is news to the board, noise within the same side is not.
// This year's gap is compared rounded, as it is published.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kplan/core/competence_scale.hpp"
#include "kplan/core/gap.hpp"

namespace kplan {

enum class GapChangeKind {
  kUnchanged,
  kShortageGrew,
  kShortageShrank,
  kShortageDisappeared,
  kShortageTurnedIntoSurplus,
  kNewShortage,
  kSurplusGrew,
  kSurplusShrank,
  kSurplusDisappeared,
  kSurplusAppeared,
};

// Stable snake_case key for JSON: "shortage_grew", "new_shortage", ...
std::string_view GapChangeKindKey(GapChangeKind kind);

// How far a gap may move on the same side and still count as unchanged.
inline constexpr double kUnchangedWithinPersons = 1.0;

GapChangeKind ClassifyGapChange(double previous_gap, double current_gap);

enum class QuantityChange { kUnchanged, kGrew, kShrank };

// "unchanged", "grew", "shrank".
std::string_view QuantityChangeKey(QuantityChange change);

// Last year's published gaps on one horizon.
struct PreviousGaps {
  int years = 0;
  PerLevel levels;  // one per level, lowest first
  double total = 0;
};

struct LevelGapChange {
  double previous = 0;
  std::int64_t current = 0;  // this year's rounded gap
  GapChangeKind kind = GapChangeKind::kUnchanged;
};

struct GapChange {
  int years = 0;
  std::int64_t previous_goal = 0;  // max(0, −round(last year's total))
  std::int64_t current_goal = 0;   // this year's quantitative goal
  // Unchanged within ±1 person while there is a need both years; a need
  // that arises or disappears is always grown or shrunk.
  QuantityChange quantitative = QuantityChange::kUnchanged;
  std::vector<LevelGapChange> levels;
};

// Requires previous.levels.size() == current.levels.size().
GapChange CompareWithLastYear(const PreviousGaps& previous, const CompetenceGap& current);

// In the style of seed 001, e.g. "Årets revidering innebär att behovet av
// kvantitativ ökning har minskat. Kompetensgapet på mycket hög nivå har
// minskat. Kompetensgapet på hög nivå är i stort sett detsamma som föregående år."
std::string GapChangeSentence(const GapChange& change, const CompetenceScale& scale);

}  // namespace kplan
