// The roll-up's tables across the förvaltningar (the report to
// kommunstyrelsen, seed 000): staff, competence gap, risks, follow-up and the
// staffing projection, one row per förvaltning and a total.

#include <algorithm>

#include "kplan/core/risk.hpp"
#include "kplan/core/rounding.hpp"
#include "plan_sections.hpp"

namespace kplan::report::detail {
namespace {

Cell Bold(Cell c) {
  c.bold = true;
  return c;
}

void StaffTable(BuildContext& ctx, const std::vector<UnitAnalysis>& parts) {
  Table t;
  t.sheet = "Sammandrag";
  t.caption = "Personal per förvaltning";
  t.header = {std::string(msg::kForvaltning), std::string(msg::kEmployees), "Årsarbetare", "Medelålder",
              "Sjukfrånvaro", "Personalomsättning", "Andel kvinnor"};
  t.numeric = {false, true, true, true, true, true, true};
  t.widths = {2.2, 1, 1, 1, 1, 1.2, 1};
  double headcount = 0, fte = 0;
  for (const UnitAnalysis& a : parts) {
    const auto& f = a.plan->figures;
    if (!f) {
      t.rows.push_back({TextCell(a.plan->unit.name), TextCell("–"), TextCell("–"), TextCell("–"),
                        TextCell("–"), TextCell("–"), TextCell("–")});
      continue;
    }
    headcount += f->headcount;
    fte += f->fte;
    t.rows.push_back({TextCell(a.plan->unit.name), IntegerCell(f->headcount), DecimalCell(f->fte, 1),
                      f->average_age ? DecimalCell(*f->average_age, 1) : TextCell("–"),
                      PercentCell(f->sick_leave_share, 2), PercentCell(f->turnover), PercentCell(f->women_share)});
  }
  t.rows.push_back({Bold(TextCell(std::string(msg::kTotal))), Bold(IntegerCell(headcount)),
                    Bold(DecimalCell(fte, 1)), TextCell(""), TextCell(""), TextCell(""), TextCell("")});
  ctx.doc.AddTable(std::move(t));
}

void GapTable(BuildContext& ctx, const std::vector<UnitAnalysis>& parts) {
  std::vector<int> horizons;
  for (const UnitAnalysis& a : parts) {
    for (int h : a.result.horizons) {
      if (std::find(horizons.begin(), horizons.end(), h) == horizons.end()) horizons.push_back(h);
    }
  }
  std::sort(horizons.begin(), horizons.end());
  Table t;
  t.sheet = "Sammandrag";
  t.caption = "Kompetensgap per förvaltning";
  t.header = {std::string(msg::kForvaltning), "Yrkeskategorier"};
  for (int h : horizons) t.header.push_back(std::string(msg::kQuantGoal) + " " + Years(h));
  t.header.push_back("Störst kvalitativt gap");
  t.numeric.assign(t.header.size(), true);
  t.numeric.front() = false;
  t.numeric.back() = false;
  std::vector<double> totals(horizons.size(), 0.0);
  for (const UnitAnalysis& a : parts) {
    std::vector<Cell> row{TextCell(a.plan->unit.name), IntegerCell(static_cast<double>(a.result.categories.size()))};
    for (std::size_t i = 0; i < horizons.size(); ++i) {
      double goal = 0;
      for (const auto& [years, g] : a.result.summary.quantitative_goals) {
        if (years == horizons[i]) goal = static_cast<double>(g);
      }
      totals[i] += goal;
      row.push_back(IntegerCell(goal));
    }
    const auto& ranking = a.result.summary.ranking;
    row.push_back(TextCell(ranking.empty() ? "–" : a.result.categories[ranking.front().category].name));
    t.rows.push_back(std::move(row));
  }
  std::vector<Cell> total{Bold(TextCell(std::string(msg::kTotal))), TextCell("")};
  for (double v : totals) total.push_back(Bold(IntegerCell(v)));
  total.push_back(TextCell(""));
  t.rows.push_back(std::move(total));
  ctx.doc.AddTable(std::move(t));
}

void RiskAndFollowupTable(BuildContext& ctx, const std::vector<UnitAnalysis>& parts) {
  Table t;
  t.sheet = "Sammandrag";
  t.caption = "Risker och uppföljning per förvaltning";
  t.header = {std::string(msg::kForvaltning), "Risker", std::string(msg::kHighRisks),
              std::string(msg::kGreen), std::string(msg::kRed), std::string(msg::kNotAssessed)};
  t.numeric = {false, true, true, true, true, true};
  t.widths = {2.2, 0.8, 1.4, 0.8, 0.8, 0.9};
  for (const UnitAnalysis& a : parts) {
    int high = 0;
    for (const Risk& r : a.plan->risks) {
      const int v = std::max(r.operations_consequence * r.operations_probability,
                             r.work_environment_consequence * r.work_environment_probability);
      if (ClassifyRisk(v) == RiskClass::kHigh) ++high;
    }
    int green = 0, red = 0, none = 0;
    for (const AssessedIndicator& i : a.result.indicators) {
      (i.assessment.final == Assessment::kGreen ? green
       : i.assessment.final == Assessment::kRed ? red
                                                : none) += 1;
    }
    Cell high_cell = IntegerCell(high);
    if (high > 0) high_cell.tone = CellTone::kRed;
    Cell green_cell = IntegerCell(green), red_cell = IntegerCell(red);
    green_cell.tone = CellTone::kGreen;
    if (red > 0) red_cell.tone = CellTone::kRed;
    t.rows.push_back({TextCell(a.plan->unit.name), IntegerCell(static_cast<double>(a.plan->risks.size())),
                      high_cell, green_cell, red_cell, IntegerCell(none)});
  }
  ctx.doc.AddTable(std::move(t));
}

void ProjectionTable(BuildContext& ctx, const std::vector<UnitAnalysis>& parts) {
  Table t;
  t.sheet = "Sammandrag";
  t.caption = "Personalprognos per förvaltning";
  t.header = {std::string(msg::kForvaltning), "Anställda i dag", std::string(msg::kRetirements),
              std::string(msg::kLeavers), std::string(msg::kRecruitment), "Behovsökning"};
  t.numeric = {false, true, true, true, true, true};
  t.widths = {2.2, 1, 1, 1, 1, 1};
  const ProjectionResult* any = nullptr;
  for (const UnitAnalysis& a : parts) {
    const auto& p = a.plan->projection;
    if (!p || p->total.years.empty()) continue;
    any = &*p;
    t.rows.push_back({TextCell(a.plan->unit.name), IntegerCell(p->total.headcount),
                      IntegerCell(p->total.TotalRetirements()), IntegerCell(p->total.TotalLeavers()),
                      IntegerCell(p->total.TotalRecruitment()), IntegerCell(p->total.years.back().increase)});
  }
  if (any) {
    t.caption += " " + std::to_string(any->total.years.front().year) + "–" +
                 std::to_string(any->total.years.back().year);
    ctx.doc.AddTable(std::move(t));
  }
}

}  // namespace

void AddRollupOverview(BuildContext& ctx, const std::vector<UnitAnalysis>& parts, int level) {
  ctx.doc.AddHeading(level, std::string(msg::kOverview));
  ctx.doc.AddParagraph("Sammanställningen omfattar " + std::to_string(parts.size()) +
                       " förvaltningar med egen kompetensförsörjningsplan för " +
                       std::to_string(ctx.data.year) + ".");
  StaffTable(ctx, parts);
  GapTable(ctx, parts);
  RiskAndFollowupTable(ctx, parts);
  ProjectionTable(ctx, parts);
}

}  // namespace kplan::report::detail
