#include "kplan/core/need_proposal.hpp"

#include <cmath>

#include "kplan/core/field_rules.hpp"

namespace kplan {
namespace {

struct StatusNames {
  NeedProposalStatus status;
  std::string_view key;
  std::string_view label;
};

constexpr StatusNames kNames[] = {
    {NeedProposalStatus::kProposed, "foreslagen", "Föreslagen"},
    {NeedProposalStatus::kAccepted, "accepterad", "Accepterad"},
    {NeedProposalStatus::kRejected, "avslagen", "Avslagen"},
};

const StatusNames& NamesOf(NeedProposalStatus status) {
  for (const StatusNames& n : kNames) {
    if (n.status == status) return n;
  }
  return kNames[0];
}

}  // namespace

std::string_view NeedProposalStatusKey(NeedProposalStatus status) { return NamesOf(status).key; }
std::string_view NeedProposalStatusLabel(NeedProposalStatus status) { return NamesOf(status).label; }

std::optional<NeedProposalStatus> ParseNeedProposalStatusKey(std::string_view key) {
  for (const StatusNames& n : kNames) {
    if (n.key == key) return n.status;
  }
  return std::nullopt;
}

Status Validate(const NeedProposal& p) {
  if (Status s = CheckText(p.category, "category", 200, true); !s.ok()) return s;
  if (!std::isfinite(p.base) || p.base < 0 || p.base > kNeedProposalMaxBase) {
    return FieldRuleError("base", "range", "det föreslagna behovet ska vara ett antal mellan 0 och 1 000 000",
                          "the proposed need must be a number between 0 and 1,000,000")
        .WithValue(std::to_string(p.base));
  }
  return CheckText(p.reason, "reason", kNeedProposalReasonMaxChars, true);
}

Status CheckDecision(NeedProposalStatus current, bool accept, std::string_view reason) {
  if (current != NeedProposalStatus::kProposed) {
    return FieldRuleError("status", "proposal_decided",
                          "förslaget är redan avgjort (" + std::string(NeedProposalStatusLabel(current)) + ")",
                          "the proposal is already " + std::string(NeedProposalStatusKey(current)))
        .WithValue(std::string(NeedProposalStatusKey(current)));
  }
  if (!accept) return CheckText(reason, "reason", kNeedProposalReasonMaxChars, true);
  return CheckText(reason, "reason", kNeedProposalReasonMaxChars);
}

}  // namespace kplan
