#include "kplan/core/risk.hpp"

#include <utility>

#include "kplan/core/field_rules.hpp"

#include <algorithm>

#include "kplan/core/swedish_text.hpp"

namespace kplan {
namespace {

constexpr std::array<std::string_view, kRiskSteps> kConsequences{
    "Inte allvarlig", "Mindre allvarlig", "Allvarlig", "Mycket allvarlig"};
constexpr std::array<std::string_view, kRiskSteps> kProbabilities{"Låg", "Medel", "Hög",
                                                                  "Mycket hög"};

std::string_view LabelOf(const std::array<std::string_view, kRiskSteps>& labels, int step) {
  if (step < 1 || step > kRiskSteps) return {};
  return labels[static_cast<std::size_t>(step - 1)];
}

std::optional<int> StepOf(const std::array<std::string_view, kRiskSteps>& labels,
                          std::string_view label) {
  const std::string wanted = ToLowerSwedish(label);
  for (std::size_t i = 0; i < labels.size(); ++i) {
    if (ToLowerSwedish(labels[i]) == wanted) return static_cast<int>(i) + 1;
  }
  return std::nullopt;
}

std::size_t Index(int step) { return static_cast<std::size_t>(std::clamp(step, 1, kRiskSteps) - 1); }

}  // namespace

std::string_view ConsequenceLabel(int consequence) { return LabelOf(kConsequences, consequence); }
std::string_view ProbabilityLabel(int probability) { return LabelOf(kProbabilities, probability); }

std::optional<int> ParseConsequence(std::string_view label) { return StepOf(kConsequences, label); }
std::optional<int> ParseProbability(std::string_view label) { return StepOf(kProbabilities, label); }

void RiskMatrix::Place(const std::string& category, const RiskAssessment& risk) {
  cells_[Index(risk.consequence)][Index(risk.probability)].push_back(category);
}

const std::vector<std::string>& RiskMatrix::Cell(int consequence, int probability) const {
  return cells_[Index(consequence)][Index(probability)];
}

}  // namespace kplan

namespace kplan {

RiskClass ClassifyRisk(int value) {
  for (const RiskClassBand& band : kRiskClassBands) {
    if (value <= band.to) return band.risk_class;
  }
  return RiskClass::kHigh;
}

std::string_view RiskClassKey(RiskClass risk_class) {
  switch (risk_class) {
    case RiskClass::kLow: return "low";
    case RiskClass::kMedium: return "medium";
    case RiskClass::kHigh: return "high";
  }
  return "low";
}

std::string_view RiskClassLabel(RiskClass risk_class, Language language) {
  const bool sv = language == Language::kSwedish;
  switch (risk_class) {
    case RiskClass::kLow: return sv ? "låg" : "low";
    case RiskClass::kMedium: return sv ? "medel" : "medium";
    case RiskClass::kHigh: return sv ? "hög" : "high";
  }
  return sv ? "låg" : "low";
}

Status Validate(const Risk& r) {
  if (Status s = CheckText(r.category, "category", kRiskCategoryMaxChars, true); !s.ok()) return s;
  if (Status s = CheckRange(r.year, "year", kPlanYearMin, kPlanYearMax); !s.ok()) return s;
  const std::pair<const char*, int> steps[] = {
      {"operations.consequence", r.operations_consequence},
      {"operations.probability", r.operations_probability},
      {"work_environment.consequence", r.work_environment_consequence},
      {"work_environment.probability", r.work_environment_probability}};
  for (const auto& [field, value] : steps) {
    if (Status s = CheckRange(value, field, 1, kRiskSteps); !s.ok()) return s;
  }
  return CheckText(r.description, "description", kRiskDescriptionMaxChars);
}

}  // namespace kplan
