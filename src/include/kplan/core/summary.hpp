#pragma once
// Sammanfattning: the few sentences a board reads first (seed 001).
//
// Quantitative: the headcount to add, summed over the categories, per horizon,
// and how that need changed since last year on the shortest horizon.
// Qualitative: the categories with the largest qualitative gap, i.e. the most
// people short summed over the levels (as published, rounded), on the longest
// horizon (seed 001: myndighet barn och unga, 81 short in five years). The
// largest is named first ("som störst"), the categories with at least half of
// it next ("även"), the remaining ones with a shortage last ("mindre
// kompetensgap").
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

// A category counts as "även" when its shortage is at least this part of the
// largest. A quarter is where Malmö's ASF plan (2019) draws the line: with 81
// people short in the largest category, 37 and 21 are named "även", 13 and 11
// "mindre".
inline constexpr double kAlsoLargeFraction = 0.25;

struct QualitativeGap {
  std::size_t category = 0;  // index into the analysed categories
  double shortage = 0;       // summed over the levels, persons
  double need = 0;           // summed over the levels, persons

  double Share() const { return need > 0 ? shortage / need : 0.0; }
};

struct AnalysisSummary {
  int years = 0;  // the horizon of the qualitative ranking: the longest
  // Categories with a shortage, most people short first.
  std::vector<QualitativeGap> ranking;
  // (horizon in years, headcount to add summed over the categories).
  std::vector<std::pair<int, std::int64_t>> quantitative_goals;
  std::string text;
};

// Requires everything in `result` but the summary to be computed.
AnalysisSummary Summarise(const AnalysisResult& result);

}  // namespace kplan
