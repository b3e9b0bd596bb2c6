// Riskanalys (table and the two 4 × 4 matrices, coloured by core's risk
// class) and Aktivitetsplan (by strategic area: core's standard areas in
// their order, then the municipality's own areas).

#include <algorithm>

#include "kplan/core/risk.hpp"
#include "kplan/core/strategic_area.hpp"
#include "kplan/core/swedish_text.hpp"
#include "plan_sections.hpp"

namespace kplan::report::detail {
namespace {

CellTone RiskTone(RiskClass risk_class) {
  switch (risk_class) {
    case RiskClass::kLow: return CellTone::kGreen;
    case RiskClass::kMedium: return CellTone::kAmber;
    case RiskClass::kHigh: return CellTone::kRed;
  }
  return CellTone::kNone;
}

Cell RiskValueCell(int value) {
  Cell c = IntegerCell(value);
  c.tone = RiskTone(ClassifyRisk(value));
  return c;
}

// "Riskvärde 1–3 är låg risk, 4–8 medel och 9–16 hög." from core's bands.
std::string RiskClassSentence() {
  std::string s = "Riskvärde";
  bool first = true;
  for (const RiskClassBand& band : kRiskClassBands) {
    s += first ? " " : (band.to == kRiskClassBands[std::size(kRiskClassBands) - 1].to ? " och " : ", ");
    s += std::to_string(band.from) + "–" + std::to_string(band.to) + " är " +
         std::string(RiskClassLabel(band.risk_class)) + (first ? " risk" : "");
    first = false;
  }
  return s + ".";
}

Chart Matrix(BuildContext& ctx, const std::vector<Risk>& risks, bool operations) {
  Chart chart;
  chart.kind = ChartKind::kRiskMatrix;
  chart.title = std::string(operations ? msg::kRiskMatrixOps : msg::kRiskMatrixWork);
  chart.name = ctx.ChartName(operations ? "risk-ops" : "risk-work");
  chart.width = 230;
  chart.height = 210;
  RiskMatrix matrix;
  for (const Risk& r : risks) {
    const RiskAssessment a = operations
                                 ? RiskAssessment{r.operations_consequence, r.operations_probability}
                                 : RiskAssessment{r.work_environment_consequence, r.work_environment_probability};
    matrix.Place(r.category, a);
  }
  for (int c = 1; c <= kRiskSteps; ++c) {
    for (int p = 1; p <= kRiskSteps; ++p) {
      chart.risk_cells[static_cast<std::size_t>(c - 1)][static_cast<std::size_t>(p - 1)] =
          matrix.Cell(c, p);
    }
  }
  return chart;
}

}  // namespace

void AddRiskSection(BuildContext& ctx, const UnitPlan& plan, int level) {
  ctx.Section(msg::kRiskanalys, plan, level);
  Document& doc = ctx.doc;
  if (plan.risks.empty()) {
    doc.AddParagraph(std::string(msg::kNoRisks), ParagraphStyle::kNote);
    return;
  }
  doc.AddParagraph(std::string(msg::kRiskIntro) + " " + RiskClassSentence());
  Table t;
  t.sheet = "Riskanalys " + plan.unit.code;
  t.header = {std::string(msg::kCategory), std::string(msg::kOpsRisk), std::string(msg::kProbability),
              std::string(msg::kWorkRisk), std::string(msg::kProbability), std::string(msg::kRiskValue),
              std::string(msg::kComment)};
  t.numeric = {false, false, false, false, false, true, false};
  t.widths = {1.3, 1.0, 0.8, 1.0, 0.8, 0.6, 2.6};
  std::vector<Risk> sorted = plan.risks;
  auto value = [](const Risk& r) {
    return std::max(r.operations_consequence * r.operations_probability,
                    r.work_environment_consequence * r.work_environment_probability);
  };
  std::stable_sort(sorted.begin(), sorted.end(),
                   [&](const auto& a, const auto& b) { return value(a) > value(b); });
  for (const Risk& r : sorted) {
    t.rows.push_back({TextCell(r.category), TextCell(std::string(ConsequenceLabel(r.operations_consequence))),
                      TextCell(std::string(ProbabilityLabel(r.operations_probability))),
                      TextCell(std::string(ConsequenceLabel(r.work_environment_consequence))),
                      TextCell(std::string(ProbabilityLabel(r.work_environment_probability))),
                      RiskValueCell(value(r)), TextCell(r.description)});
  }
  doc.AddTable(std::move(t));
  doc.AddChart(Matrix(ctx, plan.risks, true));
  doc.AddChart(Matrix(ctx, plan.risks, false));
  for (const Risk& r : plan.risks) {
    const std::string text = plan.Text(std::string(msg::kRiskanalys.key), r.category);
    AddUserText(doc, text, level, std::string(msg::kTextSheet), r.category + ": ");
  }
}

void AddActivitySection(BuildContext& ctx, const UnitPlan& plan, int level) {
  ctx.Section(msg::kAktivitetsplan, plan, level);
  Document& doc = ctx.doc;
  if (plan.activities.empty()) {
    doc.AddParagraph(std::string(msg::kNoActivities), ParagraphStyle::kNote);
    return;
  }
  std::vector<std::string> areas;
  for (const StrategicArea& standard : StandardAreas()) areas.emplace_back(standard.name_sv);
  for (const Activity& a : plan.activities) {
    if (std::find(areas.begin(), areas.end(), a.area) == areas.end()) areas.push_back(a.area);
  }
  for (const std::string& area : areas) {
    std::vector<const Activity*> in;
    for (const Activity& a : plan.activities) {
      if (a.area == area) in.push_back(&a);
    }
    if (in.empty()) continue;
    doc.AddHeading(std::min(level + 1, 3), area);
    Table t;
    t.sheet = "Aktivitetsplan " + plan.unit.code;
    t.caption = area;
    t.header = {std::string(msg::kActivity), "Beskrivning", std::string(msg::kCategory),
                std::string(msg::kOwner), std::string(msg::kEnd), std::string(msg::kStatus)};
    t.numeric.assign(t.header.size(), false);
    t.widths = {1.8, 2.4, 1.2, 1.1, 0.8, 0.7};
    for (const Activity* a : in) {
      Cell status = TextCell(std::string(ActivityStatusLabel(a->status)));
      if (a->status == ActivityStatus::kDone) status.tone = CellTone::kGreen;
      std::string title = a->title;
      if (ContinuesInto(a->years, plan.year)) {
        title += " (" + std::string(msg::kContinuesFrom) + " " + std::to_string(a->years.first) + ")";
      }
      t.rows.push_back({TextCell(title), TextCell(a->description),
                        TextCell(a->categories.empty() ? std::string(msg::kAllCategories) : JoinWithOch(a->categories)),
                        TextCell(a->owner), TextCell(a->end ? FormatIsoDate(*a->end) : "–"), status});
    }
    doc.AddTable(std::move(t));
  }
}

}  // namespace kplan::report::detail
