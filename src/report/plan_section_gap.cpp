// Kompetensgap and Kompetensmål, in the shape of seed 001: per category a
// table of supply, need and gap per level on every horizon, the assessed
// distribution, the users' comment and the change since last year; then the
// goals with the moves between levels.

#include <algorithm>

#include "kplan/core/goals.hpp"
#include "kplan/core/rounding.hpp"
#include "kplan/core/swedish_text.hpp"
#include "plan_sections.hpp"

namespace kplan::report::detail {
namespace {

std::string GrowthPhrase(const HorizonAnalysis& h) {
  return Years(h.need.years) + ": " + FormatPercent(RoundToDecimals(h.assumption.growth * 100, 1), 1);
}

Table GapTable(const CategoryAnalysis& c, const CompetenceScale& scale, const std::string& sheet) {
  Table t;
  t.caption = c.name + (c.ssyk.empty() ? "" : " (SSYK " + c.ssyk + ")");
  t.sheet = sheet;
  t.header.push_back(std::string(msg::kRow));
  for (const std::string& level : scale.names()) t.header.push_back(level);
  t.header.push_back(std::string(msg::kTotal));
  t.numeric.assign(t.header.size(), true);
  t.numeric[0] = false;
  t.widths.assign(t.header.size(), 1.0);
  t.widths[0] = 1.6;
  std::vector<Cell> supply{TextCell(std::string(msg::kSupply))};
  if (!c.horizons.empty()) {
    for (const LevelGap& g : c.horizons.front().gap.levels) supply.push_back(IntegerCell(g.supply));
    supply.push_back(IntegerCell(c.horizons.front().gap.total.supply));
  }
  t.rows.push_back(std::move(supply));
  for (const HorizonAnalysis& h : c.horizons) {
    std::vector<Cell> need{TextCell(std::string(msg::kNeed) + " " + Years(h.need.years))};
    for (double n : h.need.per_level) need.push_back(IntegerCell(n));
    need.push_back(IntegerCell(h.need.total));
    t.rows.push_back(std::move(need));
    std::vector<Cell> gap{TextCell(std::string(msg::kGap) + " " + Years(h.need.years))};
    for (const LevelGap& g : h.gap.levels) gap.push_back(GapCell(static_cast<double>(g.gap_rounded)));
    Cell total = GapCell(static_cast<double>(h.gap.total.gap_rounded));
    total.bold = true;
    gap.push_back(total);
    for (Cell& cell : gap) cell.bold = true;
    t.rows.push_back(std::move(gap));
  }
  return t;
}

// One chart per unit: the gap per level summed over the categories, a bar per horizon.
Chart GapChart(BuildContext& ctx, const UnitAnalysis& a) {
  Chart chart;
  chart.kind = ChartKind::kGapBars;
  chart.title = std::string(msg::kGapBarsTitle) + ", " + a.plan->unit.name;
  chart.name = ctx.ChartName("gap");
  chart.labels = a.scale.names();
  for (std::size_t h = 0; h < a.result.horizons.size(); ++h) {
    ChartSeries s{Years(a.result.horizons[h]), std::vector<double>(a.scale.size(), 0.0)};
    for (const CategoryAnalysis& c : a.result.categories) {
      if (h >= c.horizons.size()) continue;
      const auto& levels = c.horizons[h].gap.levels;
      for (std::size_t l = 0; l < levels.size() && l < s.values.size(); ++l) {
        s.values[l] += static_cast<double>(levels[l].gap_rounded);
      }
    }
    chart.series.push_back(std::move(s));
  }
  return chart;
}

}  // namespace

void AddGapSection(BuildContext& ctx, const UnitAnalysis& a, int level) {
  const UnitPlan& plan = *a.plan;
  ctx.Section(msg::kKompetensgap, plan, level);
  Document& doc = ctx.doc;
  if (a.result.categories.empty()) {
    doc.AddParagraph(std::string(msg::kNoInventory), ParagraphStyle::kNote);
    return;
  }
  doc.AddParagraph(std::string(msg::kGapIntro));
  if (!plan.has_previous_year) doc.AddParagraph(std::string(msg::kNoPreviousYear), ParagraphStyle::kNote);
  doc.AddChart(GapChart(ctx, a));
  const std::string sheet = "Kompetensgap " + plan.unit.code;
  for (std::size_t i = 0; i < a.result.categories.size(); ++i) {
    const CategoryAnalysis& c = a.result.categories[i];
    doc.AddHeading(std::min(level + 1, 3), c.name);
    doc.AddTable(GapTable(c, a.scale, sheet));
    // Bedömt behov av fördelning: once when the horizons agree, else per horizon.
    std::vector<std::string> distributions;
    for (const HorizonAnalysis& h : c.horizons) {
      distributions.push_back(Distribution(h.assumption.target_shares, a.scale));
    }
    std::string text = std::string(msg::kDistribution) + ": ";
    const bool same = std::all_of(distributions.begin(), distributions.end(),
                                  [&](const std::string& d) { return d == distributions.front(); });
    if (same && !distributions.empty()) {
      text += distributions.front() + ".";
    } else {
      for (std::size_t h = 0; h < c.horizons.size(); ++h) {
        text += (h ? "; " : "") + Years(c.horizons[h].need.years) + ": " + distributions[h];
      }
      text += ".";
    }
    doc.AddParagraph(text);
    std::vector<std::string> growth;
    for (const HorizonAnalysis& h : c.horizons) growth.push_back(GrowthPhrase(h));
    doc.AddParagraph("Behovet utgår från " + FormatInteger(RoundHalfAwayFromZero(c.base)) +
                     " personer, uppräknat med befolkningsprognosen (" + JoinWithOch(growth) + ").");
    if (i < a.need_entered.size() && !a.need_entered[i]) {
      doc.AddParagraph(std::string(msg::kNeedDefaulted), ParagraphStyle::kNote);
    }
    AddUserText(doc, plan.Text(std::string(msg::kKompetensgap.key), c.name), std::min(level + 1, 3),
                std::string(msg::kTextSheet));
    for (const HorizonAnalysis& h : c.horizons) {
      if (!h.change) continue;
      doc.AddParagraph(std::string(msg::kChangePrefix) + std::to_string(h.need.years) +
                       " års sikt jämfört med föregående år: " + GapChangeSentence(*h.change, a.scale));
    }
  }
}

void AddGoalSection(BuildContext& ctx, const UnitAnalysis& a, int level) {
  const UnitPlan& plan = *a.plan;
  ctx.Section(msg::kKompetensmal, plan, level);
  Document& doc = ctx.doc;
  if (!a.result.categories.empty()) {
    doc.AddParagraph(std::string(msg::kGoalIntro));
    Table t;
    t.sheet = "Kompetensmål " + plan.unit.code;
    t.header = {std::string(msg::kCategory), std::string(msg::kHorizon), "Gap totalt",
                std::string(msg::kQuantGoal), "Kvalitativt mål", std::string(msg::kMoves)};
    t.numeric = {false, false, true, true, false, false};
    t.widths = {1.6, 0.6, 0.7, 0.9, 1.8, 2.6};
    for (const CategoryAnalysis& c : a.result.categories) {
      for (const HorizonAnalysis& h : c.horizons) {
        Cell goal = IntegerCell(static_cast<double>(h.goal.quantitative));
        goal.bold = true;
        std::string moves = MovePlanSentence(h.goal.plan, a.scale);
        if (moves.empty()) moves = "–";
        t.rows.push_back({TextCell(c.name), TextCell(Years(h.need.years)),
                          GapCell(static_cast<double>(h.gap.total.gap_rounded)), goal,
                          TextCell(Distribution(h.assumption.target_shares, a.scale)), TextCell(moves)});
      }
    }
    doc.AddTable(std::move(t));
    for (const CategoryAnalysis& c : a.result.categories) {
      const std::string text = plan.Text(std::string(msg::kKompetensmal.key), c.name);
      AddUserText(doc, text, std::min(level + 1, 3), std::string(msg::kTextSheet), c.name + ": ");
    }
  }
  if (plan.goals.empty()) return;
  // Beside the gap's goals the unit's own are a sub-section; alone they are the section.
  if (!a.result.categories.empty()) doc.AddHeading(std::min(level + 1, 3), std::string(msg::kGoals));
  {
    std::vector<std::string> items;
    for (const Goal& g : plan.goals) {
      items.push_back(g.title + (g.description.empty() ? "" : " – " + g.description));
    }
    doc.AddBullets(std::move(items));
  }
}

}  // namespace kplan::report::detail
