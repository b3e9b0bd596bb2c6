// Kolada's values as imported (kolada_store.hpp): written in one transaction,
// read per KPI for an indicator's comparison.

#include <Poco/Nullable.h>

#include <algorithm>

#include "kplan/core/kolada.hpp"
#include "poco_store.hpp"
#include "record_json.hpp"

namespace kplan::store {
namespace {

// Both backends take ON CONFLICT (SQLite from 3.24).
constexpr const char* kUpsert =
    "INSERT INTO kolada_value (kpi, municipality, period, gender, value, status)"
    " VALUES ($1, $2, $3, $4, $5, $6)"
    " ON CONFLICT (kpi, municipality, period, gender) DO UPDATE SET value = excluded.value,"
    " status = excluded.status";
constexpr const char* kList =
    "SELECT municipality, period, gender, value, status FROM kolada_value WHERE kpi = $1"
    " ORDER BY municipality, period, gender";

}  // namespace

Result<int> PocoStore::SaveKoladaValues(const std::vector<KoladaValue>& values, std::string_view actor) {
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (Status v = Validate(values[i]); !v.ok()) return Error(v.error()).WithRow(static_cast<std::int64_t>(i) + 1);
  }
  return Writing<int>("save kolada values", [&](Session& s) -> Result<int> {
    Json kpis = Json::object();
    for (const KoladaValue& v : values) {
      std::string kpi = v.kpi, municipality = v.municipality, gender = v.gender, status = v.status;
      int period = v.period;
      Poco::Nullable<double> value = v.value ? Poco::Nullable<double>(*v.value) : Poco::Nullable<double>();
      s << kUpsert, use(kpi), use(municipality), use(period), use(gender), use(value), use(status), now;
      kpis[v.kpi] = kpis.value(v.kpi, 0) + 1;
    }
    AppendAudit(s, actor, "import", "kolada_value", std::to_string(values.size()), "",
                DumpJson(Json{{"values", values.size()}, {"kpis", kpis}}));
    return static_cast<int>(values.size());
  });
}

Result<std::vector<KoladaValue>> PocoStore::ListKoladaValues(std::string_view kpi,
                                                             const std::vector<std::string>& municipalities) {
  return Reading<std::vector<KoladaValue>>(
      Get(), "list kolada values", [&](Session& s) -> Result<std::vector<KoladaValue>> {
        std::string key(kpi);
        std::vector<std::string> codes, genders, statuses;
        std::vector<int> periods;
        std::vector<Poco::Nullable<double>> numbers;
        s << kList, use(key), into(codes), into(periods), into(genders), into(numbers), into(statuses), now;
        std::vector<KoladaValue> out;
        for (std::size_t i = 0; i < codes.size(); ++i) {
          if (!municipalities.empty() &&
              std::find(municipalities.begin(), municipalities.end(), codes[i]) == municipalities.end()) {
            continue;
          }
          out.push_back({key, codes[i], periods[i], genders[i],
                         numbers[i].isNull() ? std::nullopt : std::optional<double>(numbers[i].value()),
                         statuses[i]});
        }
        return out;
      });
}

}  // namespace kplan::store
