#include "kplan/core/plan_status.hpp"

#include "kplan/core/field_rules.hpp"

namespace kplan {
namespace {

struct StatusNames {
  PlanStatus status;
  std::string_view key;
  std::string_view label;
};

constexpr StatusNames kNames[] = {
    {PlanStatus::kDraft, "utkast", "Utkast"},
    {PlanStatus::kForDecision, "for_beslut", "För beslut"},
    {PlanStatus::kAdopted, "faststalld", "Fastställd"},
};

const StatusNames& NamesOf(PlanStatus status) {
  for (const StatusNames& n : kNames) {
    if (n.status == status) return n;
  }
  return kNames[0];
}

Error MoveError(PlanStatus from, PlanStatus to) {
  return FieldRuleError("status", "plan_status",
                        "en plan som är " + std::string(PlanStatusLabel(from)) +
                            " kan inte bli " + std::string(PlanStatusLabel(to)),
                        "a plan that is " + std::string(PlanStatusKey(from)) + " cannot become " +
                            std::string(PlanStatusKey(to)))
      .WithValue(std::string(PlanStatusKey(to)));
}

}  // namespace

std::string_view PlanStatusKey(PlanStatus status) { return NamesOf(status).key; }
std::string_view PlanStatusLabel(PlanStatus status) { return NamesOf(status).label; }

std::optional<PlanStatus> ParsePlanStatusKey(std::string_view key) {
  for (const StatusNames& n : kNames) {
    if (n.key == key) return n.status;
  }
  return std::nullopt;
}

bool CanMove(PlanStatus from, PlanStatus to) {
  switch (from) {
    case PlanStatus::kDraft: return to == PlanStatus::kForDecision;
    case PlanStatus::kForDecision: return to == PlanStatus::kDraft || to == PlanStatus::kAdopted;
    case PlanStatus::kAdopted: return to == PlanStatus::kDraft;
  }
  return false;
}

Status CheckStatusChange(PlanStatus from, PlanStatus to) {
  if (!CanMove(from, to)) return MoveError(from, to);
  if (to == PlanStatus::kAdopted) {
    return FieldRuleError("status", "decision_required",
                          "en plan fastställs med ett beslut: nämnd, datum och paragraf",
                          "a plan is adopted by a decision: body, date and paragraph")
        .WithValue(std::string(PlanStatusKey(to)));
  }
  return Ok();
}

Status CheckAdoption(PlanStatus from) {
  if (!CanMove(from, PlanStatus::kAdopted)) return MoveError(from, PlanStatus::kAdopted);
  return Ok();
}

Status Validate(const PlanDecision& decision) {
  if (Status s = CheckText(decision.decided_by, "decided_by", kDecisionBodyMaxChars, true); !s.ok()) return s;
  if (!IsValidDate(decision.decided_on)) {
    return FieldRuleError("decided_on", "date", "beslutsdatumet finns inte", "the decision date does not exist")
        .WithValue(FormatIsoDate(decision.decided_on));
  }
  if (Status s = CheckText(decision.paragraph, "paragraph", kDecisionParagraphMaxChars, true); !s.ok()) return s;
  return CheckText(decision.registration_number, "registration_number", kDecisionRegistrationMaxChars);
}

std::string DescribeDecision(const PlanDecision& decision) {
  std::string paragraph = decision.paragraph;
  if (paragraph.rfind("§", 0) != 0) paragraph = "§ " + paragraph;
  std::string out = "Fastställd av " + decision.decided_by + " " + FormatIsoDate(decision.decided_on) +
                    ", " + paragraph;
  if (!decision.registration_number.empty()) out += " (" + decision.registration_number + ")";
  return out;
}

}  // namespace kplan
