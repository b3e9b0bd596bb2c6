// Stored staffing projection runs: parameters and result as JSON documents
// the layers above write and read; the store checks only that they are JSON.

#include <Poco/Data/RecordSet.h>

#include "editing.hpp"
#include "poco_store.hpp"
#include "record_json.hpp"
#include "resolver.hpp"
#include "sql.hpp"

namespace kplan::store {
namespace {

constexpr const char* kListProjectionRuns =
    KPLAN_SQL_SUBTREE_OF_PARAM_1
    " SELECT r.id, u.code, r.created_at, r.actor, r.parameters_json FROM projection_run r"
    " JOIN org_unit u ON u.id = r.org_unit_id WHERE r.org_unit_id IN (SELECT id FROM sub)"
    " ORDER BY r.id DESC";
constexpr const char* kProjectionRunById =
    "SELECT r.id, u.code, r.created_at, r.actor, r.parameters_json, r.result_json"
    " FROM projection_run r JOIN org_unit u ON u.id = r.org_unit_id WHERE r.id = $1";
constexpr const char* kCreateProjectionRun =
    "INSERT INTO projection_run (org_unit_id, created_at, actor, parameters_json, result_json)"
    " VALUES ($1, $2, $3, $4, $5) RETURNING id";

constexpr std::string_view kWhatSv = "prognoskörningen";
constexpr std::string_view kWhatEn = "projection run";
constexpr std::size_t kMaxDocumentBytes = 32 * 1024 * 1024;

Status ValidateDocument(const std::string& text, const std::string& field) {
  if (text.size() > kMaxDocumentBytes) {
    return Error(ErrorCode::kTooLarge, "dokumentet är större än 32 MB",
                 "the document is larger than 32 MB")
        .WithField(field);
  }
  Json json = Json::parse(text, nullptr, false);
  if (json.is_discarded() || !json.is_object()) {
    return Invalid(field, "dokumentet är inte ett JSON-objekt", "the document is not a JSON object",
                   "json");
  }
  return Ok();
}

std::vector<ProjectionRun> ReadRuns(Statement& select, bool with_result) {
  return ReadRows<ProjectionRun>(select, [&](RecordSet& rs, std::size_t row) {
    ProjectionRun r;
    r.id = rs.value(0, row).convert<Poco::Int64>();
    r.unit_code = rs.value(1, row).convert<std::string>();
    r.created_at = rs.value(2, row).convert<std::string>();
    r.actor = rs.value(3, row).convert<std::string>();
    r.parameters_json = rs.value(4, row).convert<std::string>();
    if (with_result) r.result_json = rs.value(5, row).convert<std::string>();
    return r;
  });
}

std::optional<ProjectionRun> RunById(Session& s, std::int64_t id) {
  Statement select(s);
  Poco::Int64 key = id;
  select << kProjectionRunById, use(key), now;
  auto found = ReadRuns(select, true);
  if (found.empty()) return std::nullopt;
  return std::move(found[0]);
}

}  // namespace

Result<std::vector<ProjectionRun>> PocoStore::ListProjectionRuns(std::int64_t unit_id) {
  return Reading<std::vector<ProjectionRun>>(
      Get(), "list projection runs", [&](Session& s) -> Result<std::vector<ProjectionRun>> {
        Statement select(s);
        Poco::Int64 unit = unit_id;
        select << kListProjectionRuns, use(unit), now;
        return ReadRuns(select, false);
      });
}

Result<ProjectionRun> PocoStore::GetProjectionRun(std::int64_t id) {
  return Reading<ProjectionRun>(Get(), "get projection run", [&](Session& s) -> Result<ProjectionRun> {
    auto found = RunById(s, id);
    if (!found) return NotFound(kWhatSv, kWhatEn, id);
    return std::move(*found);
  });
}

Result<ProjectionRun> PocoStore::SaveProjectionRun(const ProjectionRun& run, std::string_view actor) {
  if (Status v = ValidateDocument(run.parameters_json, "parameters_json"); !v.ok()) return v.error();
  if (Status v = ValidateDocument(run.result_json, "result_json"); !v.ok()) return v.error();
  return Writing<ProjectionRun>("save projection run", [&](Session& s) -> Result<ProjectionRun> {
    NameResolver names(s);
    auto unit = names.Unit(run.unit_code);
    if (!unit) return names.UnknownUnit(run.unit_code).WithField("unit_code");
    Poco::Int64 unit_id = *unit;
    std::string created_at = NowUtc(), who(actor), parameters = run.parameters_json,
                result = run.result_json;
    Poco::Int64 id = 0;
    s << kCreateProjectionRun, use(unit_id), use(created_at), use(who), use(parameters),
        use(result), into(id), now;
    ProjectionRun stored = *RunById(s, id);
    // The log keeps the parameters, not the (possibly large) result.
    Json after = {{"id", stored.id},
                  {"unit_code", stored.unit_code},
                  {"created_at", stored.created_at},
                  {"parameters", Json::parse(stored.parameters_json)}};
    AppendAudit(s, actor, "create", "projection_run", std::to_string(id), "", DumpJson(after));
    return stored;
  });
}

}  // namespace kplan::store
