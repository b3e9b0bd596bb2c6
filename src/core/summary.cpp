#include "kplan/core/summary.hpp"

#include <algorithm>

#include "kplan/core/analysis.hpp"
#include "kplan/core/rounding.hpp"
#include "kplan/core/swedish_text.hpp"

namespace kplan {
namespace {

const HorizonAnalysis* Longest(const CategoryAnalysis& category) {
  const HorizonAnalysis* longest = nullptr;
  for (const HorizonAnalysis& horizon : category.horizons) {
    if (!longest || horizon.need.years > longest->need.years) longest = &horizon;
  }
  return longest;
}

// The people short over every level, as published (rounded): what moving
// competence upwards and the quantitative goal must cover together.
QualitativeGap ShortageOverLevels(std::size_t category, const CompetenceGap& gap) {
  QualitativeGap result{category, 0, 0};
  for (const LevelGap& level : gap.levels) {
    result.shortage += static_cast<double>(std::max<std::int64_t>(0, -level.gap_rounded));
    result.need += level.need;
  }
  return result;
}

std::vector<std::pair<int, std::int64_t>> QuantitativeGoals(const AnalysisResult& result) {
  std::vector<std::pair<int, std::int64_t>> goals;
  for (int years : result.horizons) goals.emplace_back(years, 0);
  for (const CategoryAnalysis& category : result.categories) {
    for (const HorizonAnalysis& horizon : category.horizons) {
      for (auto& [years, goal] : goals) {
        if (years == horizon.need.years) goal += horizon.goal.quantitative;
      }
    }
  }
  return goals;
}

std::string QuantitativeSentence(const std::vector<std::pair<int, std::int64_t>>& goals) {
  std::vector<std::string> parts;
  bool any = false;
  for (const auto& [years, goal] : goals) {
    parts.push_back(FormatPersons(goal) + " på " + std::to_string(years) + " års sikt");
    any = any || goal > 0;
  }
  if (!any) return "Det finns inget kvantitativt kompetensgap: bemanningen motsvarar behovet.";
  return "De kvantitativa kompetensmålen innebär en utökning med totalt " + JoinWithOch(parts) + ".";
}

// How the quantitative need changed, on the shortest horizon that has last
// year's figures, counted over the categories that have them.
std::string ChangeSentence(const AnalysisResult& result) {
  std::vector<int> shortest_first = result.horizons;
  std::sort(shortest_first.begin(), shortest_first.end());
  for (int years : shortest_first) {
    int grew = 0, shrank = 0, compared = 0;
    bool exactly = true;
    for (const CategoryAnalysis& category : result.categories) {
      for (const HorizonAnalysis& horizon : category.horizons) {
        if (horizon.need.years != years || !horizon.change) continue;
        ++compared;
        grew += horizon.change->quantitative == QuantityChange::kGrew;
        exactly = exactly && horizon.change->current_goal == horizon.change->previous_goal;
        shrank += horizon.change->quantitative == QuantityChange::kShrank;
      }
    }
    if (compared == 0) continue;
    const bool all_compared = static_cast<std::size_t>(compared) == result.categories.size();
    const std::string categories =
        all_compared ? "yrkeskategorier" : "yrkeskategorier med föregående års siffror";
    const std::string all = all_compared ? "samtliga " : "samtliga " + std::to_string(compared) + " ";
    const std::string horizon = std::to_string(years) + " års sikt";
    if (grew == 0 && shrank == 0) {
      // Unchanged means within ±1 person; "i stort sett" unless exactly the same.
      return "Behovet av kvantitativ ökning på " + horizon + " är " + (exactly ? "" : "i stort sett ") +
             "detsamma som föregående år inom " + all + categories + ".";
    }
    const std::string lead = "Jämfört med föregående år har behovet av kvantitativ ökning på " + horizon + " ";
    if (shrank == compared) return lead + "minskat inom " + all + categories + ".";
    if (grew == compared) return lead + "ökat inom " + all + categories + ".";
    std::vector<std::string> parts;
    if (shrank > 0) parts.push_back("minskat inom " + std::to_string(shrank));
    if (grew > 0) parts.push_back("ökat inom " + std::to_string(grew));
    return lead + JoinWithOch(parts) + " av " + std::to_string(compared) + " " + categories + ".";
  }
  return {};
}

std::vector<std::string> NamesInSentence(const AnalysisResult& result,
                                         const std::vector<QualitativeGap>& gaps) {
  std::vector<std::string> names;
  for (const QualitativeGap& gap : gaps) names.push_back(InSentence(result.categories[gap.category].name));
  return names;
}

std::string QualitativeSentence(const AnalysisResult& result, const std::vector<QualitativeGap>& ranking) {
  if (ranking.empty()) return "Det finns inga kompetensgap på de högre kompetensnivåerna.";
  const double largest = ranking.front().shortage;
  std::vector<QualitativeGap> top, also, smaller;
  for (const QualitativeGap& gap : ranking) {
    if (gap.shortage >= largest) top.push_back(gap);
    else if (gap.shortage >= kAlsoLargeFraction * largest) also.push_back(gap);
    else smaller.push_back(gap);
  }
  std::string text = "Det kvalitativa kompetensgapet är som störst inom " +
                     std::string(top.size() == 1 ? "yrkeskategorin " : "yrkeskategorierna ") +
                     JoinWithOch(NamesInSentence(result, top));
  if (!also.empty()) {
    text += std::string(" men även inom ") + (also.size() == 1 ? "kategorin " : "kategorierna ") +
            JoinWithOch(NamesInSentence(result, also)) +
            " finns kompetensgap inom de högre kompetensnivåerna";
  }
  text += ".";
  if (!smaller.empty()) {
    text += " Mindre kompetensgap finns hos " + JoinWithOch(NamesInSentence(result, smaller)) + ".";
  }
  return text;
}

std::string IndicatorSentence(const std::vector<AssessedIndicator>& indicators) {
  if (indicators.empty()) return {};
  int green = 0, red = 0, not_assessed = 0;
  for (const AssessedIndicator& i : indicators) {
    green += i.assessment.final == Assessment::kGreen;
    red += i.assessment.final == Assessment::kRed;
    not_assessed += i.assessment.final == Assessment::kNotAssessed;
  }
  std::vector<std::string> parts;
  if (green > 0) parts.push_back(std::to_string(green) + (green == 1 ? " grön" : " gröna"));
  if (red > 0) parts.push_back(std::to_string(red) + (red == 1 ? " röd" : " röda"));
  if (not_assessed > 0) {
    parts.push_back(std::to_string(not_assessed) + (not_assessed == 1 ? " ej bedömd" : " ej bedömda"));
  }
  const std::size_t n = indicators.size();
  return "Av " + std::to_string(n) + (n == 1 ? " indikator är " : " indikatorer är ") +
         JoinWithOch(parts) + ".";
}

std::string ProjectionSentence(const ProjectionResult& projection) {
  const StaffingProjection& total = projection.total;
  if (total.years.empty()) return {};
  const ProjectionYear& last = total.years.back();
  std::string text = "Personalprognosen för " + std::to_string(total.years.front().year) + "–" +
                     std::to_string(last.year) + " visar ett rekryteringsbehov på totalt " +
                     FormatPersons(RoundHalfAwayFromZero(total.TotalRecruitment())) + ", och " +
                     FormatPersons(RoundHalfAwayFromZero(total.TotalRetirements())) +
                     " går i pension.";
  const std::int64_t increase = RoundHalfAwayFromZero(last.increase);
  if (increase > 0) {
    text += " Personalbehovet ökar med " + FormatPersons(increase) + ", vilket kostar " +
            FormatKronor(last.cost_of_increase) + " per år";
    if (last.other_solutions > 0) {
      text += "; " + FormatPercent(projection.settings.other_solutions_share * 100) + " (" +
              FormatKronor(last.other_solutions_cost) + ") ska täckas av andra lösningar";
    }
    text += ".";
  } else if (increase < 0) {
    text += " Personalbehovet minskar med " + FormatPersons(-increase) + ".";
  }
  return text;
}

void AppendSentence(std::string& text, const std::string& sentence) {
  if (sentence.empty()) return;
  if (!text.empty()) text += " ";
  text += sentence;
}

}  // namespace

AnalysisSummary Summarise(const AnalysisResult& result) {
  AnalysisSummary summary;
  for (std::size_t i = 0; i < result.categories.size(); ++i) {
    const HorizonAnalysis* longest = Longest(result.categories[i]);
    if (!longest) continue;
    summary.years = std::max(summary.years, longest->need.years);
    QualitativeGap gap = ShortageOverLevels(i, longest->gap);
    if (gap.shortage > 0) summary.ranking.push_back(gap);
  }
  std::stable_sort(summary.ranking.begin(), summary.ranking.end(),
                   [](const QualitativeGap& a, const QualitativeGap& b) { return a.shortage > b.shortage; });
  summary.quantitative_goals = QuantitativeGoals(result);

  if (!result.categories.empty()) {
    AppendSentence(summary.text, QuantitativeSentence(summary.quantitative_goals));
    AppendSentence(summary.text, ChangeSentence(result));
    AppendSentence(summary.text, QualitativeSentence(result, summary.ranking));
  }
  AppendSentence(summary.text, IndicatorSentence(result.indicators));
  if (result.projection) AppendSentence(summary.text, ProjectionSentence(*result.projection));
  return summary;
}

}  // namespace kplan
