#include "kplan/core/mapping_round.hpp"

#include "kplan/core/field_rules.hpp"

namespace kplan {
namespace {

struct StatusNames {
  UnitMappingStatus status;
  std::string_view key;
  std::string_view label;
};

constexpr StatusNames kNames[] = {
    {UnitMappingStatus::kNotStarted, "ej_paborjad", "Ej påbörjad"},
    {UnitMappingStatus::kInProgress, "pagar", "Pågår"},
    {UnitMappingStatus::kSubmitted, "inlamnad", "Inlämnad"},
};

const StatusNames& NamesOf(UnitMappingStatus status) {
  for (const StatusNames& n : kNames) {
    if (n.status == status) return n;
  }
  return kNames[0];
}

}  // namespace

std::string_view UnitMappingStatusKey(UnitMappingStatus status) { return NamesOf(status).key; }
std::string_view UnitMappingStatusLabel(UnitMappingStatus status) { return NamesOf(status).label; }

std::optional<UnitMappingStatus> ParseUnitMappingStatusKey(std::string_view key) {
  for (const StatusNames& n : kNames) {
    if (n.key == key) return n.status;
  }
  return std::nullopt;
}

std::vector<const OrgUnit*> MappingUnits(const OrgTree& tree, std::int64_t plan_unit_id) {
  std::vector<const OrgUnit*> children = tree.Children(plan_unit_id);
  if (!children.empty()) return children;
  const OrgUnit* self = tree.FindById(plan_unit_id);
  return self ? std::vector<const OrgUnit*>{self} : std::vector<const OrgUnit*>{};
}

const OrgUnit* MappingUnitOf(const OrgTree& tree, std::int64_t plan_unit_id, std::int64_t unit_id) {
  if (!tree.IsInSubtree(unit_id, plan_unit_id)) return nullptr;
  if (unit_id == plan_unit_id) return tree.FindById(plan_unit_id);
  return tree.ChildOnPathTo(plan_unit_id, unit_id);
}

UnitMappingStatus MappingStatusOf(bool saved_since_opened, bool submitted) {
  if (submitted) return UnitMappingStatus::kSubmitted;
  return saved_since_opened ? UnitMappingStatus::kInProgress : UnitMappingStatus::kNotStarted;
}

Status CheckMappingDeadline(const CalendarDate& deadline, const CalendarDate& today) {
  if (!IsValidDate(deadline)) {
    return FieldRuleError("deadline", "deadline", "sista dag är inte ett datum", "the last day is not a date");
  }
  if (deadline < today) {
    return FieldRuleError("deadline", "deadline",
                          "sista dag " + FormatIsoDate(deadline) + " har redan passerat (i dag " +
                              FormatIsoDate(today) + ")",
                          "the last day " + FormatIsoDate(deadline) + " has already passed (today " +
                              FormatIsoDate(today) + ")")
        .WithValue(FormatIsoDate(deadline));
  }
  return Ok();
}

Status CheckMappingOpen(bool round_exists, bool round_open) {
  if (!round_exists) {
    return FieldRuleError("round", "mapping_closed", "kartläggningen är inte öppnad för planåret",
                          "the kartläggning has not been opened for the plan year");
  }
  if (!round_open) {
    return FieldRuleError("round", "mapping_closed", "kartläggningen är stängd",
                          "the kartläggning is closed");
  }
  return Ok();
}

bool IsMappingOverdue(const CalendarDate& deadline, const CalendarDate& today,
                      UnitMappingStatus status) {
  return status != UnitMappingStatus::kSubmitted && today > deadline;
}

}  // namespace kplan
