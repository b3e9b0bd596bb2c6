#include "kplan/app/plan_cycle.hpp"

#include <nlohmann/json.hpp>

#include "kplan/app/plan_data.hpp"
#include "kplan/app/plan_report.hpp"
#include "kplan/report/plan_content.hpp"

namespace kplan::app {
namespace {

using Json = nlohmann::json;

std::string ItemsJson(const std::vector<PlanContentItem>& items) {
  Json out = Json::array();
  for (const PlanContentItem& i : items) {
    out.push_back({{"kind", i.kind}, {"key", i.key}, {"label", i.label}, {"value", i.value}});
  }
  return out.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::vector<PlanContentItem> ItemsOf(const std::string& text) {
  std::vector<PlanContentItem> items;
  const Json parsed = Json::parse(text, nullptr, false);
  if (!parsed.is_array()) return items;
  for (const Json& i : parsed) {
    items.push_back({i.value("kind", ""), i.value("key", ""), i.value("label", ""), i.value("value", "")});
  }
  return items;
}

// The plan data of a stored plan year: its unit's plan for its year.
Result<report::PlanData> PlanDataOf(store::Store& store, const store::PlanYear& plan_year) {
  return LoadPlanData(store, PlanRequest{plan_year.unit_code, plan_year.year, 67, 10});
}

}  // namespace

Result<store::PlanAdoption> AdoptPlan(store::Store& store, std::int64_t plan_year_id,
                                      int expected_version, const PlanDecision& decision,
                                      std::string_view actor) {
  if (Status valid = Validate(decision); !valid.ok()) return valid.error();
  auto plan_year = store.GetPlanYear(plan_year_id);
  if (!plan_year.ok()) return plan_year.error();
  if (Status ready = CheckAdoption(plan_year.value().status); !ready.ok()) return ready.error();
  auto data = PlanDataOf(store, plan_year.value());
  if (!data.ok()) return data.error();
  data.value().decision = decision;
  std::vector<store::AdoptedDocument> documents;
  for (report::ReportFormat format : kAdoptedFormats) {
    auto rendered = RenderPlanData(data.value(), format);
    if (!rendered.ok()) return rendered.error();
    store::AdoptedDocument d;
    d.format = std::string(report::ReportFormatExtension(format));
    d.file_name = rendered.value().file_name;
    d.content_type = rendered.value().content_type;
    d.bytes = std::move(rendered.value().bytes);
    documents.push_back(std::move(d));
  }
  return store.AdoptPlan(plan_year_id, expected_version, decision, documents,
                         ItemsJson(report::PlanContent(data.value())), actor);
}

Result<PlanChanges> ChangesSinceAdoption(store::Store& store, std::int64_t plan_year_id) {
  auto plan_year = store.GetPlanYear(plan_year_id);
  if (!plan_year.ok()) return plan_year.error();
  auto adoptions = store.ListAdoptions(plan_year_id);
  if (!adoptions.ok()) return adoptions.error();
  PlanChanges out;
  if (adoptions.value().empty()) return out;
  out.adopted = adoptions.value().front();
  auto adopted = store.LoadAdoptedContent(plan_year_id, out.adopted->revision);
  if (!adopted.ok()) return adopted.error();
  auto data = PlanDataOf(store, plan_year.value());
  if (!data.ok()) return data.error();
  out.changes = DiffPlanContent(ItemsOf(adopted.value()), report::PlanContent(data.value()));
  return out;
}

}  // namespace kplan::app
