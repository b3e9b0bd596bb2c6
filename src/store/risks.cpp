// Riskanalys: per category, consequence × probability for operations and for
// the work environment.

#include <Poco/Data/RecordSet.h>

#include "poco_store.hpp"
#include "resolver.hpp"
#include "sql.hpp"

using namespace Poco::Data::Keywords;
using Poco::Data::RecordSet;
using Poco::Data::Session;
using Poco::Data::Statement;

namespace kplan::store {
namespace {

bool OneToFour(int v) { return v >= 1 && v <= 4; }

}  // namespace

Result<int> PocoStore::AddRisks(const std::vector<Risk>& risks, std::string_view actor) {
  for (std::size_t i = 0; i < risks.size(); ++i) {
    const Risk& r = risks[i];
    if (r.category.empty() || !OneToFour(r.operations_consequence) ||
        !OneToFour(r.operations_probability) || !OneToFour(r.work_environment_consequence) ||
        !OneToFour(r.work_environment_probability)) {
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
      auto unit = names.Unit(r.unit_code);
      if (!unit) return names.UnknownUnit(r.unit_code);
      Poco::Int64 unit_id = *unit;
      Poco::Int64 plan_id = EnsurePlanYear(s, unit_id, r.year).first;
      Poco::Int64 category = names.Category(r.category);
      int oc = r.operations_consequence, op = r.operations_probability;
      int wc = r.work_environment_consequence, wp = r.work_environment_probability;
      std::string description = r.description;
      s << sql::kInsertRisk, use(plan_id), use(unit_id), use(category), use(oc), use(op), use(wc),
          use(wp), use(description), now;
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
    RecordSet rs(select);
    std::vector<Risk> out;
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
  });
}

}  // namespace kplan::store
