#include "kplan/app/kommunstyrelsen.hpp"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <map>

#include "kplan/app/followup_occasions.hpp"
#include "kplan/app/plan_data.hpp"
#include "kplan/core/plan_year.hpp"
#include "kplan/report/followup_report.hpp"
#include "unit_lookup.hpp"

namespace kplan::app {
namespace {

CalendarDate Today() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm local{};
  localtime_r(&now, &local);
  return CalendarDate{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

// The förvaltningar in tree order (see the header).
std::vector<const OrgUnit*> Forvaltningar(const OrgTree& tree, const OrgUnit& root,
                                          const std::vector<store::PlanYear>& plan_years, int year) {
  std::vector<const OrgUnit*> out;
  for (const OrgUnit* u : tree.Subtree(root.id)) {
    if (u->kind == OrgUnitKind::kForvaltning) out.push_back(u);
  }
  for (const OrgUnit* u : tree.Subtree(root.id)) {
    if (u->id == root.id || u->kind == OrgUnitKind::kEnhet || u->kind == OrgUnitKind::kForvaltning) continue;
    const bool planned = std::any_of(plan_years.begin(), plan_years.end(), [&](const store::PlanYear& p) {
      return p.unit_code == u->code && p.year == year;
    });
    const bool inside = std::any_of(out.begin(), out.end(), [&](const OrgUnit* f) {
      return tree.IsInSubtree(u->id, f->id);
    });
    if (planned && !inside) out.push_back(u);
  }
  return out;
}

}  // namespace

Result<report::KommunstyrelsenData> LoadKommunstyrelsen(store::Store& store, int year) {
  if (year < kPlanYearMin || year > kPlanYearMax) {
    return Error(ErrorCode::kInvalidInput, "året " + std::to_string(year) + " är inte ett planår",
                 "the year " + std::to_string(year) + " is not a plan year")
        .WithField("year");
  }
  auto tree = detail::LoadOrgTree(store);
  if (!tree.ok()) return tree.error();
  auto root = detail::FindOrgUnit(tree.value(), "");
  if (!root.ok()) return root.error();
  auto plan_years = store.ListPlanYears(root.value().id);
  if (!plan_years.ok()) return plan_years.error();
  auto occasions = store.ListOccasionsOfYear(year);
  if (!occasions.ok()) return occasions.error();
  if (Status s = FillOccasionStatus(store, occasions.value()); !s.ok()) return s.error();
  auto malsattningar = store.ListGoals(root.value().id, year);
  if (!malsattningar.ok()) return malsattningar.error();

  report::KommunstyrelsenData data;
  data.municipality = root.value().name;
  data.year = year;
  const std::vector<const OrgUnit*> units = Forvaltningar(tree.value(), root.value(), plan_years.value(), year);
  std::vector<std::string> codes;
  for (const OrgUnit* u : units) codes.push_back(u->code);
  const std::vector<UnitReporting> reporting = ReportingByUnit(codes, occasions.value());

  std::vector<const Goal*> goals;
  for (const Goal& g : malsattningar.value()) {
    if (g.unit_code == root.value().code) goals.push_back(&g);
  }
  for (const Goal* g : goals) data.malsattningar.push_back({g->title, {}});

  for (const OrgUnit* u : units) {
    report::ForvaltningStatus f;
    f.code = u->code;
    f.name = u->name;
    for (const UnitReporting& r : reporting) {
      if (r.unit_code == u->code) f.reporting.push_back(r);
    }
    const store::PlanYear* plan_year = nullptr;
    for (const store::PlanYear& p : plan_years.value()) {
      if (p.unit_code == u->code && p.year == year) plan_year = &p;
    }
    // Per målsättning: the assessments of the förvaltning's goals serving it.
    std::map<std::int64_t, std::vector<Assessment>> serving;
    if (plan_year) {
      f.has_plan_year = true;
      f.status = plan_year->status;
      auto adoptions = store.ListAdoptions(plan_year->id);
      if (!adoptions.ok()) return adoptions.error();
      if (!adoptions.value().empty()) f.decision = adoptions.value().front().decision;
      PlanRequest request{u->code, year, 67, 10};
      request.with_register = false;
      auto plan = LoadPlanData(store, request);
      if (!plan.ok()) return plan.error();
      for (const report::GoalFollowup& g : report::FollowupByGoal(plan.value().main)) {
        if (g.goal->parent_id) serving[*g.goal->parent_id].push_back(g.assessment.assessment);
      }
    }
    for (std::size_t i = 0; i < goals.size(); ++i) {
      auto it = serving.find(goals[i]->id);
      data.malsattningar[i].per_forvaltning.push_back(
          it == serving.end() ? std::nullopt : std::optional<Assessment>(AssessGoal(Goal{}, it->second).assessment));
    }
    data.forvaltningar.push_back(std::move(f));
  }
  return data;
}

Result<RenderedReport> RenderKommunstyrelsen(const report::KommunstyrelsenData& data, report::ReportFormat format) {
  const report::Document document = report::BuildKommunstyrelsenDocument(data, Today());
  auto bytes = report::RenderDocument(document, format);
  if (!bytes.ok()) return bytes.error();
  RenderedReport out;
  out.bytes = std::move(bytes).value();
  out.content_type = std::string(report::ReportContentType(format));
  out.file_name = "Sammanställning till kommunstyrelsen " + std::to_string(data.year) + "." +
                  std::string(report::ReportFormatExtension(format));
  return out;
}

}  // namespace kplan::app
