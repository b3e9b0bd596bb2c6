#include "kplan/core/succession.hpp"

#include "kplan/core/field_rules.hpp"
#include "kplan/core/personnummer.hpp"

namespace kplan {
namespace {

constexpr ReadinessLevel kLevels[] = {
    {"ready_now", "Redo nu", "Ready now"},
    {"1_2_years", "Redo om 1–2 år", "Ready in 1–2 years"},
    {"3_5_years", "Redo om 3–5 år", "Ready in 3–5 years"},
    {"none", "Efterträdare saknas", "No successor"},
};

Status CheckReference(const std::string& ref, std::string_view field) {
  if (Status s = CheckText(ref, field, kEmployeeRefMaxChars); !s.ok()) return s;
  if (LooksLikePersonnummer(ref)) {
    return FieldRuleError(std::string(field), "no_personnummer",
                          "värdet ser ut som ett personnummer; ange den anställdes pseudonyma id",
                          "the value looks like a personnummer; give the employee's pseudonymous id");
  }
  return Ok();
}

}  // namespace

std::span<const ReadinessLevel> ReadinessLevels() { return kLevels; }

std::string_view ReadinessLabel(std::string_view key, Language language) {
  const bool sv = language == Language::kSwedish;
  if (key.empty()) return sv ? "Ej bedömd" : "Not assessed";
  for (const ReadinessLevel& level : kLevels) {
    if (level.key == key) return sv ? level.label_sv : level.label_en;
  }
  return {};
}

bool IsReadinessKey(std::string_view key) {
  if (key.empty()) return true;
  for (const ReadinessLevel& level : kLevels) {
    if (level.key == key) return true;
  }
  return false;
}

Status Validate(const SuccessionEntry& e) {
  if (Status s = CheckText(e.position_title, "position_title", kSuccessionPositionMaxChars, true);
      !s.ok()) {
    return s;
  }
  if (Status s = CheckReference(e.incumbent_ref, "incumbent_ref"); !s.ok()) return s;
  if (Status s = CheckReference(e.successor_ref, "successor_ref"); !s.ok()) return s;
  if (e.retirement_year) {
    if (Status s = CheckRange(*e.retirement_year, "retirement_year", kRetirementYearMin,
                              kRetirementYearMax);
        !s.ok()) {
      return s;
    }
  }
  if (!IsReadinessKey(e.readiness)) {
    return FieldRuleError("readiness", "readiness",
                          "beredskapen ska vara ready_now, 1_2_years, 3_5_years eller none",
                          "the readiness must be ready_now, 1_2_years, 3_5_years or none")
        .WithValue(e.readiness);
  }
  return Validate(e.years);
}

}  // namespace kplan
