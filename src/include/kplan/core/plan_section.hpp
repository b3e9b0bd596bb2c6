#pragma once
// The sections of the plan document, in reading order: the key users' texts
// are stored and addressed under (PUT /api/v1/texts/{key}) and the heading the
// document prints. One list for the store, the API, the report and the web
// app (GET /api/v1/vocabularies).

#include <array>
#include <string>
#include <string_view>

namespace kplan {

struct PlanSection {
  std::string_view key;      // ASCII, as in URLs: "kompetensgap"
  std::string_view heading;  // as printed: "Kompetensgap"
};

namespace plan_section {
inline constexpr PlanSection kInledning{"inledning", "Inledning"};
inline constexpr PlanSection kSammanfattning{"sammanfattning", "Sammanfattning"};
inline constexpr PlanSection kNulage{"nulage", "Nuläge"};
inline constexpr PlanSection kKompetensgap{"kompetensgap", "Kompetensgap"};
inline constexpr PlanSection kKompetensmal{"kompetensmal", "Kompetensmål"};
inline constexpr PlanSection kRiskanalys{"riskanalys", "Riskanalys"};
inline constexpr PlanSection kAktivitetsplan{"aktivitetsplan", "Aktivitetsplan"};
inline constexpr PlanSection kPersonalprognos{"personalprognos", "Personalprognos"};
inline constexpr PlanSection kUppfoljning{"uppfoljning", "Uppföljning"};
inline constexpr PlanSection kSuccession{"successionsplanering", "Successionsplanering"};
}  // namespace plan_section

inline constexpr std::array<PlanSection, 10> kPlanSections{
    plan_section::kInledning,      plan_section::kSammanfattning, plan_section::kNulage,
    plan_section::kKompetensgap,   plan_section::kKompetensmal,   plan_section::kRiskanalys,
    plan_section::kAktivitetsplan, plan_section::kPersonalprognos, plan_section::kUppfoljning,
    plan_section::kSuccession};

// The section with this key, or nullptr.
const PlanSection* FindPlanSection(std::string_view key);

// "inledning, sammanfattning, …, successionsplanering": for error hints.
std::string PlanSectionKeys();

}  // namespace kplan
