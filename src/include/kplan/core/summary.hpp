#pragma once
// Sammanfattning: the few sentences a board reads first (seed 001).
//
// Quantitative: the headcount to add, summed over the categories, per horizon,
// and how that need changed since last year on the shortest horizon.
// Qualitative: the categories with the largest qualitative gap, i.e. the
// shortage at the two highest levels (as published, rounded) as a share of
// the need at those levels, on the longest horizon. The largest share is named
// first ("som störst"), the categories with at least half of it next ("även"),
// the remaining ones with a shortage there last ("mindre kompetensgap").
// Then the follow-up (how many indicators are Grön, Röd, Ej bedömd) and the
// staffing projection (recruitment, retirements, increase and its cost), when
// the analysis has them.

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace kplan {

struct AnalysisResult;

// A category counts as "även" when its share is at least this part of the largest.
inline constexpr double kAlsoLargeFraction = 0.5;

struct QualitativeGap {
  std::size_t category = 0;  // index into the analysed categories
  double shortage = 0;       // at the two highest levels, persons
  double need = 0;           // at the two highest levels, persons

  double Share() const { return need > 0 ? shortage / need : 0.0; }
};

struct AnalysisSummary {
  int years = 0;  // the horizon of the qualitative ranking: the longest
  // Categories with a shortage at the highest levels, largest share first.
  std::vector<QualitativeGap> ranking;
  // (horizon in years, headcount to add summed over the categories).
  std::vector<std::pair<int, std::int64_t>> quantitative_goals;
  std::string text;
};

// Requires everything in `result` but the summary to be computed.
AnalysisSummary Summarise(const AnalysisResult& result);

}  // namespace kplan
