// BuildPlanDocument: the sections in the order of seed 001, for one unit or
// as a roll-up with a part per förvaltning (seed 000).

#include <cctype>

#include "kplan/core/swedish_text.hpp"
#include "kplan/report/plan_report.hpp"
#include "plan_sections.hpp"

namespace kplan::report {
namespace {

using detail::BuildContext;
using detail::UnitAnalysis;

std::string AsciiStem(const std::string& code, int year) {
  std::string stem = "kompetensforsorjningsplan-";
  for (char c : code) stem += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return stem + "-" + std::to_string(year);
}

void AddInledning(BuildContext& ctx, const UnitPlan& plan, bool rollup) {
  ctx.doc.AddHeading(1, std::string(msg::kInledning.heading));
  const std::string own = plan.Text(std::string(msg::kInledning.key));
  if (!own.empty()) {
    ctx.doc.AddParagraph(own, ParagraphStyle::kUserText);
  } else {
    ctx.doc.AddParagraph(std::string(msg::kIntro1));
    ctx.doc.AddParagraph(std::string(msg::kIntro2));
  }
  if (rollup) ctx.doc.AddParagraph(std::string(msg::kIntroRollup));
}

void AddSammanfattning(BuildContext& ctx, const UnitPlan& plan, const std::vector<UnitAnalysis>& units,
                       bool rollup) {
  ctx.Section(msg::kSammanfattning, plan, 1);
  for (const UnitAnalysis& a : units) {
    std::string text = a.result.summary.text;
    if (text.empty()) continue;
    if (rollup) text = a.plan->unit.name + ": " + text;
    ctx.doc.AddParagraph(text);
  }
}

// The sections of one unit's plan, at `level`.
void AddUnitSections(BuildContext& ctx, const UnitAnalysis& a, int level, bool with_nulage) {
  if (with_nulage) detail::AddNulage(ctx, *a.plan, level);
  detail::AddGapSection(ctx, a, level);
  detail::AddGoalSection(ctx, a, level);
  detail::AddRiskSection(ctx, *a.plan, level);
  detail::AddActivitySection(ctx, *a.plan, level);
  detail::AddProjectionSection(ctx, *a.plan, level);
  detail::AddFollowupSection(ctx, *a.plan, level);
  detail::AddSuccessionSection(ctx, *a.plan, level);
}

}  // namespace

Document BuildPlanDocument(const PlanData& data, const CalendarDate& generated_on) {
  Document doc;
  const UnitPlan& main = data.main;
  doc.title = std::string(data.rollup ? msg::kRollupTitle : msg::kTitle) + " " + std::to_string(data.year);
  doc.subtitle = main.unit.name == data.municipality ? main.unit.name : main.unit.name + ", " + data.municipality;
  doc.file_stem = AsciiStem(main.unit.code.empty() ? "kommun" : main.unit.code, data.year);
  doc.generated = std::string(msg::kGenerated) + " " + FormatIsoDate(generated_on) + " " +
                  std::string(msg::kGeneratedBy);
  BuildContext ctx{doc, data};

  std::vector<UnitAnalysis> parts;
  for (const UnitPlan& p : data.parts) parts.push_back(detail::AnalyseUnit(p));
  const UnitAnalysis own = detail::AnalyseUnit(main);

  AddInledning(ctx, main, data.rollup);
  if (!data.rollup) {
    AddSammanfattning(ctx, main, {own}, false);
    AddUnitSections(ctx, own, 1, true);
    return doc;
  }
  AddSammanfattning(ctx, main, parts, true);
  detail::AddNulage(ctx, main, 1);
  detail::AddRollupOverview(ctx, parts, 1);
  detail::AddProjectionSection(ctx, main, 1);
  if (!main.categories.empty()) {  // the kommun's own plan year, beside its förvaltningar
    detail::AddGapSection(ctx, own, 1);
    detail::AddGoalSection(ctx, own, 1);
  }
  detail::AddRiskSection(ctx, main, 1);
  detail::AddActivitySection(ctx, main, 1);
  detail::AddFollowupSection(ctx, main, 1);
  detail::AddSuccessionSection(ctx, main, 1);
  for (const UnitAnalysis& a : parts) {
    doc.AddHeading(1, a.plan->unit.name);
    AddUnitSections(ctx, a, 2, true);
  }
  return doc;
}

}  // namespace kplan::report
