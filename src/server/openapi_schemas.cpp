// The component schemas of the OpenAPI document: what each record looks like
// on the wire. "<Name>List" schemas are made from "<Name>" (the common list
// answer), so every list has the same shape.

#include <initializer_list>
#include <utility>

#include "openapi.hpp"

namespace kplan::server {
namespace {

using Field = std::pair<const char*, Json>;

Json S(const char* type) { return Json{{"type", type}}; }
Json Nullable(const char* type) { return Json{{"type", type}, {"nullable", true}}; }
Json ArrayOf(Json items) { return Json{{"type", "array"}, {"items", std::move(items)}}; }
Json RefTo(const char* name) { return Json{{"$ref", std::string("#/components/schemas/") + name}}; }
Json Enum(std::initializer_list<const char*> values) {
  Json e = Json::array();
  for (const char* v : values) e.push_back(v);
  return Json{{"type", "string"}, {"enum", e}};
}

Json Object(std::initializer_list<Field> fields, std::initializer_list<const char*> required = {}) {
  Json props = Json::object();
  for (const auto& [name, schema] : fields) props[name] = schema;
  Json o{{"type", "object"}, {"properties", props}};
  if (required.size() > 0) {
    Json r = Json::array();
    for (const char* n : required) r.push_back(n);
    o["required"] = r;
  }
  return o;
}

Json Assessment() {
  return Object({{"consequence", S("integer")}, {"consequence_label", S("string")},
                 {"probability", S("integer")}, {"probability_label", S("string")}, {"value", S("integer")},
                 {"class", Enum({"low", "medium", "high"})}, {"class_label", S("string")}},
                {"consequence", "probability"});
}

// GET /api/v1/vocabularies: every list in the request's language.
Json Vocabularies() {
  Json entry = Object({{"key", S("string")}, {"label", S("string")}}, {"key", "label"});
  Json area = Object({{"key", S("string")}, {"label", S("string")}, {"value", S("string")}}, {"key", "label", "value"});
  Json risk_class = Object({{"key", Enum({"low", "medium", "high"})}, {"label", S("string")},
                            {"from", S("integer")}, {"to", S("integer")}},
                           {"key", "label", "from", "to"});
  Json limits{{"type", "object"}, {"additionalProperties", S("integer")},
              {"description", "record.field → the most characters (UTF-8 code points) it may hold"}};
  Json measured = Object({{"key", S("string")}, {"label", S("string")}, {"unit", S("string")}}, {"key", "label", "unit"});
  return Object({{"strategic_areas", ArrayOf(area)}, {"activity_statuses", ArrayOf(entry)},
                 {"readiness", ArrayOf(entry)}, {"risk_classes", ArrayOf(risk_class)}, {"limits", limits},
                 {"plan_sections", ArrayOf(entry)}, {"key_figures", ArrayOf(measured)},
                 {"kolada_kpis", ArrayOf(measured)}},
                {"strategic_areas", "activity_statuses", "readiness", "risk_classes", "limits", "plan_sections",
                 "key_figures", "kolada_kpis"});
}

Json Build() {
  Json s = Json::object();
  s["Error"] = Object({{"error", Object({{"code", Enum({"invalid_input", "not_found", "conflict",
                                                          "precondition_failed", "unauthenticated",
                                                          "forbidden", "too_large", "too_many_requests",
                                                          "unavailable", "internal", "method_not_allowed"})},
                                          {"message", S("string")}, {"rule", S("string")},
                                          {"hint", S("string")}, {"location", S("object")}},
                                         {"code", "message"})}},
                      {"error"});
  s["Health"] = Object({{"status", S("string")}, {"version", S("string")}, {"database", S("string")}});
  s["Credentials"] = Object({{"username", S("string")}, {"password", S("string")}}, {"username", "password"});
  s["Session"] = Object({{"user", Object({{"name", S("string")}, {"role", Enum({"admin", "hr", "chef", "lasare"})},
                                          {"role_label", S("string")}, {"unit", Nullable("string")}})},
                         {"permissions", S("object")}, {"csrf_token", S("string")}});
  s["Added"] = Object({{"added", S("integer")}});
  s["Vocabularies"] = Vocabularies();

  Json activity_fields = Object({{"unit", S("string")}, {"area", S("string")}, {"title", S("string")},
                                 {"description", S("string")}, {"categories", ArrayOf(S("string"))},
                                 {"owner", S("string")}, {"start", Nullable("string")}, {"end", Nullable("string")},
                                 {"status", Enum({"planned", "ongoing", "done", "cancelled"})},
                                 {"year", S("integer")}, {"through_year", Nullable("integer")},
                                 {"goal_ids", ArrayOf(S("integer"))}, {"version", S("integer")}},
                                {"unit", "year", "area", "title"});
  s["ActivityInput"] = activity_fields;
  s["Activity"] = activity_fields;
  s["Activity"]["properties"]["id"] = S("integer");
  s["Activity"]["properties"]["status_label"] = S("string");
  s["Activity"]["properties"]["overdue"] = S("boolean");

  s["RiskInput"] = Object({{"unit", S("string")}, {"year", S("integer")}, {"category", S("string")},
                           {"operations", Assessment()}, {"work_environment", Assessment()},
                           {"description", S("string")}, {"version", S("integer")}},
                          {"unit", "year", "category", "operations", "work_environment"});
  s["Risk"] = s["RiskInput"];
  s["Risk"]["properties"]["id"] = S("integer");

  s["GoalInput"] = Object({{"unit", S("string")}, {"title", S("string")}, {"description", S("string")},
                           {"year", S("integer")}, {"through_year", Nullable("integer")},
                           {"parent_id", Nullable("integer")}, {"area", S("string")},
                           {"manual_assessment", Enum({"", "green", "red"})}, {"assessment_comment", S("string")},
                           {"version", S("integer")}},
                          {"unit", "year", "title"});
  s["Goal"] = s["GoalInput"];
  s["Goal"]["properties"]["id"] = S("integer");

  s["SuccessionEntryInput"] =
      Object({{"unit", S("string")}, {"position_title", S("string")}, {"incumbent_ref", S("string")},
              {"retirement_year", Nullable("integer")}, {"successor_ref", S("string")},
              {"readiness", Enum({"", "ready_now", "1_2_years", "3_5_years", "none"})},
              {"year", S("integer")}, {"through_year", Nullable("integer")}, {"version", S("integer")}},
             {"unit", "year", "position_title"});
  s["SuccessionEntry"] = s["SuccessionEntryInput"];
  s["SuccessionEntry"]["properties"]["id"] = S("integer");
  s["SuccessionEntry"]["properties"]["readiness_label"] = S("string");

  Json target{{"type", "object"}, {"nullable", true},
              {"description", "{\"at_least\": x} | {\"at_most\": x} | {\"between\": [a, b]} | {\"equals\": x} | null"}};
  s["IndicatorInput"] = Object({{"unit", S("string")}, {"goal_id", Nullable("integer")}, {"name", S("string")},
                                {"measure", S("string")}, {"target", target}, {"version", S("integer")},
                                {"key_figure", S("string")}, {"kolada_kpi", S("string")},
                                {"comparison", ArrayOf(S("string"))}},
                               {"unit", "name"});
  // Kolada's value of a comparison municipality for an outcome's year, and
  // its values over the years (core/kolada.hpp; "0000" is riket).
  s["Comparison"] = Object({{"municipality", S("string")}, {"label", S("string")}, {"value", Nullable("number")},
                            {"value_text", S("string")}});
  s["ComparisonSeries"] =
      Object({{"municipality", S("string")}, {"label", S("string")},
              {"points", ArrayOf(Object({{"period", S("string")}, {"value", Nullable("number")}}))}});
  s["Outcome"] = Object({{"period", S("string")}, {"value", Nullable("number")}, {"value_text", S("string")},
                         {"target", target}, {"target_text", S("string")}, {"own_target", S("boolean")},
                         {"assessment", Enum({"green", "red", "not_assessed"})}, {"assessment_label", S("string")},
                         {"computed_assessment", S("string")}, {"manual", S("boolean")},
                         {"manual_assessment", S("string")}, {"comment", S("string")},
                         {"change", Nullable("number")}, {"computed", S("boolean")},
                         {"comparisons", ArrayOf(RefTo("Comparison"))}, {"version", S("integer")}});
  s["OutcomeInput"] = Object({{"value", Nullable("number")}, {"manual_assessment", Enum({"", "green", "red"})},
                              {"comment", S("string")}, {"target", target}, {"version", S("integer")}});
  s["Indicator"] = s["IndicatorInput"];
  s["Indicator"]["properties"]["id"] = S("integer");
  s["Indicator"]["properties"]["target_text"] = S("string");
  s["Indicator"]["properties"]["latest"] = Json{{"allOf", Json::array({RefTo("Outcome")})}, {"nullable", true}};
  s["Indicator"]["properties"]["key_figure_label"] = S("string");
  s["Indicator"]["properties"]["computed"] = S("boolean");
  s["Indicator"]["properties"]["computed_label"] = S("string");
  s["Indicator"]["properties"]["kolada_kpi_name"] = S("string");
  s["Indicator"]["properties"]["comparisons"] = ArrayOf(RefTo("ComparisonSeries"));
  s["OutcomeList"] = Object({{"indicator", RefTo("Indicator")}, {"items", ArrayOf(RefTo("Outcome"))}});

  s["OrgUnit"] = Object({{"id", S("integer")}, {"code", S("string")}, {"name", S("string")},
                         {"kind", Enum({"kommun", "namnd", "forvaltning", "avdelning", "enhet"})},
                         {"kind_label", S("string")}, {"parent", Nullable("string")}});
  s["OrgUnitInput"] = Object({{"code", S("string")}, {"name", S("string")}, {"kind", S("string")},
                              {"parent", S("string")}, {"units", ArrayOf(S("object"))}});
  s["OrgUnitUpdate"] = Object({{"name", S("string")}, {"kind", S("string")}, {"parent", S("string")}});
  s["CategoryInput"] = Object({{"name", S("string")}, {"ssyk", S("string")}, {"version", S("integer")}}, {"name"});
  s["Category"] = s["CategoryInput"];
  s["Category"]["properties"]["id"] = S("integer");
  Json level_definition = Object({{"level", S("string")}, {"text", S("string")}}, {"level", "text"});
  s["Category"]["properties"]["level_definitions"] = ArrayOf(level_definition);
  s["LevelDefinitionsInput"] = Object({{"definitions", ArrayOf(level_definition)}}, {"definitions"});
  s["LevelDefinitions"] = s["LevelDefinitionsInput"];
  s["ScaleInput"] = Object({{"name", S("string")}, {"levels", ArrayOf(S("string"))}}, {"name", "levels"});
  s["Scale"] = s["ScaleInput"];
  s["Scale"]["properties"]["id"] = S("integer");
  s["PlanYearInput"] = Object({{"unit", S("string")}, {"year", S("integer")}, {"scale", S("string")},
                               {"horizons", ArrayOf(S("integer"))}, {"period_from", Nullable("integer")},
                               {"period_to", Nullable("integer")}, {"sections", ArrayOf(S("string"))},
                               {"version", S("integer")}},
                              {"unit", "year"});
  s["PlanYear"] = s["PlanYearInput"];
  s["PlanYear"]["properties"]["id"] = S("integer");
  s["PlanYear"]["properties"]["levels"] = ArrayOf(S("string"));
  s["PlanYear"]["properties"]["inventory_version"] = S("integer");
  s["PlanYear"]["properties"]["status"] = Enum({"utkast", "for_beslut", "faststalld"});
  s["PlanYear"]["properties"]["status_label"] = S("string");
  s["PlanStatusInput"] = Object({{"status", Enum({"utkast", "for_beslut"})}, {"version", S("integer")}}, {"status"});
  s["PlanYearStartInput"] = Object({{"year", S("integer")}, {"copy_inventory", S("boolean")}}, {"year"});
  s["AdoptionInput"] = Object({{"decided_by", S("string")}, {"decided_on", S("string")}, {"paragraph", S("string")},
                               {"registration_number", S("string")}, {"version", S("integer")}},
                              {"decided_by", "decided_on", "paragraph"});
  s["Adoption"] = s["AdoptionInput"];
  s["Adoption"]["properties"].erase("version");
  for (const char* name : {"decision", "adopted_by", "adopted_at"}) s["Adoption"]["properties"][name] = S("string");
  s["Adoption"]["properties"]["revision"] = S("integer");
  s["Adoption"]["properties"]["documents"] =
      ArrayOf(Object({{"format", S("string")}, {"file_name", S("string")}, {"content_type", S("string")},
                      {"sha256", S("string")}, {"size", S("integer")}, {"href", S("string")}}));
  s["AdoptionList"] = Object({{"items", ArrayOf(RefTo("Adoption"))}});
  s["PlanChanges"] = Object(
      {{"adopted", RefTo("Adoption")},
       {"changes", ArrayOf(Object({{"change", Enum({"added", "removed", "changed"})}, {"change_label", S("string")},
                                   {"kind", S("string")}, {"kind_label", S("string")}, {"key", S("string")},
                                   {"label", S("string")}, {"before", S("string")}, {"after", S("string")}}))}});
  s["PlanChanges"]["properties"]["adopted"] = s["Adoption"];  // null: never adopted
  s["PlanChanges"]["properties"]["adopted"]["nullable"] = true;

  Json cell = Object({{"unit", S("string")}, {"category", S("string")}, {"level", S("string")},
                      {"headcount", S("number")}},
                     {"unit", "category", "level", "headcount"});
  s["InventoryInput"] = Object({{"entries", ArrayOf(cell)}, {"version", S("integer")}}, {"entries"});
  s["Inventory"] = Object({{"plan_unit", S("string")}, {"scope", S("string")}, {"year", S("integer")},
                           {"levels", ArrayOf(S("string"))}, {"version", S("integer")},
                           {"entries", ArrayOf(cell)},
                           {"categories", ArrayOf(Object({{"category", S("string")},
                                                          {"levels", ArrayOf(S("number"))},
                                                          {"total", S("number")}}))}});
  // The kartläggning as an assignment (handlers/mapping/routes.cpp).
  s["MappingRoundInput"] = Object({{"deadline", S("string")}}, {"deadline"});
  s["MappingRound"] = Object({{"deadline", S("string")}, {"open", S("boolean")}, {"opened_by", S("string")},
                              {"opened_at", S("string")}});
  s["UnitMapping"] = Object({{"unit", S("string")}, {"name", S("string")},
                             {"status", Enum({"ej_paborjad", "pagar", "inlamnad"})}, {"status_label", S("string")},
                             {"saved_at", S("string")}, {"submitted_at", S("string")}, {"submitted_by", S("string")},
                             {"reminders", S("integer")}, {"reminded_at", S("string")}, {"overdue", S("boolean")}});
  s["Mapping"] = Object({{"plan_unit", S("string")}, {"scope", S("string")}, {"year", S("integer")},
                         {"plan_year_id", Nullable("integer")}, {"round", RefTo("MappingRound")},
                         {"units", ArrayOf(RefTo("UnitMapping"))}});
  s["Mapping"]["properties"]["round"] = s["MappingRound"];  // null: not opened
  s["Mapping"]["properties"]["round"]["nullable"] = true;
  s["MappingUpload"] = Object({{"file", Json{{"type", "string"}, {"format", "binary"}}}}, {"file"});
  s["MappingUploaded"] = Object({{"version", S("integer")}, {"cells", S("integer")}});
  s["NeedProposalInput"] = Object({{"category", S("string")}, {"base", S("number")}, {"reason", S("string")}},
                                  {"category", "base", "reason"});
  s["NeedDecisionInput"] = Object({{"reason", S("string")}});
  s["NeedProposal"] = Object({{"id", S("integer")}, {"unit", S("string")}, {"year", S("integer")},
                              {"category", S("string")}, {"base", S("number")}, {"current_base", Nullable("number")},
                              {"reason", S("string")}, {"status", Enum({"foreslagen", "accepterad", "avslagen"})},
                              {"status_label", S("string")}, {"proposed_by", S("string")},
                              {"proposed_at", S("string")}, {"decided_by", S("string")}, {"decided_at", S("string")},
                              {"decision_reason", S("string")}});
  s["NeedProposalList"] = Object({{"items", ArrayOf(RefTo("NeedProposal"))}});
  Json horizon = Object({{"years", S("integer")}, {"growth", S("number")}, {"target_shares", ArrayOf(S("number"))}},
                        {"years", "growth", "target_shares"});
  s["NeedParametersInput"] = Object({{"base", Nullable("number")}, {"horizons", ArrayOf(horizon)},
                                     {"version", S("integer")}},
                                    {"horizons"});
  s["NeedParameters"] = s["NeedParametersInput"];
  s["NeedParameters"]["properties"]["category"] = S("string");
  s["ChapterInput"] = Object({{"unit", S("string")}, {"year", S("integer")}, {"title", S("string")},
                              {"text", S("string")}, {"after", S("string")}, {"position", S("integer")},
                              {"version", S("integer")}},
                             {"unit", "year", "title"});
  s["Chapter"] = s["ChapterInput"];
  s["Chapter"]["properties"]["id"] = S("integer");
  s["TextInput"] = Object({{"text", S("string")}, {"version", S("integer")}}, {"text"});
  s["Text"] = Object({{"section", S("string")}, {"category", S("string")}, {"text", S("string")},
                      {"version", S("integer")}});
  s["Analysis"] = Object({{"plan_unit", S("string")}, {"scope", S("string")}, {"organisation", S("string")},
                          {"year", S("integer")}, {"levels", ArrayOf(S("string"))}, {"horizons", ArrayOf(S("integer"))},
                          {"categories", ArrayOf(S("object"))}, {"indicators", ArrayOf(S("object"))},
                          {"risks", ArrayOf(S("object"))}, {"risk_matrix", S("object")}, {"summary", S("object")},
                          {"summary_text", S("string")}},
                         {});
  s["Analysis"]["description"] = "The output of `kplan analyze` (docs/analysis-format.md).";
  s["Figures"] = Object({{"org", Object({{"code", S("string")}, {"name", S("string")}})}, {"snapshot", S("string")},
                         {"period_start", S("string")}, {"pension_age", S("integer")}, {"figures", S("object")},
                         {"previous", Nullable("object")}, {"change", Nullable("object")}});
  s["Figures"]["description"] = "The output of `kplan figures --format json` (docs/key-figures.md).";
  s["Snapshot"] = Object({{"id", S("integer")}, {"unit", S("string")}, {"extract_date", S("string")},
                          {"source_file", S("string")}, {"rows", S("integer")}, {"imported_at", S("string")}});
  s["UserUpdate"] = Object({{"role", Enum({"admin", "hr", "chef", "lasare"})}, {"unit", Nullable("string")},
                            {"disabled", S("boolean")}, {"version", S("integer")}},
                           {"role"});
  s["UserInput"] = s["UserUpdate"];
  s["UserInput"]["properties"]["name"] = S("string");
  s["UserInput"]["properties"]["password"] = S("string");
  s["UserInput"]["required"] = Json::array({"name", "role", "password"});
  s["User"] = s["UserUpdate"];
  s["User"]["properties"]["id"] = S("integer");
  s["User"]["properties"]["name"] = S("string");
  s["User"]["properties"]["role_label"] = S("string");
  s["User"]["properties"]["created_at"] = S("string");
  s["PasswordInput"] = Object({{"password", S("string")}}, {"password"});
  s["OwnPasswordInput"] = Object({{"current_password", S("string")}, {"password", S("string")}},
                                 {"current_password", "password"});
  s["AuditEntry"] = Object({{"id", S("integer")}, {"at", S("string")}, {"actor", S("string")},
                            {"action", S("string")}, {"entity", S("string")}, {"entity_id", S("string")},
                            {"before", Json::object()}, {"after", Json::object()}});
  s["AuditList"] = Object({{"items", ArrayOf(RefTo("AuditEntry"))}, {"limit", S("integer")}, {"offset", S("integer")}});
  s["ImportUpload"] = Object({{"file", Json{{"type", "string"}, {"format", "binary"}}},
                              {"kind", Enum({"employees", "inventory", "population", "indicators", "activities",
                                             "org-units"})},
                              {"org", S("string")}, {"snapshot", S("string")}, {"year", S("string")},
                              {"sheet", S("string")}, {"dry_run", S("string")}, {"replace", S("string")},
                              {"create_units", S("string")}, {"pseudonymise", S("string")},
                              {"map", S("string")}},
                             {"file", "kind"});
  s["ImportColumns"] = Object({{"kind", S("string")}, {"headers", ArrayOf(S("string"))},
                               {"fields", ArrayOf(Object({{"key", S("string")}, {"label", S("string")},
                                                          {"need", Enum({"required", "any_of", "optional"})},
                                                          {"header", Nullable("string")}}))}});
  s["ImportJob"] = Object({{"id", S("integer")}, {"kind", S("string")}, {"file_name", S("string")},
                           {"org", S("string")}, {"state", Enum({"queued", "running", "done", "failed"})},
                           {"stage", S("integer")}, {"stages", S("integer")}, {"stage_label", S("string")},
                           {"report", S("object")}, {"error", S("object")}});

  s["ChartList"] = Object({{"items", ArrayOf(Object({{"name", S("string")}, {"title", S("string")},
                                                    {"svg", S("string")}}))}});

  s["ProjectionSetup"] = Object({{"units", ArrayOf(S("object"))}, {"areas", ArrayOf(S("string"))},
                                 {"defaults", S("object")}, {"max_runs", S("integer")},
                                 {"retirement_percent", S("object")}, {"scenarios", ArrayOf(S("object"))}});
  s["ProjectionInput"] = Object({{"org", S("string")}, {"years", S("integer")}, {"runs", S("integer")},
                                 {"seed", S("integer")}, {"scenarios", ArrayOf(S("object"))}});
  s["ProjectionInput"]["description"] = "The kplan project document (docs/projection-format.md).";
  // Open here: the document's own reader (io::ParseSimulationDocument) refuses
  // unknown keys at every level. Every other request schema is closed (the
  // dispatcher refuses a key it does not declare, handlers/common.hpp).
  s["ProjectionInput"]["additionalProperties"] = true;
  s["ProjectionJob"] = Object({{"id", S("string")}, {"status", Enum({"running", "done", "failed", "cancelled"})},
                               {"progress", Object({{"done", S("integer")}, {"total", S("integer")}})},
                               {"seconds", S("number")}, {"result", S("object")}, {"error", S("object")}});

  // The common list answer for every record that has a list route.
  for (const char* item : {"Activity", "Risk", "Goal", "SuccessionEntry", "Indicator", "OrgUnit", "Category",
                           "Scale", "PlanYear", "NeedParameters", "Text", "Chapter", "Snapshot", "User"}) {
    const std::string name = std::string(item) == "NeedParameters" ? "NeedParameterList" : std::string(item) + "List";
    s[name] = Object({{"items", ArrayOf(RefTo(item))}, {"total", S("integer")}, {"limit", S("integer")},
                      {"offset", S("integer")}});
  }
  // The parameters are per plan year: the list says whose plan and its levels (lowest first).
  s["NeedParameterList"]["properties"]["plan_unit"] = S("string");
  s["NeedParameterList"]["properties"]["levels"] = ArrayOf(S("string"));

  // Follow-up occasions (core/followup_occasion.hpp) and the roll-up to kommunstyrelsen.
  const auto occasion_kinds = Enum({"delar_t1", "delar_t2", "delar_h1", "arsanalys"});
  const auto occasion_statuses = Enum({"ej_paborjad", "pagar", "inlamnad"});
  s["FollowupOccasionInput"] = Object({{"kind", occasion_kinds}, {"deadline", S("string")}}, {"kind", "deadline"});
  s["FollowupOccasionUpdate"] = Object({{"deadline", S("string")}, {"version", S("integer")}}, {"deadline"});
  s["FollowupSubmitInput"] = Object({{"version", S("integer")}});
  s["FollowupOccasion"] = Object(
      {{"id", S("integer")}, {"plan_year_id", S("integer")}, {"unit", S("string")}, {"year", S("integer")},
       {"kind", occasion_kinds}, {"kind_label", S("string")}, {"months", S("string")}, {"period", S("string")},
       {"deadline", S("string")}, {"status", occasion_statuses}, {"status_label", S("string")},
       {"due", S("boolean")}, {"submitted_at", Nullable("string")}, {"submitted_by", Nullable("string")},
       {"preview_href", S("string")},
       {"documents", ArrayOf(Object({{"format", S("string")}, {"file_name", S("string")},
                                     {"content_type", S("string")}, {"sha256", S("string")},
                                     {"size", S("integer")}, {"href", S("string")}}))},
       {"version", S("integer")}});
  s["FollowupOccasionList"] = Object({{"items", ArrayOf(RefTo("FollowupOccasion"))}});
  s["FollowupReporting"] = Object(
      {{"year", S("integer")}, {"due_within_days", S("integer")},
       {"items", ArrayOf(Object({{"unit", S("string")}, {"kind", occasion_kinds}, {"kind_label", S("string")},
                                 {"deadline", S("string")}, {"has_occasion", S("boolean")},
                                 {"status", occasion_statuses}, {"status_label", S("string")},
                                 {"due", S("boolean")}, {"overdue", S("boolean")}}))}});
  s["Kommunstyrelsen"] = Object(
      {{"municipality", S("string")}, {"year", S("integer")},
       {"forvaltningar",
        ArrayOf(Object({{"unit", S("string")}, {"name", S("string")}, {"has_plan_year", S("boolean")},
                        {"status", Nullable("string")}, {"status_label", Nullable("string")},
                        {"decision", Nullable("string")},
                        {"followups", ArrayOf(Object({{"kind", occasion_kinds}, {"kind_label", S("string")},
                                                      {"deadline", S("string")}, {"has_occasion", S("boolean")},
                                                      {"status", occasion_statuses},
                                                      {"status_label", S("string")}}))}}))},
       {"malsattningar",
        ArrayOf(Object({{"title", S("string")},
                        {"forvaltningar", ArrayOf(Object({{"unit", S("string")}, {"assessment", Nullable("string")},
                                                          {"assessment_label", Nullable("string")}}))}}))},
       {"not_reported", ArrayOf(S("string"))}, {"without_adopted_plan", ArrayOf(S("string"))}});
  return s;
}

}  // namespace

const Json& OpenApiSchemas() {
  static const Json schemas = Build();
  return schemas;
}

}  // namespace kplan::server
