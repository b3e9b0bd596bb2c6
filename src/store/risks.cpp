// Riskanalys: per category, consequence × probability for operations and for
// the work environment; imported in batches and edited one at a time.

#include <Poco/Data/RecordSet.h>

#include "editing.hpp"
#include "poco_store.hpp"
#include "record_json.hpp"
#include "resolver.hpp"
#include "sql.hpp"

using namespace Poco::Data::Keywords;
using Poco::Data::RecordSet;
using Poco::Data::Session;
using Poco::Data::Statement;

namespace kplan::store {
namespace {

constexpr std::string_view kWhatSv = "risken";
constexpr std::string_view kWhatEn = "risk";

bool OneToFour(int v) { return v >= 1 && v <= kRiskSteps; }

// The batch import's check: one message for the whole row.
bool RiskRowValid(const Risk& r) {
  return !r.category.empty() && OneToFour(r.operations_consequence) &&
         OneToFour(r.operations_probability) && OneToFour(r.work_environment_consequence) &&
         OneToFour(r.work_environment_probability);
}

// The editor's check: names the field.
Status ValidateRisk(const Risk& r) {
  return Validate(r);  // core/risk.hpp
}

// The risk's columns as bound to kCreateRisk and kUpdateRisk.
struct RiskRow {
  Poco::Int64 plan_year = 0, unit = 0, category = 0;
  int oc = 1, op = 1, wc = 1, wp = 1;
  std::string description;
};

Result<RiskRow> Resolve(Session& s, NameResolver& names, const Risk& r) {
  auto unit = names.Unit(r.unit_code);
  if (!unit) return names.UnknownUnit(r.unit_code).WithField("unit_code");
  RiskRow row;
  row.unit = *unit;
  row.plan_year = EnsurePlanYear(s, *unit, r.year).first;
  row.category = names.Category(r.category);
  row.oc = r.operations_consequence;
  row.op = r.operations_probability;
  row.wc = r.work_environment_consequence;
  row.wp = r.work_environment_probability;
  row.description = r.description;
  return row;
}

std::vector<Risk> ReadRisks(Statement& select) {
  RecordSet rs(select);
  std::vector<Risk> out;
  out.reserve(rs.rowCount());
  for (std::size_t row = 0; row < rs.rowCount(); ++row) {
    Risk r;
    r.id = rs.value(0, row).convert<Poco::Int64>();
    r.unit_code = rs.value(1, row).convert<std::string>();
    r.year = rs.value(2, row).convert<int>();
    r.category = rs.value(3, row).convert<std::string>();
    r.operations_consequence = rs.value(4, row).convert<int>();
    r.operations_probability = rs.value(5, row).convert<int>();
    r.work_environment_consequence = rs.value(6, row).convert<int>();
    r.work_environment_probability = rs.value(7, row).convert<int>();
    r.description = rs.value(8, row).convert<std::string>();
    r.version = rs.value(9, row).convert<int>();
    out.push_back(std::move(r));
  }
  return out;
}

std::optional<Risk> RiskById(Session& s, std::int64_t id) {
  Statement select(s);
  Poco::Int64 key = id;
  select << sql::kRiskById, use(key), now;
  auto found = ReadRisks(select);
  if (found.empty()) return std::nullopt;
  return std::move(found[0]);
}

}  // namespace

Result<int> PocoStore::AddRisks(const std::vector<Risk>& risks, std::string_view actor) {
  for (std::size_t i = 0; i < risks.size(); ++i) {
    const Risk& r = risks[i];
    if (!RiskRowValid(r)) {
      return Error(ErrorCode::kInvalidInput,
                   "risken för \"" + r.category +
                       "\" behöver en yrkeskategori och konsekvens och sannolikhet mellan 1 och 4",
                   "the risk for \"" + r.category +
                       "\" needs a category and consequence and probability between 1 and 4")
          .WithRow(static_cast<std::int64_t>(i) + 1)
          .WithRule("risk");
    }
  }
  return InTransaction<int>(Get(), "add risks", [&](Session& s) -> Result<int> {
    NameResolver names(s);
    for (const Risk& r : risks) {
      Result<RiskRow> resolved = Resolve(s, names, r);
      if (!resolved.ok()) return resolved.error();
      RiskRow& row = resolved.value();
      Poco::Int64 id = 0;
      s << sql::kCreateRisk, use(row.plan_year), use(row.unit), use(row.category), use(row.oc),
          use(row.op), use(row.wc), use(row.wp), use(row.description), into(id), now;
    }
    AppendAudit(s, actor, "import", "risk", std::to_string(risks.size()), "",
                "{\"risks\":" + std::to_string(risks.size()) + "}");
    return static_cast<int>(risks.size());
  });
}

Result<std::vector<Risk>> PocoStore::ListRisks(std::int64_t unit_id, int year) {
  return Reading<std::vector<Risk>>(Get(), "list risks", [&](Session& s) -> Result<std::vector<Risk>> {
    Statement select(s);
    Poco::Int64 unit = unit_id;
    int y = year;
    select << sql::kListRisks, use(unit), use(y), now;
    return ReadRisks(select);
  });
}

Result<Risk> PocoStore::GetRisk(std::int64_t id) {
  return Reading<Risk>(Get(), "get risk", [&](Session& s) -> Result<Risk> {
    auto found = RiskById(s, id);
    if (!found) return NotFound(kWhatSv, kWhatEn, id);
    return std::move(*found);
  });
}

Result<Risk> PocoStore::CreateRisk(const Risk& risk, std::string_view actor) {
  if (Status valid = ValidateRisk(risk); !valid.ok()) return valid.error();
  return Writing<Risk>("create risk", [&](Session& s) -> Result<Risk> {
    NameResolver names(s);
    Result<RiskRow> resolved = Resolve(s, names, risk);
    if (!resolved.ok()) return resolved.error();
    RiskRow& row = resolved.value();
    Poco::Int64 id = 0;
    s << sql::kCreateRisk, use(row.plan_year), use(row.unit), use(row.category), use(row.oc),
        use(row.op), use(row.wc), use(row.wp), use(row.description), into(id), now;
    Risk after = *RiskById(s, id);
    AppendAudit(s, actor, "create", "risk", std::to_string(id), "", AuditText(after));
    return after;
  });
}

Result<Risk> PocoStore::UpdateRisk(const Risk& risk, std::string_view actor) {
  if (Status valid = ValidateRisk(risk); !valid.ok()) return valid.error();
  return Writing<Risk>("update risk", [&](Session& s) -> Result<Risk> {
    std::optional<Risk> before = RiskById(s, risk.id);
    if (Status v = CheckVersion(before, risk.id, risk.version, kWhatSv, kWhatEn); !v.ok()) {
      return v.error();
    }
    NameResolver names(s);
    Result<RiskRow> resolved = Resolve(s, names, risk);
    if (!resolved.ok()) return resolved.error();
    RiskRow& row = resolved.value();
    Poco::Int64 id = risk.id;
    int version = risk.version;
    std::vector<int> updated;
    s << sql::kUpdateRisk, use(row.plan_year), use(row.unit), use(row.category), use(row.oc),
        use(row.op), use(row.wc), use(row.wp), use(row.description), use(id), use(version),
        into(updated), now;
    if (updated.empty()) return StaleOrMissing(s, "risk", risk.id, risk.version, kWhatSv, kWhatEn);
    Risk after = *RiskById(s, risk.id);
    AppendAudit(s, actor, "update", "risk", std::to_string(risk.id), AuditText(*before),
                AuditText(after));
    return after;
  });
}

Status PocoStore::DeleteRisk(std::int64_t id, int version, std::string_view actor) {
  return WritingStatus("delete risk", [&](Session& s) -> Status {
    std::optional<Risk> before = RiskById(s, id);
    if (Status v = CheckVersion(before, id, version, kWhatSv, kWhatEn); !v.ok()) return v;
    Poco::Int64 key = id;
    int quoted = version;
    std::vector<Poco::Int64> deleted;
    s << sql::kDeleteRisk, use(key), use(quoted), into(deleted), now;
    if (deleted.empty()) return StaleOrMissing(s, "risk", id, version, kWhatSv, kWhatEn);
    AppendAudit(s, actor, "delete", "risk", std::to_string(id), AuditText(*before), "");
    return Ok();
  });
}

}  // namespace kplan::store
