// Sammanställning till kommunstyrelsen (kommunstyrelsen_report.hpp), in the
// style of the roll-up's tables (plan_rollup.cpp): one row per förvaltning.

#include "kplan/report/kommunstyrelsen_report.hpp"

#include <algorithm>

#include "kplan/core/swedish_text.hpp"
#include "plan_sections.hpp"

namespace kplan::report {
namespace {

using detail::TextCell;

Cell AssessmentCell(const std::optional<Assessment>& a) {
  if (!a) return TextCell("–");
  Cell c = TextCell(std::string(AssessmentLabel(*a)));
  c.tone = *a == Assessment::kGreen ? CellTone::kGreen : *a == Assessment::kRed ? CellTone::kRed : CellTone::kNone;
  c.bold = *a != Assessment::kNotAssessed;
  return c;
}

std::string Names(const std::vector<const ForvaltningStatus*>& list) {
  std::vector<std::string> names;
  for (const ForvaltningStatus* f : list) names.push_back(f->name);
  return JoinWithOch(names);
}

std::string DecisionText(const ForvaltningStatus& f) {
  if (!f.decision) return "–";
  std::string paragraph = f.decision->paragraph.rfind("§", 0) == 0 ? f.decision->paragraph : "§ " + f.decision->paragraph;
  std::string out = f.decision->decided_by + " " + FormatIsoDate(f.decision->decided_on) + ", " + paragraph;
  if (!f.decision->registration_number.empty()) out += " (" + f.decision->registration_number + ")";
  return out;
}

std::vector<OccasionKind> KindsAsked(const KommunstyrelsenData& data) {
  std::vector<OccasionKind> kinds;
  for (OccasionKind k : kOccasionKinds) {
    for (const ForvaltningStatus& f : data.forvaltningar) {
      for (const UnitReporting& r : f.reporting) {
        if (r.kind == k && std::find(kinds.begin(), kinds.end(), k) == kinds.end()) kinds.push_back(k);
      }
    }
  }
  return kinds;
}

void PlanTable(Document& doc, const KommunstyrelsenData& data) {
  const std::vector<OccasionKind> kinds = KindsAsked(data);
  Table t;
  t.sheet = "Kommunstyrelsen";
  t.caption = "Förvaltningarnas planer och uppföljning " + std::to_string(data.year);
  t.header = {"Förvaltning", "Plan", "Beslut"};
  for (OccasionKind k : kinds) t.header.push_back(std::string(OccasionKindLabel(k)));
  t.numeric.assign(t.header.size(), false);
  for (const ForvaltningStatus& f : data.forvaltningar) {
    Cell plan = TextCell(f.has_plan_year ? std::string(PlanStatusLabel(f.status)) : "Inget planår");
    if (f.has_plan_year && f.status == PlanStatus::kAdopted) plan.tone = CellTone::kGreen;
    if (!f.has_plan_year) plan.tone = CellTone::kRed;
    std::vector<Cell> row{TextCell(f.name), plan, TextCell(DecisionText(f))};
    for (OccasionKind k : kinds) {
      Cell c = TextCell("–");
      for (const UnitReporting& r : f.reporting) {
        if (r.kind != k) continue;
        c = TextCell(std::string(OccasionStatusLabel(r.status)) + " (sista dag " + FormatIsoDate(r.deadline) + ")");
        c.tone = r.status == OccasionStatus::kSubmitted ? CellTone::kGreen : CellTone::kRed;
      }
      row.push_back(c);
    }
    t.rows.push_back(std::move(row));
  }
  doc.AddTable(std::move(t));
}

void GoalTable(Document& doc, const KommunstyrelsenData& data) {
  if (data.malsattningar.empty()) {
    doc.AddParagraph("Kommunen har inga kommunövergripande målsättningar för " + std::to_string(data.year) + ".",
                     ParagraphStyle::kNote);
    return;
  }
  Table t;
  t.sheet = "Målsättningar";
  t.caption = "Bedömning per kommunövergripande målsättning";
  t.header = {"Målsättning"};
  for (const ForvaltningStatus& f : data.forvaltningar) t.header.push_back(f.name);
  t.numeric.assign(t.header.size(), false);
  for (const MalsattningStatus& m : data.malsattningar) {
    std::vector<Cell> row{TextCell(m.title)};
    for (const auto& a : m.per_forvaltning) row.push_back(AssessmentCell(a));
    t.rows.push_back(std::move(row));
  }
  doc.AddTable(std::move(t));
  doc.AddParagraph("Röd – ej uppnått, Grön – uppnått. En förvaltnings bedömning av en målsättning är Röd när "
                   "något av dess mål under målsättningen är Rött och Grön när alla bedömda är Gröna; – betyder att "
                   "förvaltningen inte har något mål under målsättningen.");
}

}  // namespace

std::vector<const ForvaltningStatus*> NotReported(const KommunstyrelsenData& data) {
  std::vector<const ForvaltningStatus*> out;
  for (const ForvaltningStatus& f : data.forvaltningar) {
    for (const UnitReporting& r : f.reporting) {
      if (r.status != OccasionStatus::kSubmitted) {
        out.push_back(&f);
        break;
      }
    }
  }
  return out;
}

std::vector<const ForvaltningStatus*> WithoutAdoptedPlan(const KommunstyrelsenData& data) {
  std::vector<const ForvaltningStatus*> out;
  for (const ForvaltningStatus& f : data.forvaltningar) {
    if (!f.has_plan_year || f.status != PlanStatus::kAdopted) out.push_back(&f);
  }
  return out;
}

Document BuildKommunstyrelsenDocument(const KommunstyrelsenData& data, const CalendarDate& generated_on) {
  Document doc;
  const std::string year = std::to_string(data.year);
  doc.title = "Uppföljning av kompetensförsörjning " + year + " – sammanställning till kommunstyrelsen";
  doc.subtitle = data.municipality;
  doc.file_stem = "kommunstyrelsen-" + year;
  doc.generated = "Framtagen " + FormatIsoDate(generated_on) + " ur Kompetensplan";

  doc.AddHeading(1, "Förvaltningarnas kompetensförsörjningsplaner");
  doc.AddParagraph("Sammanställningen omfattar " + std::to_string(data.forvaltningar.size()) +
                   " förvaltningar: varje förvaltnings plan för " + year + " och beslutet om den, "
                   "uppföljningstillfällenas status och bedömningen per kommunövergripande målsättning.");
  const auto not_reported = NotReported(data);
  const auto not_adopted = WithoutAdoptedPlan(data);
  doc.AddParagraph(not_reported.empty()
                       ? "Alla förvaltningar har lämnat in sin uppföljning."
                       : "Förvaltningar som inte har lämnat in sin uppföljning: " + Names(not_reported) + ".");
  doc.AddParagraph(not_adopted.empty()
                       ? "Alla förvaltningar har en fastställd plan för " + year + "."
                       : "Förvaltningar utan fastställd plan för " + year + ": " + Names(not_adopted) + ".");
  PlanTable(doc, data);

  doc.AddHeading(1, "Kommunövergripande målsättningar");
  GoalTable(doc, data);
  return doc;
}

}  // namespace kplan::report
