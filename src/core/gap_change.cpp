#include "kplan/core/gap_change.hpp"

#include <array>
#include <cmath>
#include <cstdlib>

#include "kplan/core/goals.hpp"
#include "kplan/core/rounding.hpp"
#include "kplan/core/swedish_text.hpp"

namespace kplan {

std::string_view GapChangeKindKey(GapChangeKind kind) {
  switch (kind) {
    case GapChangeKind::kUnchanged: return "unchanged";
    case GapChangeKind::kShortageGrew: return "shortage_grew";
    case GapChangeKind::kShortageShrank: return "shortage_shrank";
    case GapChangeKind::kShortageDisappeared: return "shortage_disappeared";
    case GapChangeKind::kShortageTurnedIntoSurplus: return "shortage_turned_into_surplus";
    case GapChangeKind::kNewShortage: return "new_shortage";
    case GapChangeKind::kSurplusGrew: return "surplus_grew";
    case GapChangeKind::kSurplusShrank: return "surplus_shrank";
    case GapChangeKind::kSurplusDisappeared: return "surplus_disappeared";
    case GapChangeKind::kSurplusAppeared: return "surplus_appeared";
  }
  return "unchanged";
}

std::string_view QuantityChangeKey(QuantityChange change) {
  switch (change) {
    case QuantityChange::kUnchanged: return "unchanged";
    case QuantityChange::kGrew: return "grew";
    case QuantityChange::kShrank: return "shrank";
  }
  return "unchanged";
}

GapChangeKind ClassifyGapChange(double previous_gap, double current_gap) {
  const bool within = std::fabs(current_gap - previous_gap) <= kUnchangedWithinPersons;
  if (previous_gap < 0) {  // a shortage last year
    if (current_gap < 0) {
      if (within) return GapChangeKind::kUnchanged;
      return current_gap < previous_gap ? GapChangeKind::kShortageGrew
                                        : GapChangeKind::kShortageShrank;
    }
    return current_gap == 0 ? GapChangeKind::kShortageDisappeared
                            : GapChangeKind::kShortageTurnedIntoSurplus;
  }
  if (current_gap < 0) return GapChangeKind::kNewShortage;
  if (previous_gap == 0) {
    return current_gap == 0 ? GapChangeKind::kUnchanged : GapChangeKind::kSurplusAppeared;
  }
  // A surplus last year, none or a surplus this year.
  if (current_gap == 0) return GapChangeKind::kSurplusDisappeared;
  if (within) return GapChangeKind::kUnchanged;
  return current_gap > previous_gap ? GapChangeKind::kSurplusGrew : GapChangeKind::kSurplusShrank;
}

GapChange CompareWithLastYear(const PreviousGaps& previous, const CompetenceGap& current) {
  GapChange change;
  change.years = current.years;
  change.previous_goal = std::max<std::int64_t>(0, -RoundHalfAwayFromZero(previous.total));
  change.current_goal = QuantitativeGoal(current);
  // Within ±1 person the need counts as unchanged, as a level's gap does;
  // a need that arises or disappears is always reported.
  const bool both_need = change.current_goal > 0 && change.previous_goal > 0;
  const std::int64_t difference = change.current_goal - change.previous_goal;
  const bool within = both_need && std::llabs(static_cast<long long>(difference)) <=
                                       static_cast<long long>(kUnchangedWithinPersons);
  change.quantitative = difference == 0 || within ? QuantityChange::kUnchanged
                        : difference > 0           ? QuantityChange::kGrew
                                                   : QuantityChange::kShrank;
  change.levels.reserve(current.levels.size());
  for (std::size_t level = 0; level < current.levels.size() && level < previous.levels.size();
       ++level) {
    const std::int64_t now = current.levels[level].gap_rounded;
    change.levels.push_back(
        {previous.levels[level], now,
         ClassifyGapChange(previous.levels[level], static_cast<double>(now))});
  }
  return change;
}

namespace {

std::string QuantitativeClause(const GapChange& change) {
  const bool none_now = change.current_goal == 0;
  const bool none_before = change.previous_goal == 0;
  switch (change.quantitative) {
    case QuantityChange::kGrew:
      return none_before ? "det har uppstått ett behov av kvantitativ ökning"
                         : "behovet av kvantitativ ökning har ökat";
    case QuantityChange::kShrank:
      return none_now ? "behovet av kvantitativ ökning har försvunnit"
                      : "behovet av kvantitativ ökning har minskat";
    case QuantityChange::kUnchanged:
      break;
  }
  if (none_now) return "det finns, liksom föregående år, inget behov av kvantitativ ökning";
  return change.current_goal == change.previous_goal
             ? "behovet av kvantitativ ökning är detsamma som föregående år"
             : "behovet av kvantitativ ökning är i stort sett detsamma som föregående år";
}

// One sentence per kind of change, naming every level with that change. The
// order follows what a board should read first: growing and new shortages.
// An unchanged surplus or balance is not news and gets no sentence.
struct LevelSentence {
  GapChangeKind kind;
  bool shortage_now;  // for kUnchanged: only an unchanged shortage is told
  const char* before;
  const char* after;
};

constexpr std::array<LevelSentence, 10> kLevelSentences{{
    {GapChangeKind::kShortageGrew, true, "Kompetensgapet på ", " har ökat."},
    {GapChangeKind::kNewShortage, true, "Det har uppstått ett kompetensgap på ", "."},
    {GapChangeKind::kUnchanged, true, "Kompetensgapet på ",
     " är i stort sett detsamma som föregående år."},
    {GapChangeKind::kShortageShrank, true, "Kompetensgapet på ", " har minskat."},
    {GapChangeKind::kShortageDisappeared, false, "Kompetensgapet på ", " har försvunnit."},
    {GapChangeKind::kShortageTurnedIntoSurplus, false, "Kompetensgapet på ",
     " har försvunnit och ersatts av ett överskott."},
    {GapChangeKind::kSurplusAppeared, false, "Det har uppstått ett överskott på ", "."},
    {GapChangeKind::kSurplusGrew, false, "Överskottet på ", " har ökat."},
    {GapChangeKind::kSurplusShrank, false, "Överskottet på ", " har minskat."},
    {GapChangeKind::kSurplusDisappeared, false, "Överskottet på ", " har försvunnit."},
}};

}  // namespace

std::string GapChangeSentence(const GapChange& change, const CompetenceScale& scale) {
  std::string text = "Årets revidering innebär att " + QuantitativeClause(change) + ".";
  for (const LevelSentence& sentence : kLevelSentences) {
    std::vector<std::string> levels;
    for (std::size_t level = 0; level < change.levels.size(); ++level) {
      const LevelGapChange& c = change.levels[level];
      const bool shortage_now = c.current < 0;
      if (c.kind != sentence.kind) continue;
      if (c.kind == GapChangeKind::kUnchanged && shortage_now != sentence.shortage_now) continue;
      levels.push_back(scale.name(level));
    }
    if (!levels.empty()) text += std::string(" ") + sentence.before + LevelPhrase(levels) + sentence.after;
  }
  return text;
}

}  // namespace kplan
