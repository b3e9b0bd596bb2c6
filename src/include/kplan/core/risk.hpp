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
//
// Risk class: one set of thresholds for paper and screen.
//   låg    (low)     1–3    e.g. Mindre allvarlig × Låg (2): "bedöms inte som allvarligt"
//   medel  (medium)  4–8    e.g. Allvarlig × Medel (6), Mycket allvarlig × Medel (8)
//   hög    (high)    9–16   e.g. Allvarlig × Hög (9)
// Why 9: seed 001 (Malmö, socialförvaltningen) judges exactly one category's
// risks "allvarliga", socialsekreterare myndighet barn och unga at Allvarlig ×
// Hög = 9, and calls the 1s and 2s "inte allvarliga" / "mindre allvarligt". A
// class that left 9 at medium would show Malmö's one serious risk as not
// serious; 3 × 3 is also the first product where both scales are at their
// upper half. Below 4 both steps are at most "Mindre allvarlig"/"Medel" with
// one of them at the lowest step.

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kplan/core/error.hpp"
#include "kplan/core/plan_year.hpp"  // kPlanYearMin, kPlanYearMax

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

enum class RiskClass { kLow, kMedium, kHigh };

struct RiskClassBand {
  RiskClass risk_class;
  int from;  // lowest value of the class
  int to;    // highest value, included
};
// The three classes, lowest first, covering 1–16 without gaps.
inline constexpr RiskClassBand kRiskClassBands[] = {
    {RiskClass::kLow, 1, 3}, {RiskClass::kMedium, 4, 8}, {RiskClass::kHigh, 9, 16}};

// The class of a risk value; values below 1 are low, above 16 high.
RiskClass ClassifyRisk(int value);
// Stable keys for JSON: "low", "medium", "high".
std::string_view RiskClassKey(RiskClass risk_class);
// "låg", "medel", "hög" / "low", "medium", "high".
std::string_view RiskClassLabel(RiskClass risk_class, Language language = Language::kSwedish);

// Category names placed by consequence (rows) and probability (columns).
class RiskMatrix {
 public:
  // Steps outside 1–4 are placed at the nearest step.
  void Place(const std::string& category, const RiskAssessment& risk);
  const std::vector<std::string>& Cell(int consequence, int probability) const;

 private:
  std::array<std::array<std::vector<std::string>, kRiskSteps>, kRiskSteps> cells_;
};

inline constexpr std::size_t kRiskCategoryMaxChars = 200;
inline constexpr std::size_t kRiskDescriptionMaxChars = 20000;

// Riskanalys: one category's risks in a unit's plan year, for operations and
// for the work environment.
struct Risk {
  std::int64_t id = 0;
  std::string unit_code;
  int year = 0;
  std::string category;
  int operations_consequence = 1;
  int operations_probability = 1;
  int work_environment_consequence = 1;
  int work_environment_probability = 1;
  std::string description;
  int version = 1;

  RiskAssessment Operations() const { return {operations_consequence, operations_probability}; }
  RiskAssessment WorkEnvironment() const {
    return {work_environment_consequence, work_environment_probability};
  }
};

// The first broken rule, naming the field: category required and at most
// kRiskCategoryMaxChars ("required", "max_length"); year in
// kPlanYearMin–kPlanYearMax and each step 1–4 ("range"; fields
// operations.consequence, operations.probability, work_environment.…);
// description at most kRiskDescriptionMaxChars.
Status Validate(const Risk& risk);

}  // namespace kplan
