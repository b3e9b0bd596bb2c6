// BuildPlanDocument: the sections in the order of seed 001, for one unit or
// as a roll-up with a part per förvaltning (seed 000). A plan year is a plan
// whatever it holds: a section appears when its module has content or its
// users wrote its text, so Trelleborg's follow-up, Linköping's staffing plan
// and Malmö's gap analysis each come out as their own document.

#include <algorithm>
#include <array>
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

// One section of a unit's plan: its name, whether its module holds anything
// for the unit, and how it is written.
struct SectionSpec {
  const msg::SectionName* name;
  bool (*has_content)(const UnitAnalysis&);
  void (*add)(BuildContext&, const UnitAnalysis&, int level);
};

bool HasCategories(const UnitAnalysis& a) { return !a.result.categories.empty(); }

// Seed 001's order. Sammanfattning and Inledning are written apart.
const std::array<SectionSpec, 8> kUnitSections{{
    {&msg::kNulage, [](const UnitAnalysis& a) { return a.plan->figures && a.plan->figures->headcount > 0; },
     [](BuildContext& c, const UnitAnalysis& a, int l) { detail::AddNulage(c, *a.plan, l); }},
    {&msg::kKompetensgap, HasCategories, detail::AddGapSection},
    {&msg::kKompetensmal, [](const UnitAnalysis& a) { return HasCategories(a) || !a.plan->goals.empty(); },
     detail::AddGoalSection},
    {&msg::kRiskanalys, [](const UnitAnalysis& a) { return !a.plan->risks.empty(); },
     [](BuildContext& c, const UnitAnalysis& a, int l) { detail::AddRiskSection(c, *a.plan, l); }},
    {&msg::kAktivitetsplan, [](const UnitAnalysis& a) { return !a.plan->activities.empty(); },
     [](BuildContext& c, const UnitAnalysis& a, int l) { detail::AddActivitySection(c, *a.plan, l); }},
    {&msg::kPersonalprognos,
     [](const UnitAnalysis& a) { return a.plan->projection && !a.plan->projection->total.years.empty(); },
     [](BuildContext& c, const UnitAnalysis& a, int l) { detail::AddProjectionSection(c, *a.plan, l); }},
    {&msg::kUppfoljning, [](const UnitAnalysis& a) { return !a.plan->indicators.empty() || !a.plan->goals.empty(); },
     [](BuildContext& c, const UnitAnalysis& a, int l) { detail::AddFollowupSection(c, *a.plan, l); }},
    {&msg::kSuccession, [](const UnitAnalysis& a) { return !a.plan->succession.empty(); },
     [](BuildContext& c, const UnitAnalysis& a, int l) { detail::AddSuccessionSection(c, *a.plan, l); }},
}};

bool Present(const SectionSpec& s, const UnitAnalysis& a) {
  if (!a.plan->Includes(s.name->key)) return false;
  return s.has_content(a) || !a.plan->Text(std::string(s.name->key)).empty();
}

bool HasSummary(const UnitAnalysis& a) {
  return !a.result.summary.text.empty() || !a.plan->Text(std::string(msg::kSammanfattning.key)).empty();
}

// The sections the document will hold, for the Inledning's "Planen innehåller".
std::vector<std::string> PresentSections(const std::vector<const UnitAnalysis*>& units) {
  std::vector<std::string> names;
  for (const SectionSpec& s : kUnitSections) {
    for (const UnitAnalysis* a : units) {
      if (Present(s, *a)) {
        names.push_back(ToLowerSwedish(s.name->heading));
        break;
      }
    }
  }
  return names;
}

bool AnyContent(const std::vector<const UnitAnalysis*>& units) {
  for (const UnitAnalysis* a : units) {
    if (HasSummary(*a) || !a->plan->Text(std::string(msg::kInledning.key)).empty()) return true;
    if (!a->plan->chapters.empty()) return true;
    for (const SectionSpec& s : kUnitSections) {
      if (Present(s, *a)) return true;
    }
  }
  return false;
}

void AddInledning(BuildContext& ctx, const UnitAnalysis& own, const std::vector<const UnitAnalysis*>& units,
                  bool rollup) {
  ctx.doc.AddHeading(1, std::string(msg::kInledning.heading));
  const std::string text = own.plan->Text(std::string(msg::kInledning.key));
  if (!text.empty()) {
    detail::AddUserText(ctx.doc, text, 1, std::string(msg::kTextSheet));
  } else {
    bool gap_analysis = false;
    for (const UnitAnalysis* a : units) gap_analysis = gap_analysis || HasCategories(*a);
    if (gap_analysis) {
      ctx.doc.AddParagraph(std::string(msg::kIntro1));
      ctx.doc.AddParagraph(std::string(msg::kIntro2));
    } else {
      ctx.doc.AddParagraph(std::string(msg::kIntroGeneral));
    }
    const std::vector<std::string> sections = PresentSections(units);
    if (!sections.empty()) ctx.doc.AddParagraph(std::string(msg::kIntroContents) + JoinWithOch(sections) + ".");
  }
  if (rollup) ctx.doc.AddParagraph(std::string(msg::kIntroRollup));
}

void AddSammanfattning(BuildContext& ctx, const UnitPlan& plan, const std::vector<const UnitAnalysis*>& units,
                       bool rollup) {
  ctx.Section(msg::kSammanfattning, plan, 1);
  for (const UnitAnalysis* a : units) {
    std::string text = a->result.summary.text;
    if (text.empty()) continue;
    if (rollup) text = a->plan->unit.name + ": " + text;
    ctx.doc.AddParagraph(text);
  }
}

// The plan's own chapters placed after the section `after` ("": after the
// last), each a heading at `level` and its text.
void AddChapters(BuildContext& ctx, const UnitPlan& plan, std::string_view after, int level) {
  for (const PlanChapter& c : plan.chapters) {
    if (c.after != after) continue;
    ctx.doc.AddHeading(level, c.title);
    detail::AddUserText(ctx.doc, c.text, level, std::string(msg::kTextSheet));
  }
}

// The sections of one unit's plan that have content, at `level`:
// kUnitSections[first, last), each followed by the chapters placed after it;
// the chapters placed last come after the last section.
void AddUnitSections(BuildContext& ctx, const UnitAnalysis& a, int level, std::size_t first = 0,
                     std::size_t last = kUnitSections.size()) {
  for (std::size_t i = first; i < last; ++i) {
    if (Present(kUnitSections[i], a)) kUnitSections[i].add(ctx, a, level);
    AddChapters(ctx, *a.plan, kUnitSections[i].name->key, level);
  }
  if (last == kUnitSections.size()) AddChapters(ctx, *a.plan, "", level);
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
  if (data.decision) doc.generated = DescribeDecision(*data.decision) + ". " + doc.generated;
  BuildContext ctx{doc, data};

  std::vector<UnitAnalysis> parts;
  for (const UnitPlan& p : data.parts) parts.push_back(detail::AnalyseUnit(p));
  const UnitAnalysis own = detail::AnalyseUnit(main);
  std::vector<const UnitAnalysis*> all{&own};
  std::vector<const UnitAnalysis*> part_list;
  for (const UnitAnalysis& a : parts) part_list.push_back(&a);
  all.insert(all.end(), part_list.begin(), part_list.end());

  AddInledning(ctx, own, all, data.rollup);
  if (!AnyContent(all)) {
    doc.AddParagraph(std::string(msg::kEmptyPlanYear), ParagraphStyle::kNote);
    return doc;
  }
  AddChapters(ctx, main, msg::kInledning.key, 1);
  if (!data.rollup) {
    if (HasSummary(own) && main.Includes(msg::kSammanfattning.key)) AddSammanfattning(ctx, main, {&own}, false);
    AddChapters(ctx, main, msg::kSammanfattning.key, 1);
    AddUnitSections(ctx, own, 1);
    return doc;
  }
  // The förvaltningar's summaries are the roll-up's; each part holds its sections.
  if (std::any_of(all.begin(), all.end(), [](const UnitAnalysis* a) { return HasSummary(*a); })) AddSammanfattning(ctx, main, part_list, true);
  AddChapters(ctx, main, msg::kSammanfattning.key, 1);
  AddUnitSections(ctx, own, 1, 0, 1);  // the kommun's own Nuläge before the overview,
  detail::AddRollupOverview(ctx, parts, 1);
  AddUnitSections(ctx, own, 1, 1);  // the rest of its plan year after it
  for (const UnitAnalysis& a : parts) {
    doc.AddHeading(1, a.plan->unit.name);
    if (AnyContent({&a})) {
      AddChapters(ctx, *a.plan, msg::kInledning.key, 2);
      AddChapters(ctx, *a.plan, msg::kSammanfattning.key, 2);
      AddUnitSections(ctx, a, 2);
    } else {
      doc.AddParagraph(std::string(msg::kEmptyPart), ParagraphStyle::kNote);
    }
  }
  return doc;
}

}  // namespace kplan::report
