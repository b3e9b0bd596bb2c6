// GET /api/v1/vocabularies: the lists and limits core keeps — strategic
// areas, activity statuses, readiness, risk classes with their value ranges
// and the text limits in characters — in the request's language, so that the
// web app shows what the server and the printed plan use instead of keeping
// its own copies. plan_sections: the plan document's sections, in order.

#include "../../router.hpp"
#include "../handlers.hpp"
#include "kplan/core/activity.hpp"
#include "kplan/core/field_rules.hpp"
#include "kplan/core/plan_section.hpp"
#include "kplan/core/risk.hpp"
#include "kplan/core/strategic_area.hpp"
#include "kplan/core/succession.hpp"

namespace kplan::server::handlers {
namespace {

Json VocabulariesJson(Language language) {
  const bool sv = language == Language::kSwedish;
  Json areas = Json::array();
  for (const StrategicArea& a : StandardAreas()) {
    areas.push_back(Json{{"key", a.key}, {"label", AreaLabel(a, language)}, {"value", a.name_sv}});
  }
  Json statuses = Json::array();
  for (ActivityStatus s : kActivityStatuses) {
    statuses.push_back(Json{{"key", ActivityStatusKey(s)}, {"label", ActivityStatusLabel(s, language)}});
  }
  Json readiness = Json::array();
  for (const ReadinessLevel& r : ReadinessLevels()) {
    readiness.push_back(Json{{"key", r.key}, {"label", sv ? r.label_sv : r.label_en}});
  }
  Json classes = Json::array();
  for (const RiskClassBand& band : kRiskClassBands) {
    classes.push_back(Json{{"key", RiskClassKey(band.risk_class)},
                           {"label", RiskClassLabel(band.risk_class, language)},
                           {"from", band.from},
                           {"to", band.to}});
  }
  // The plan document's headings are Swedish in either language: they are the plan's words.
  Json sections = Json::array();
  for (const PlanSection& section : kPlanSections) {
    sections.push_back(Json{{"key", section.key}, {"label", section.heading}});
  }
  Json limits = Json::object();
  for (const FieldLimit& limit : FieldLimits()) limits[std::string(limit.key)] = limit.max_chars;
  return Json{{"strategic_areas", std::move(areas)}, {"activity_statuses", std::move(statuses)},
              {"readiness", std::move(readiness)}, {"risk_classes", std::move(classes)},
              {"limits", std::move(limits)}, {"plan_sections", std::move(sections)}};
}

}  // namespace

void RegisterVocabularies(Router& router) {
  router.Add({.method = "GET",
              .pattern = "/api/v1/vocabularies",
              .summary = "Strategic areas, statuses, readiness, risk classes and text limits",
              .tag = "vocabularies",
              .any_role = true,
              .response_schema = "Vocabularies",
              .handler = [](const ApiRequest& req, AppContext&) -> Result<ApiResponse> {
                return JsonResponse(VocabulariesJson(req.language));
              }});
}

}  // namespace kplan::server::handlers
