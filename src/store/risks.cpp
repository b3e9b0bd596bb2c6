// Riskanalys: per category, consequence × probability for operations and for
// the work environment; imported in batches and edited one at a time.

#include <Poco/Data/RecordSet.h>

#include "editing.hpp"
#include "poco_store.hpp"
#include "record_json.hpp"
#include "resolver.hpp"
#include "sql.hpp"
#include "versioned_record.hpp"

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

// The risk's columns as bound to RiskKind::kInsert and kUpdate.
struct RiskRow {
  Poco::Int64 plan_year = 0, unit = 0, category = 0;
  int oc = 1, op = 1, wc = 1, wp = 1;
  std::string description;
};

// The risk as a versioned record (versioned_record.hpp): its SQL beside the
// code that reads and binds the columns.
struct RiskKind {
  using Record = Risk;
  using Row = RiskRow;
  static constexpr std::string_view kTable = "risk";
  static constexpr std::string_view kWhatSv = store::kWhatSv;
  static constexpr std::string_view kWhatEn = store::kWhatEn;

// ReadRow's columns, in order.
#define KPLAN_SQL_SELECT_RISK                                                               \
  "SELECT r.id, u.code, p.year, c.name, r.operations_consequence, r.operations_probability," \
  " r.work_environment_consequence, r.work_environment_probability, r.description, r.version" \
  " FROM risk r JOIN org_unit u ON u.id = r.org_unit_id"                                   \
  " JOIN plan_year p ON p.id = r.plan_year_id"                                             \
  " JOIN occupational_category c ON c.id = r.category_id"
  static constexpr const char* kList =
      KPLAN_SQL_SUBTREE_OF_PARAM_1 " " KPLAN_SQL_SELECT_RISK
      " WHERE r.org_unit_id IN (SELECT id FROM sub) AND p.year = $2 ORDER BY c.name, r.id";
  static constexpr const char* kById = KPLAN_SQL_SELECT_RISK " WHERE r.id = $1";
#undef KPLAN_SQL_SELECT_RISK

  static Risk ReadRow(RecordSet& rs, std::size_t row) {
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
    return r;
  }

  // Bind's columns, in order.
  static constexpr const char* kInsert =
      "INSERT INTO risk (plan_year_id, org_unit_id, category_id, operations_consequence,"
      " operations_probability, work_environment_consequence, work_environment_probability,"
      " description) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id";
  static constexpr const char* kUpdate =
      "UPDATE risk SET plan_year_id = $1, org_unit_id = $2, category_id = $3,"
      " operations_consequence = $4, operations_probability = $5,"
      " work_environment_consequence = $6, work_environment_probability = $7, description = $8,"
      " version = version + 1 WHERE id = $9 AND version = $10 RETURNING version";
  static constexpr const char* kDelete =
      "DELETE FROM risk WHERE id = $1 AND version = $2 RETURNING id";

  static void Bind(Statement& statement, RiskRow& row) {
    statement, use(row.plan_year), use(row.unit), use(row.category), use(row.oc), use(row.op),
        use(row.wc), use(row.wp), use(row.description);
  }

  static Result<RiskRow> Resolve(Session& s, NameResolver& names, const Risk& r) {
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

  static Status Validate(const Risk& r) { return ValidateRisk(r); }
};

// The batch import's check: one message for the whole row.
Status CheckImportedRisk(const Risk& r) {
  if (RiskRowValid(r)) return Ok();
  return Error(ErrorCode::kInvalidInput,
               "risken för \"" + r.category +
                   "\" behöver en yrkeskategori och konsekvens och sannolikhet mellan 1 och 4",
               "the risk for \"" + r.category +
                   "\" needs a category and consequence and probability between 1 and 4")
      .WithRule("risk");
}

}  // namespace

Result<int> PocoStore::AddRisks(const std::vector<Risk>& risks, std::string_view actor) {
  return AddRecords<RiskKind>(risks, actor, "risks", CheckImportedRisk);
}

Result<std::vector<Risk>> PocoStore::ListRisks(std::int64_t unit_id, int year) {
  return ListRecords<RiskKind>(RiskKind::kList, Poco::Int64{unit_id}, year);
}

Result<Risk> PocoStore::GetRisk(std::int64_t id) { return GetRecord<RiskKind>(id); }

Result<Risk> PocoStore::CreateRisk(const Risk& risk, std::string_view actor) {
  return CreateRecord<RiskKind>(risk, actor);
}

Result<Risk> PocoStore::UpdateRisk(const Risk& risk, std::string_view actor) {
  return UpdateRecord<RiskKind>(risk, actor);
}

Status PocoStore::DeleteRisk(std::int64_t id, int version, std::string_view actor) {
  return DeleteRecord<RiskKind>(id, version, actor);
}

}  // namespace kplan::store
