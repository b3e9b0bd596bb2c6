// GET /api/v1/vocabularies: the lists and limits core keeps — strategic
// areas, activity statuses, readiness, risk classes with their value ranges
// and the text limits in characters — in the request's language, so that the
// web app shows what the server and the printed plan use instead of keeping
// its own copies. plan_sections: the plan document's sections, in order;
// key_figures and kolada_kpis: what an indicator can be fed by or compared with.

#include "../../router.hpp"
#include "../handlers.hpp"
#include "kplan/core/activity.hpp"
#include "kplan/core/field_rules.hpp"
#include "kplan/core/indicator_binding.hpp"
#include "kplan/core/kolada.hpp"
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
  // What an indicator can be fed by or compared with; the labels are Swedish
  // in either language, as the register's and Kolada's own names are.
  Json key_figures = Json::array();
  for (const KeyFigureBinding& b : KeyFigureBindings()) {
    key_figures.push_back(Json{{"key", b.key}, {"label", b.label}, {"unit", b.unit}});
  }
  Json kpis = Json::array();
  for (const KoladaKpi& k : KoladaKpis()) kpis.push_back(Json{{"key", k.id}, {"label", k.name}, {"unit", k.unit}});
  Json limits = Json::object();
  for (const FieldLimit& limit : FieldLimits()) limits[std::string(limit.key)] = limit.max_chars;
  return Json{{"strategic_areas", std::move(areas)}, {"activity_statuses", std::move(statuses)},
              {"readiness", std::move(readiness)}, {"risk_classes", std::move(classes)},
              {"limits", std::move(limits)}, {"plan_sections", std::move(sections)},
              {"key_figures", std::move(key_figures)}, {"kolada_kpis", std::move(kpis)}};
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
