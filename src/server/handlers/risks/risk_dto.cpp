#include "risk_dto.hpp"

#include "../common.hpp"
#include "kplan/core/activity.hpp"  // kUnitCodeMaxChars
#include "kplan/core/risk.hpp"

namespace kplan::server::handlers {
namespace {

// The value's class (core/risk.hpp) comes with it, so that the screen colours
// a risk as the printed plan does.
Json AssessmentJson(const RiskAssessment& a, Language language) {
  const RiskClass risk_class = ClassifyRisk(a.Value());
  return Json{{"consequence", a.consequence},
              {"consequence_label", std::string(ConsequenceLabel(a.consequence))},
              {"probability", a.probability},
              {"probability_label", std::string(ProbabilityLabel(a.probability))},
              {"value", a.Value()},
              {"class", std::string(RiskClassKey(risk_class))},
              {"class_label", std::string(RiskClassLabel(risk_class, language))}};
}

}  // namespace

Json RiskJson(const store::Risk& r, Language language) {
  return Json{{"id", r.id},
              {"unit", r.unit_code},
              {"year", r.year},
              {"category", r.category},
              {"operations", AssessmentJson(r.Operations(), language)},
              {"work_environment", AssessmentJson(r.WorkEnvironment(), language)},
              {"description", r.description},
              {"version", r.version}};
}

namespace {

// {"consequence": 1–4, "probability": 1–4} under `name`.
Status ReadAssessment(const Fields& f, std::string_view name, int& consequence, int& probability) {
  const Json& part = f.Get(name);
  if (!part.is_object()) {
    return FieldError(name, "ska vara ett objekt med consequence och probability (1–4)",
                      "must be an object with consequence and probability (1–4)");
  }
  Fields inner(part);
  auto c = inner.Int("consequence", 1, kRiskSteps);
  if (!c.ok()) return Error(c.error()).WithField(std::string(name) + ".consequence");
  auto p = inner.Int("probability", 1, kRiskSteps);
  if (!p.ok()) return Error(p.error()).WithField(std::string(name) + ".probability");
  consequence = c.value();
  probability = p.value();
  return Ok();
}

}  // namespace

Result<store::Risk> RiskFromJson(const Json& body) {
  Fields f(body);
  store::Risk r;
  auto unit = f.String("unit", kUnitCodeMaxChars);
  if (!unit.ok()) return unit.error();
  auto year = f.Int("year", kPlanYearMin, kPlanYearMax);
  if (!year.ok()) return year.error();
  auto category = f.String("category", kRiskCategoryMaxChars);
  if (!category.ok()) return category.error();
  auto description = f.OptionalString("description", kRiskDescriptionMaxChars);
  if (!description.ok()) return description.error();
  if (Status s = ReadAssessment(f, "operations", r.operations_consequence, r.operations_probability);
      !s.ok()) {
    return s.error();
  }
  if (Status s = ReadAssessment(f, "work_environment", r.work_environment_consequence,
                                r.work_environment_probability);
      !s.ok()) {
    return s.error();
  }
  r.unit_code = unit.value();
  r.year = year.value();
  r.category = category.value();
  r.description = description.value();
  if (Status valid = Validate(r); !valid.ok()) return valid.error();
  return r;
}


}  // namespace kplan::server::handlers
