#include "record_json.hpp"

#include "kplan/core/activity.hpp"

namespace kplan::store {
namespace {

Json OrNull(const std::optional<CalendarDate>& d) {
  return d ? Json(FormatIsoDate(*d)) : Json(nullptr);
}

template <typename T>
Json OrNull(const std::optional<T>& v) {
  return v ? Json(*v) : Json(nullptr);
}

}  // namespace

std::string DumpJson(const Json& json) {
  return json.dump(-1, ' ', false, Json::error_handler_t::replace);
}

Json ToJson(const OccupationalCategory& c) {
  return {{"id", c.id}, {"name", c.name}, {"ssyk", c.ssyk}, {"version", c.version}};
}

Json ToJson(const CompetenceScaleRecord& s) {
  return {{"id", s.id}, {"name", s.name}, {"levels", s.levels}};
}

Json ToJson(const PlanYear& p) {
  return {{"id", p.id},           {"unit_code", p.unit_code}, {"year", p.year},
          {"scale", p.scale},     {"levels", p.levels},       {"horizons", p.horizons},
          {"period_from", p.period_from == 0 ? Json() : Json(p.period_from)},
          {"period_to", p.period_to == 0 ? Json() : Json(p.period_to)},
          {"sections", p.sections}, {"status", PlanStatusKey(p.status)},
          {"version", p.version}, {"inventory_version", p.inventory_version}};
}

Json ToJson(const InventoryEntry& e) {
  return {{"unit_code", e.unit_code},
          {"category", e.category},
          {"level", e.level},
          {"headcount", e.headcount}};
}

Json ToJson(const NeedParameters& n) {
  Json horizons = Json::array();
  for (const NeedAssumption& a : n.horizons) {
    horizons.push_back(
        {{"years", a.years}, {"growth", a.growth}, {"target_shares", a.target_shares}});
  }
  return {{"category", n.category},
          {"base", OrNull(n.base)},
          {"horizons", horizons},
          {"version", n.version}};
}

Json ToJson(const PlanText& t) {
  return {{"section", t.section},
          {"category", t.category},
          {"text", t.text},
          {"version", t.version}};
}

Json ToJson(const Activity& a) {
  return {{"id", a.id},
          {"unit_code", a.unit_code},
          {"area", a.area},
          {"title", a.title},
          {"description", a.description},
          {"categories", a.categories},
          {"owner", a.owner},
          {"start", OrNull(a.start)},
          {"end", OrNull(a.end)},
          {"status", std::string(ActivityStatusKey(a.status))},
          {"year", a.years.first},
          {"through_year", OrNull(a.years.last)},
          {"goal_ids", a.goal_ids},
          {"version", a.version}};
}

Json ToJson(const Risk& r) {
  return {{"id", r.id},
          {"unit_code", r.unit_code},
          {"year", r.year},
          {"category", r.category},
          {"operations_consequence", r.operations_consequence},
          {"operations_probability", r.operations_probability},
          {"work_environment_consequence", r.work_environment_consequence},
          {"work_environment_probability", r.work_environment_probability},
          {"description", r.description},
          {"version", r.version}};
}

Json ToJson(const PlanChapter& c) {
  return {{"id", c.id},       {"unit_code", c.unit_code}, {"year", c.year},       {"title", c.title},
          {"text", c.text},   {"after", c.after},         {"position", c.position}, {"version", c.version}};
}

Json ToJson(const Goal& g) {
  return {{"id", g.id},
          {"unit_code", g.unit_code},
          {"title", g.title},
          {"description", g.description},
          {"year", g.years.first},
          {"through_year", OrNull(g.years.last)},
          {"parent_id", OrNull(g.parent_id)},
          {"area", g.area},
          {"manual_assessment", g.manual_assessment},
          {"assessment_comment", g.assessment_comment},
          {"version", g.version}};
}

Json ToJson(const IndicatorRecord& i) {
  Json target = nullptr;
  if (!i.target_json.empty()) {
    target = Json::parse(i.target_json, nullptr, false);
    if (target.is_discarded()) target = i.target_json;
  }
  return {{"id", i.id},     {"unit_code", i.unit_code}, {"goal_id", OrNull(i.goal_id)},
          {"name", i.name}, {"unit", i.unit},           {"target", target},
          {"version", i.version}, {"key_figure", i.key_figure}, {"kolada_kpi", i.kolada_kpi},
          {"comparison", i.comparison}};
}

Json ToJson(const OutcomeRecord& o) {
  return {{"indicator_id", o.indicator_id},
          {"period", o.period},
          {"value", OrNull(o.value)},
          {"manual_assessment", o.manual_assessment},
          {"comment", o.comment},
          {"version", o.version}};
}

Json ToJson(const SuccessionEntry& e) {
  return {{"id", e.id},
          {"unit_code", e.unit_code},
          {"position_title", e.position_title},
          {"incumbent_ref", e.incumbent_ref},
          {"retirement_year", OrNull(e.retirement_year)},
          {"successor_ref", e.successor_ref},
          {"readiness", e.readiness},
          {"year", e.years.first},
          {"through_year", OrNull(e.years.last)},
          {"version", e.version}};
}

Json ToJson(const User& u) {
  return {{"id", u.id},
          {"name", u.name},
          {"role", std::string(RoleKey(u.role))},
          {"unit_code", u.unit_code},
          {"disabled", u.disabled},
          {"created_at", u.created_at},
          {"version", u.version}};
}

}  // namespace kplan::store
