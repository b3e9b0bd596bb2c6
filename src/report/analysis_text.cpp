#include "kplan/report/analysis_text.hpp"

#include "analysis_text_table.hpp"
#include "kplan/core/rounding.hpp"
#include "kplan/core/swedish_text.hpp"

namespace kplan::report {
namespace {

using Align = TextTable::Align;

constexpr std::size_t kLineWidth = 100;

// A title underlined to its width.
std::string Heading(const std::string& title) {
  return "\n" + title + "\n" + std::string(DisplayWidth(title), '=') + "\n";
}

std::string Years(int years) { return std::to_string(years) + " år"; }

std::string Persons(double value) { return FormatInteger(RoundHalfAwayFromZero(value)); }

std::string Title(const AnalysisResult& result) {
  std::string title = "Kompetensanalys";
  if (!result.organisation.empty()) title += " – " + result.organisation;
  if (result.year) title += (result.organisation.empty() ? " " : ", ") + std::to_string(*result.year);
  return title + "\n";
}

std::string GapSection(const AnalysisResult& result) {
  std::vector<TextTable::Column> columns{{"Yrkeskategori", Align::kLeft}, {"Sikt", Align::kLeft}};
  for (const std::string& level : result.scale.names()) columns.push_back({level, Align::kRight});
  columns.push_back({"Totalt", Align::kRight});
  TextTable table(columns);
  for (const CategoryAnalysis& category : result.categories) {
    bool first = true;
    for (const HorizonAnalysis& horizon : category.horizons) {
      std::vector<std::string> row{first ? category.name : "", Years(horizon.need.years)};
      for (const LevelGap& level : horizon.gap.levels) row.push_back(FormatInteger(level.gap_rounded));
      row.push_back(FormatInteger(horizon.gap.total.gap_rounded));
      table.AddRow(row);
      first = false;
    }
  }
  return Heading("Kompetensgap") +
         "Tillgänglig kompetens minus behov per kompetensnivå; negativt tal = brist, positivt = överskott.\n\n" +
         table.Render();
}

// "Viss 7 %, God 28 %, Hög 50 %, Mycket hög 15 %", as seed 001 lists it.
std::string Distribution(const PerLevel& shares, const CompetenceScale& scale) {
  std::string text;
  for (std::size_t level = 0; level < shares.size(); ++level) {
    text.append(level > 0 ? ", " : "").append(scale.name(level)).append(" ").append(FormatPercent(shares[level]));
  }
  return text;
}

std::string NeedSection(const AnalysisResult& result) {
  std::string out = Heading("Behov") +
                    "Behovet är basen uppräknad med tillväxten, fördelat enligt bedömd fördelning "
                    "mellan kompetensnivåerna.\n\n";
  for (const CategoryAnalysis& category : result.categories) {
    out += category.name + (category.ssyk.empty() ? "" : " (SSYK " + category.ssyk + ")") +
           ": tillgänglig kompetens " + FormatDecimal(category.inventory_total, 2) +
           ", bas " + FormatDecimal(category.base, 2) + ".\n";
    for (const HorizonAnalysis& horizon : category.horizons) {
      out += "  " + Years(horizon.need.years) + ": tillväxt " +
             FormatPercent(horizon.assumption.growth * 100) + ", behov " +
             FormatDecimal(horizon.need.total, 1) + "; " +
             Distribution(horizon.assumption.target_shares, result.scale);
      // Supply given for the horizon instead of today's inventory.
      if (horizon.supply_given) {
        out += "; tillgänglig kompetens " + FormatDecimal(horizon.gap.total.supply, 2);
      }
      out += "\n";
    }
    if (!category.comment.empty()) out += WrapText("Kommentar: " + category.comment, kLineWidth, "  ");
  }
  return out;
}

std::string Moves(const CompetenceGoal& goal, const CompetenceScale& scale) {
  std::string text;
  for (const CompetenceMove& move : goal.plan.moves) {
    text += (text.empty() ? "" : ", ") + scale.name(move.from_level) + " → " +
            scale.name(move.to_level) + " " + FormatInteger(move.count);
  }
  return text.empty() ? "–" : text;
}

std::string Recruitment(const CompetenceGoal& goal, const CompetenceScale& scale) {
  std::string text;
  for (std::size_t level = 0; level < goal.plan.recruitment.size(); ++level) {
    if (goal.plan.recruitment[level] == 0) continue;
    text += (text.empty() ? "" : ", ") + scale.name(level) + " " +
            FormatInteger(goal.plan.recruitment[level]);
  }
  return text.empty() ? "–" : text;
}

std::string GoalSection(const AnalysisResult& result) {
  TextTable table({{"Yrkeskategori", Align::kLeft},
                   {"Sikt", Align::kLeft},
                   {"Gap totalt", Align::kRight},
                   {"Kvantitativt mål", Align::kRight},
                   {"Förflyttningar", Align::kLeft},
                   {"Rekrytering", Align::kLeft}});
  std::string sentences;
  for (const CategoryAnalysis& category : result.categories) {
    bool first = true;
    for (const HorizonAnalysis& horizon : category.horizons) {
      table.AddRow({first ? category.name : "", Years(horizon.need.years),
                    FormatInteger(horizon.gap.total.gap_rounded), FormatInteger(horizon.goal.quantitative),
                    Moves(horizon.goal, result.scale), Recruitment(horizon.goal, result.scale)});
      sentences += WrapText(category.name + ", " + Years(horizon.need.years) + ": " +
                                MovePlanSentence(horizon.goal.plan, result.scale),
                            kLineWidth);
      first = false;
    }
  }
  return Heading("Kompetensmål") +
         "Kvantitativt mål = utökning som behövs; förflyttningar sker från lägre nivåer, närmaste först.\n\n" +
         table.Render() + "\n" + sentences;
}

std::string ChangeSection(const AnalysisResult& result) {
  std::string out;
  for (const CategoryAnalysis& category : result.categories) {
    for (const HorizonAnalysis& horizon : category.horizons) {
      if (!horizon.change) continue;
      out += WrapText(category.name + ", " + std::to_string(horizon.need.years) +
                          " års sikt: " + GapChangeSentence(*horizon.change, result.scale),
                      kLineWidth);
    }
  }
  if (out.empty()) return {};
  return Heading("Förändring av kompetensgap jämfört med föregående år") + out;
}

std::string MatrixText(const std::string& title, const RiskMatrix& matrix) {
  std::vector<TextTable::Column> columns{{"Konsekvens \\ sannolikhet", Align::kLeft}};
  for (int p = 1; p <= kRiskSteps; ++p) columns.push_back({std::string(ProbabilityLabel(p)), Align::kRight});
  TextTable table(columns);
  for (int c = kRiskSteps; c >= 1; --c) {
    std::vector<std::string> row{std::string(ConsequenceLabel(c))};
    for (int p = 1; p <= kRiskSteps; ++p) {
      const std::size_t count = matrix.Cell(c, p).size();
      row.push_back(count == 0 ? "·" : std::to_string(count));
    }
    table.AddRow(row);
  }
  return "\n" + title + " (antal yrkeskategorier)\n" + table.Render();
}

std::string RiskSection(const AnalysisResult& result) {
  TextTable table({{"Yrkeskategori", Align::kLeft},
                   {"Risk för verksamheten", Align::kLeft},
                   {"Sannolikhet", Align::kLeft},
                   {"Risk för arbetsmiljön", Align::kLeft},
                   {"Sannolikhet", Align::kLeft},
                   {"Riskvärde", Align::kRight}});
  bool any = false;
  for (const CategoryAnalysis& category : result.categories) {
    if (!category.risk) continue;
    any = true;
    const CategoryRisk& r = *category.risk;
    table.AddRow({category.name, std::string(ConsequenceLabel(r.operations.consequence)),
                  std::string(ProbabilityLabel(r.operations.probability)),
                  std::string(ConsequenceLabel(r.work_environment.consequence)),
                  std::string(ProbabilityLabel(r.work_environment.probability)),
                  std::to_string(r.operations.Value()) + " / " + std::to_string(r.work_environment.Value())});
  }
  if (!any) return {};
  return Heading("Riskanalys") +
         "Riskvärde = konsekvens × sannolikhet (1–16), för verksamheten / för arbetsmiljön.\n\n" +
         table.Render() + MatrixText("Riskmatris, risk för verksamheten", result.operations_risks) +
         MatrixText("Riskmatris, risk för arbetsmiljön", result.work_environment_risks);
}

std::string FollowUpSection(const AnalysisResult& result) {
  if (result.indicators.empty()) return {};
  TextTable table({{"Mål och indikator", Align::kLeft},
                   {"Målvärde", Align::kLeft},
                   {"Utfall", Align::kRight},
                   {"Förändring", Align::kRight},
                   {"Bedömning", Align::kLeft}});
  std::string notes;
  const std::string* goal = nullptr;
  for (const AssessedIndicator& assessed : result.indicators) {
    const Indicator& i = assessed.indicator;
    const IndicatorAssessment& a = assessed.assessment;
    // Indicators are grouped under their goal (Mål), as in seed 000.
    if (!i.goal.empty() && (!goal || *goal != i.goal)) table.AddRow({i.goal});
    goal = &i.goal;
    const std::string indent = i.goal.empty() ? "" : "  ";
    std::string assessment(AssessmentLabel(a.final));
    if (a.manual) {
      assessment += " (manuell)";
      notes += WrapText(i.name + ": " + i.manual->comment, kLineWidth, "  ");
    }
    table.AddRow({indent + i.name, DescribeTarget(i.target, i.unit), i.outcome ? FormatWithUnit(*i.outcome, i.unit) : "–",
                  a.change ? FormatDecimal(*a.change, 2) : "–", assessment});
  }
  std::string out = Heading("Uppföljning") + "Grön = uppnått, Röd = ej uppnått.\n\n" + table.Render();
  if (!notes.empty()) out += "\nKommentarer till manuella bedömningar:\n" + notes;
  return out;
}

std::string ProjectionTable(const StaffingProjection& projection) {
  TextTable table({{"År", Align::kLeft},
                   {"Personal", Align::kRight},
                   {"Pension", Align::kRight},
                   {"Avgångar", Align::kRight},
                   {"Behov", Align::kRight},
                   {"Rekrytering", Align::kRight},
                   {"Ökning", Align::kRight},
                   {"Kostnad ökning", Align::kRight},
                   {"Andra lösningar", Align::kRight}});
  for (const ProjectionYear& y : projection.years) {
    table.AddRow({std::to_string(y.year), Persons(y.headcount_start), Persons(y.retirements), Persons(y.leavers),
                  Persons(y.need), Persons(y.recruitment), Persons(y.increase), FormatKronor(y.cost_of_increase),
                  FormatKronor(y.other_solutions_cost)});
  }
  table.AddRow({"Summa", "", Persons(projection.TotalRetirements()), Persons(projection.TotalLeavers()), "",
                Persons(projection.TotalRecruitment())});
  return table.Render();
}

std::string ProjectionSection(const AnalysisResult& result) {
  if (!result.projection) return {};
  const ProjectionResult& p = *result.projection;
  std::string out = Heading("Personalprognos") + "Pensionsålder " + std::to_string(p.settings.pension_age) +
                    " år; personal vid årets början, behov efter drivfaktorn; andel som ska täckas av andra "
                    "lösningar " + FormatPercent(p.settings.other_solutions_share * 100) + ".\n";
  for (const StaffingProjection& category : p.categories) {
    out += "\n" + category.name + " (årskostnad per årsarbetare " + FormatKronor(category.yearly_cost_per_fte) +
           ")\n" + ProjectionTable(category);
  }
  if (p.categories.size() > 1) out += "\nTotalt\n" + ProjectionTable(p.total);
  return out;
}

}  // namespace

std::string RenderAnalysisText(const AnalysisResult& result) {
  std::string out = Title(result);
  if (!result.categories.empty()) {
    out += GapSection(result) + NeedSection(result) + GoalSection(result) + ChangeSection(result) +
           RiskSection(result);
  }
  out += FollowUpSection(result) + ProjectionSection(result);
  if (!result.summary.text.empty()) out += Heading("Sammanfattning") + WrapText(result.summary.text, kLineWidth);
  return out;
}

}  // namespace kplan::report
