#pragma once
// Riskanalys: what the competence gap of a category may lead to, for the
// operations (risk för verksamheten) and for the work environment (risk för
// arbetsmiljön), each judged as a consequence with a probability (seed 001):
//
//   consequence  1 Inte allvarlig  2 Mindre allvarlig  3 Allvarlig  4 Mycket allvarlig
//   probability  1 Låg             2 Medel             3 Hög        4 Mycket hög
//
// Risk value = consequence × probability (1–16). The categories are placed in
// a 4 × 4 matrix, one for each kind of risk.

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kplan {

inline constexpr int kRiskSteps = 4;  // both scales run 1..4

// Labels for steps 1–4; an empty view outside that range.
std::string_view ConsequenceLabel(int consequence);
std::string_view ProbabilityLabel(int probability);

// The step of a label, ignoring case ("mindre allvarlig" → 2).
std::optional<int> ParseConsequence(std::string_view label);
std::optional<int> ParseProbability(std::string_view label);

struct RiskAssessment {
  int consequence = 1;  // 1–4
  int probability = 1;  // 1–4
  int Value() const { return consequence * probability; }
};

struct CategoryRisk {
  RiskAssessment operations;        // risk för verksamheten
  RiskAssessment work_environment;  // risk för arbetsmiljön
};

// Category names placed by consequence (rows) and probability (columns).
class RiskMatrix {
 public:
  // Steps outside 1–4 are placed at the nearest step.
  void Place(const std::string& category, const RiskAssessment& risk);
  const std::vector<std::string>& Cell(int consequence, int probability) const;

 private:
  std::array<std::array<std::vector<std::string>, kRiskSteps>, kRiskSteps> cells_;
};

}  // namespace kplan
