#pragma once
// The kartläggning as an assignment (seed 001: HR sends the kartläggning to
// the chefs, who map their units): hr opens the round of a plan year with a
// last day; each unit of the plan unit's subtree then stands
//
//   ej påbörjad ──(a save)──► pågår ──(Lämna in)──► inlämnad
//        └───────────────(Lämna in)──────────────────┘
//
// A save after submitting keeps the unit inlämnad (the chef corrected their
// figures); hr sees when it was submitted. Reminders are recorded and shown
// to the chef in the app — no e-mail is sent.

#include <optional>
#include <string>
#include <string_view>

#include "kplan/core/calendar_date.hpp"
#include "kplan/core/error.hpp"
#include "kplan/core/org_tree.hpp"
#include <vector>

namespace kplan {

enum class UnitMappingStatus { kNotStarted, kInProgress, kSubmitted };

inline constexpr UnitMappingStatus kUnitMappingStatuses[] = {
    UnitMappingStatus::kNotStarted, UnitMappingStatus::kInProgress, UnitMappingStatus::kSubmitted};

// Stable keys for JSON: "ej_paborjad", "pagar", "inlamnad".
std::string_view UnitMappingStatusKey(UnitMappingStatus status);
std::optional<UnitMappingStatus> ParseUnitMappingStatusKey(std::string_view key);
// As shown: "Ej påbörjad", "Pågår", "Inlämnad".
std::string_view UnitMappingStatusLabel(UnitMappingStatus status);

// The units a round assigns: the plan unit's children (each chef's
// avdelning, answering for its whole subtree), or the plan unit itself when
// it has none. In the tree's order of children.
std::vector<const OrgUnit*> MappingUnits(const OrgTree& tree, std::int64_t plan_unit_id);
// The assigned unit a unit's cells count for: the plan unit's child on the
// path to it; the plan unit itself for its own cells or when it has no
// children; nullptr when the unit is not in the plan unit's subtree.
const OrgUnit* MappingUnitOf(const OrgTree& tree, std::int64_t plan_unit_id, std::int64_t unit_id);

// The status rule: submitted wins; else something saved since the round
// opened means in progress.
UnitMappingStatus MappingStatusOf(bool saved_since_opened, bool submitted);

// The last day of a round: a real date not before `today` ("deadline",
// field "deadline").
Status CheckMappingDeadline(const CalendarDate& deadline, const CalendarDate& today);

// A unit may be submitted (and reminded) only while its round is open
// ("mapping_closed", field "round"): no round, or a closed one, refuses.
Status CheckMappingOpen(bool round_exists, bool round_open);

// Past the last day and not yet submitted: the chef's list shows it as late.
bool IsMappingOverdue(const CalendarDate& deadline, const CalendarDate& today,
                      UnitMappingStatus status);

}  // namespace kplan
