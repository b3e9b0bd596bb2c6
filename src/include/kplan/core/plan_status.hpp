#pragma once
// Where a plan year stands in its cycle, and the board's decision that adopts
// it (seed 000: "fastställdes av Socialnämnden den 15 mars 2023, § 47"; seed
// 003: "Dnr 1.3.1-789/2020").
//
//   utkast ──► för beslut ──► fastställd
//     ▲            │              │
//     └────────────┴──────────────┘   (back to utkast: a new revision)
//
// Adopting freezes the plan as the board received it: its documents are kept
// unchanged, and a later adoption of the same year is the next revision.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "kplan/core/calendar_date.hpp"
#include "kplan/core/error.hpp"

namespace kplan {

enum class PlanStatus { kDraft, kForDecision, kAdopted };

inline constexpr PlanStatus kPlanStatuses[] = {PlanStatus::kDraft, PlanStatus::kForDecision,
                                               PlanStatus::kAdopted};

// Stable keys for storage and JSON: "utkast", "for_beslut", "faststalld".
std::string_view PlanStatusKey(PlanStatus status);
std::optional<PlanStatus> ParsePlanStatusKey(std::string_view key);
// As printed: "Utkast", "För beslut", "Fastställd".
std::string_view PlanStatusLabel(PlanStatus status);

// The moves the diagram above allows. Reaching kAdopted takes a decision
// (Adopt), so CanMove(kForDecision, kAdopted) is true but setting the status
// alone is not (CheckStatusChange).
bool CanMove(PlanStatus from, PlanStatus to);

// A status change asked for without a decision: allowed by CanMove and not to
// kAdopted. Rules: "plan_status" (a move the cycle does not have),
// "decision_required" (to fastställd without a decision). Field "status".
Status CheckStatusChange(PlanStatus from, PlanStatus to);

inline constexpr std::size_t kDecisionBodyMaxChars = 200;
inline constexpr std::size_t kDecisionParagraphMaxChars = 20;
inline constexpr std::size_t kDecisionRegistrationMaxChars = 60;

// The decision that adopts a plan.
struct PlanDecision {
  std::string decided_by;           // the nämnd or styrelse: "Socialnämnden"
  CalendarDate decided_on;          // the meeting's date
  std::string paragraph;            // the minutes' §: "47" or "§ 47"
  std::string registration_number;  // diarienummer, may be empty: "Dnr 1.3.1-789/2020"
};

// decided_by required, at most kDecisionBodyMaxChars; paragraph required, at
// most kDecisionParagraphMaxChars; registration_number at most
// kDecisionRegistrationMaxChars ("required", "max_length"); decided_on a real
// date ("date"). Fields as named in the struct.
Status Validate(const PlanDecision& decision);

// "Fastställd av Socialnämnden 2027-03-15, § 47 (Dnr 1.3.1-789/2020)": the
// line the adopted document and the app print.
std::string DescribeDecision(const PlanDecision& decision);

// The move from a status to adoption: only from för beslut ("plan_status").
Status CheckAdoption(PlanStatus from);

}  // namespace kplan
