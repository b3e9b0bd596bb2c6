#pragma once
// A chef's proposal to change a category's need (seed 001: the chefs "endast
// justerat prognosen av kompetensbehov"): the base need B (design.md §3, the
// headcount the category needs) the chef thinks right for the plan, with the
// reason. hr accepts it — the plan year's need parameter takes the proposed
// base — or rejects it with a reason; the chef sees the outcome.
//
//   föreslagen ──► accepterad
//        └───────► avslagen

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "kplan/core/error.hpp"

namespace kplan {

enum class NeedProposalStatus { kProposed, kAccepted, kRejected };

inline constexpr NeedProposalStatus kNeedProposalStatuses[] = {
    NeedProposalStatus::kProposed, NeedProposalStatus::kAccepted, NeedProposalStatus::kRejected};

// "foreslagen", "accepterad", "avslagen"; labels "Föreslagen", "Accepterad", "Avslagen".
std::string_view NeedProposalStatusKey(NeedProposalStatus status);
std::optional<NeedProposalStatus> ParseNeedProposalStatusKey(std::string_view key);
std::string_view NeedProposalStatusLabel(NeedProposalStatus status);

inline constexpr std::size_t kNeedProposalReasonMaxChars = 2000;
inline constexpr double kNeedProposalMaxBase = 1000000;

struct NeedProposal {
  std::int64_t id = 0;
  std::string unit_code;  // the chef's unit that proposes
  int year = 0;           // the plan year's
  std::string category;
  double base = 0;                    // the proposed base need B
  std::optional<double> current_base; // B when proposed (none: from the inventory)
  std::string reason;
  NeedProposalStatus status = NeedProposalStatus::kProposed;
  std::string proposed_by, proposed_at;
  std::string decided_by, decided_at, decision_reason;
};

// category required; base a number 0–kNeedProposalMaxBase ("range"); reason
// required, at most kNeedProposalReasonMaxChars. Fields "category", "base",
// "reason".
Status Validate(const NeedProposal& proposal);

// Deciding a proposal: only a föreslagen one ("proposal_decided", field
// "status"); a rejection needs its reason ("required", field "reason"), at
// most kNeedProposalReasonMaxChars ("max_length").
Status CheckDecision(NeedProposalStatus current, bool accept, std::string_view reason);

}  // namespace kplan
