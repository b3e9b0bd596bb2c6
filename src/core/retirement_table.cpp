#include "kplan/core/retirement_table.hpp"

#include "kplan/core/swedish_text.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace kplan {
namespace {

// The default exit distribution of those still employed at 61 (see the header).
constexpr int kDefaultFirstAge = 61;
constexpr double kDefaultExitShares[] = {0.02, 0.03, 0.08, 0.09, 0.32, 0.22, 0.14, 0.06, 0.04};

std::string Percent(double fraction) {
  char text[32];
  std::snprintf(text, sizeof text, "%g", fraction);
  return text;
}

}  // namespace

RetirementTable RetirementTable::Default() {
  // Hazard at each age = the share exiting at that age / the share still there.
  std::vector<double> hazards;
  double remaining = 1.0;
  for (double share : kDefaultExitShares) {
    hazards.push_back(remaining > 0 ? std::min(1.0, share / remaining) : 1.0);
    remaining -= share;
  }
  hazards.back() = 1.0;  // the shares sum to 1: nobody is left after 69
  return RetirementTable(kDefaultFirstAge, std::move(hazards));
}

RetirementTable RetirementTable::Step(int pension_age) { return RetirementTable(pension_age, {1.0}); }

Result<RetirementTable> RetirementTable::Make(int first_age, std::vector<double> probabilities) {
  auto invalid = [](std::string sv, std::string en) {
    return Error(ErrorCode::kInvalidInput, std::move(sv), std::move(en)).WithRule("retirement_table");
  };
  if (probabilities.empty()) {
    return invalid("pensionstabellen är tom: ange en sannolikhet per ålder",
                   "the retirement table is empty: give one probability per age");
  }
  const int last_age = first_age + static_cast<int>(probabilities.size()) - 1;
  if (first_age < kMinAge || last_age > kMaxAge) {
    return invalid("pensionstabellens åldrar måste ligga mellan " + std::to_string(kMinAge) + " och " +
                       std::to_string(kMaxAge) + " (har " + std::to_string(first_age) + "–" +
                       std::to_string(last_age) + ")",
                   "the ages of the retirement table must lie between " + std::to_string(kMinAge) +
                       " and " + std::to_string(kMaxAge) + " (has " + std::to_string(first_age) + "–" +
                       std::to_string(last_age) + ")");
  }
  for (std::size_t i = 0; i < probabilities.size(); ++i) {
    const double p = probabilities[i];
    if (!std::isfinite(p) || p < 0 || p > 1) {
      const std::string age = std::to_string(first_age + static_cast<int>(i));
      return invalid("pensionstabellen, ålder " + age + ": " + FormatDecimal(p, 6) +
                         " är ingen sannolikhet mellan 0 och 1",
                     "retirement table, age " + age + ": " + Percent(p) +
                         " is not a probability between 0 and 1")
          .WithValue(Percent(p));
    }
  }
  return RetirementTable(first_age, std::move(probabilities));
}

double RetirementTable::At(int age) const {
  if (age < first_age_) return 0.0;
  if (age > last_age()) return 1.0;
  return probabilities_[static_cast<std::size_t>(age - first_age_)];
}

std::vector<double> RetirementTable::ExitShares() const {
  std::vector<double> shares;
  double remaining = 1.0;
  for (int age = first_age_; age <= last_age() + 1 && remaining > 0; ++age) {
    const double exiting = remaining * At(age);
    shares.push_back(exiting);
    remaining -= exiting;
  }
  return shares;
}

double RetirementTable::MeanExitAge() const {
  const std::vector<double> shares = ExitShares();
  double mean = 0;
  for (std::size_t i = 0; i < shares.size(); ++i) mean += shares[i] * (first_age_ + static_cast<double>(i));
  return mean;
}

}  // namespace kplan
