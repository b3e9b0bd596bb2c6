#include "kplan/core/goals.hpp"

#include <algorithm>
#include <numeric>

#include "kplan/core/swedish_text.hpp"

namespace kplan {

std::int64_t MovePlan::TotalRecruitment() const {
  return std::accumulate(recruitment.begin(), recruitment.end(), std::int64_t{0});
}

std::int64_t QuantitativeGoal(const CompetenceGap& gap) {
  return std::max<std::int64_t>(0, -gap.total.gap_rounded);
}

MovePlan PlanMoves(const std::vector<std::int64_t>& rounded_level_gaps) {
  const std::size_t levels = rounded_level_gaps.size();
  std::vector<std::int64_t> surplus(levels);
  for (std::size_t level = 0; level < levels; ++level) {
    surplus[level] = std::max<std::int64_t>(0, rounded_level_gaps[level]);
  }
  MovePlan plan;
  plan.recruitment.assign(levels, 0);
  for (std::size_t to = 0; to < levels; ++to) {
    std::int64_t shortage = std::max<std::int64_t>(0, -rounded_level_gaps[to]);
    for (std::size_t from = to; from-- > 0 && shortage > 0;) {  // nearest lower level first
      const std::int64_t moved = std::min(surplus[from], shortage);
      if (moved == 0) continue;
      plan.moves.push_back({from, to, moved});
      surplus[from] -= moved;
      shortage -= moved;
    }
    plan.recruitment[to] = shortage;
  }
  return plan;
}

CompetenceGoal SetGoal(const CompetenceGap& gap) {
  return {QuantitativeGoal(gap), PlanMoves(gap.RoundedLevelGaps())};
}

namespace {

// The distinct levels in ascending order.
std::vector<std::size_t> Ascending(std::vector<std::size_t> levels) {
  std::sort(levels.begin(), levels.end());
  levels.erase(std::unique(levels.begin(), levels.end()), levels.end());
  return levels;
}

}  // namespace

std::string MovePlanSentence(const MovePlan& plan, const CompetenceScale& scale) {
  std::vector<std::size_t> sources;
  std::vector<std::size_t> targets;
  for (const CompetenceMove& move : plan.moves) {
    sources.push_back(move.from_level);
    targets.push_back(move.to_level);
  }
  if (sources.empty()) return "Det innebär att inga förflyttningar mellan kompetensnivåerna behövs.";
  // A shortage the surplus below did not reach is still where competence
  // must move to (seed 001, Sektionschef: "till hög- och mycket hög nivå");
  // its headcount is the quantitative goal's, not a sentence of its own.
  const std::size_t lowest_source = *std::min_element(sources.begin(), sources.end());
  for (std::size_t level = lowest_source + 1; level < plan.recruitment.size(); ++level) {
    if (plan.recruitment[level] > 0) targets.push_back(level);
  }
  return "Det innebär att förflyttningar behöver göras från " + LevelPhrase(scale.NamesOf(Ascending(sources))) +
         " till " + LevelPhrase(scale.NamesOf(Ascending(targets))) + ".";
}

}  // namespace kplan
