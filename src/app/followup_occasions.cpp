#include "kplan/app/followup_occasions.hpp"

#include <chrono>
#include <ctime>
#include <map>

#include <nlohmann/json.hpp>

#include "kplan/app/plan_data.hpp"
#include "kplan/report/followup_report.hpp"
#include "unit_lookup.hpp"

namespace kplan::app {
namespace {

using Json = nlohmann::json;

CalendarDate Today() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm local{};
  localtime_r(&now, &local);
  return CalendarDate{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

bool IsOccasionFormat(report::ReportFormat format) {
  for (report::ReportFormat f : kOccasionFormats) {
    if (f == format) return true;
  }
  return false;
}

// The plan data of the occasion's plan year, its indicators at the occasion's period.
Result<report::PlanData> OccasionData(store::Store& store, const FollowupOccasion& occasion) {
  PlanRequest request{occasion.unit_code, occasion.year, 67, 10};
  request.with_register = false;
  request.followup_period = occasion.period();
  return LoadPlanData(store, request);
}

Result<report::OccasionHeader> HeaderOf(store::Store& store, const FollowupOccasion& occasion) {
  report::OccasionHeader header{occasion.kind, occasion.year, occasion.deadline, std::nullopt};
  auto adoptions = store.ListAdoptions(occasion.plan_year_id);
  if (!adoptions.ok()) return adoptions.error();
  if (!adoptions.value().empty()) header.decision = adoptions.value().front().decision;
  return header;
}

// What the occasion said, goal by goal: kept with the submitted documents
// (and read by the roll-up to kommunstyrelsen).
std::string ContentJson(const report::PlanData& data, const FollowupOccasion& occasion) {
  Json goals = Json::array();
  for (const report::GoalFollowup& g : report::FollowupByGoal(data.main)) {
    goals.push_back({{"id", g.goal->id},
                     {"title", g.goal->title},
                     {"parent_id", g.goal->parent_id ? Json(*g.goal->parent_id) : Json()},
                     {"assessment", AssessmentKey(g.assessment.assessment)},
                     {"manual", g.assessment.manual},
                     {"indicators", g.indicators.size()},
                     {"activities", g.activities.size()}});
  }
  return Json{{"unit", occasion.unit_code}, {"year", occasion.year}, {"kind", OccasionKindKey(occasion.kind)},
              {"period", occasion.period()}, {"goals", std::move(goals)}}
      .dump(-1, ' ', false, Json::error_handler_t::replace);
}

Result<RenderedReport> Render(const report::PlanData& data, const report::OccasionHeader& header,
                              const FollowupOccasion& occasion, report::ReportFormat format) {
  const report::Document document = report::BuildFollowupDocument(data, header, Today());
  auto bytes = report::RenderDocument(document, format);
  if (!bytes.ok()) return bytes.error();
  RenderedReport out;
  out.bytes = std::move(bytes).value();
  out.content_type = std::string(report::ReportContentType(format));
  out.file_name = "Uppföljning " + occasion.unit_code + " " + occasion.period() + " " +
                  std::string(OccasionKindLabel(occasion.kind)) + "." +
                  std::string(report::ReportFormatExtension(format));
  return out;
}

}  // namespace

Status FillOccasionStatus(store::Store& store, std::vector<FollowupOccasion>& occasions) {
  if (occasions.empty()) return Ok();
  auto tree = detail::LoadOrgTree(store);
  if (!tree.ok()) return tree.error();
  std::map<std::string, std::vector<store::IndicatorOutcome>> by_unit;
  for (FollowupOccasion& o : occasions) {
    if (!by_unit.count(o.unit_code)) {
      auto unit = detail::FindOrgUnit(tree.value(), o.unit_code);
      if (!unit.ok()) return unit.error();
      auto outcomes = store.LoadIndicatorOutcomes(unit.value().id);
      if (!outcomes.ok()) return outcomes.error();
      by_unit[o.unit_code] = std::move(outcomes).value();
    }
    o.outcomes_recorded = false;
    for (const store::IndicatorOutcome& r : by_unit[o.unit_code]) {
      if (r.period == o.period() && r.value) o.outcomes_recorded = true;
    }
  }
  return Ok();
}

Result<std::vector<FollowupOccasion>> ListOccasions(store::Store& store, std::int64_t plan_year_id) {
  auto occasions = store.ListOccasions(plan_year_id);
  if (!occasions.ok()) return occasions.error();
  if (Status s = FillOccasionStatus(store, occasions.value()); !s.ok()) return s.error();
  return occasions;
}

Result<RenderedReport> RenderOccasion(store::Store& store, const FollowupOccasion& occasion,
                                      report::ReportFormat format) {
  if (!IsOccasionFormat(format)) {
    return Error(ErrorCode::kInvalidInput, "ett uppföljningstillfälle finns som pdf, docx eller html",
                 "a follow-up occasion comes as pdf, docx or html")
        .WithField("format")
        .WithRule("format")
        .WithValue(std::string(report::ReportFormatExtension(format)));
  }
  auto data = OccasionData(store, occasion);
  if (!data.ok()) return data.error();
  auto header = HeaderOf(store, occasion);
  if (!header.ok()) return header.error();
  return Render(data.value(), header.value(), occasion, format);
}

Result<FollowupOccasion> SubmitOccasion(store::Store& store, std::int64_t occasion_id, int expected_version,
                                        std::string_view actor) {
  auto occasion = store.GetOccasion(occasion_id);
  if (!occasion.ok()) return occasion.error();
  if (Status open = CheckOccasionOpen(occasion.value()); !open.ok()) return open.error();
  auto data = OccasionData(store, occasion.value());
  if (!data.ok()) return data.error();
  auto header = HeaderOf(store, occasion.value());
  if (!header.ok()) return header.error();
  std::vector<store::AdoptedDocument> documents;
  for (report::ReportFormat format : kOccasionFormats) {
    auto rendered = Render(data.value(), header.value(), occasion.value(), format);
    if (!rendered.ok()) return rendered.error();
    store::AdoptedDocument d;
    d.format = std::string(report::ReportFormatExtension(format));
    d.file_name = rendered.value().file_name;
    d.content_type = rendered.value().content_type;
    d.bytes = std::move(rendered.value().bytes);
    documents.push_back(std::move(d));
  }
  auto submitted = store.SubmitOccasion(occasion_id, expected_version, documents,
                                        ContentJson(data.value(), occasion.value()), actor);
  if (!submitted.ok()) return submitted;
  std::vector<FollowupOccasion> one{submitted.value()};
  if (Status s = FillOccasionStatus(store, one); !s.ok()) return s.error();
  return one.front();
}

}  // namespace kplan::app
