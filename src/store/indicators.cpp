// Uppföljning: indicators per unit and their outcomes per period.

#include <Poco/Nullable.h>

#include <cmath>
#include <set>

#include "poco_store.hpp"
#include "resolver.hpp"
#include "sql.hpp"

using namespace Poco::Data::Keywords;
using Poco::Nullable;
using Poco::Data::Session;

namespace kplan::store {

Result<int> PocoStore::SaveIndicatorOutcomes(const std::vector<IndicatorOutcome>& outcomes,
                                             std::string_view actor) {
  std::set<std::tuple<std::string, std::string, std::string>> seen;
  for (std::size_t i = 0; i < outcomes.size(); ++i) {
    const IndicatorOutcome& o = outcomes[i];
    auto bad = [&](std::string sv, std::string en, std::string field) {
      return Error(ErrorCode::kInvalidInput, std::move(sv), std::move(en))
          .WithRow(static_cast<std::int64_t>(i) + 1)
          .WithField(std::move(field))
          .WithRule("indicator");
    };
    if (o.indicator.empty()) return bad("indikatorn saknar namn", "the indicator has no name", "indicator");
    if (o.period.empty()) return bad("period saknas för " + o.indicator, "period missing", "period");
    if (o.value && !std::isfinite(*o.value)) return bad("utfallet är inte ett tal", "the outcome is not a number", "value");
    if (!seen.insert({o.unit_code, o.indicator, o.period}).second) {
      return bad(o.indicator + " " + o.period + " förekommer två gånger",
                 o.indicator + " " + o.period + " appears twice", "period");
    }
  }
  return InTransaction<int>(Get(), "save indicator outcomes", [&](Session& s) -> Result<int> {
    NameResolver names(s);
    std::map<std::pair<std::string, std::string>, Poco::Int64> indicator_ids;
    for (const IndicatorOutcome& o : outcomes) {
      auto unit = names.Unit(o.unit_code);
      if (!unit) return names.UnknownUnit(o.unit_code);
      auto key = std::make_pair(o.unit_code, o.indicator);
      auto it = indicator_ids.find(key);
      if (it == indicator_ids.end()) {
        Poco::Int64 unit_id = *unit;
        std::string name = o.indicator, measure = o.unit;
        Nullable<std::string> target = o.target_json.empty() ? Nullable<std::string>()
                                                             : Nullable<std::string>(o.target_json);
        std::vector<Poco::Int64> found;
        s << sql::kFindIndicator, use(unit_id), use(name), into(found), now;
        Poco::Int64 id = 0;
        if (found.empty()) {
          s << sql::kInsertIndicator, use(unit_id), use(name), use(measure), use(target), into(id), now;
        } else {
          id = found[0];
          s << sql::kUpdateIndicator, use(measure), use(target), use(id), now;
        }
        it = indicator_ids.emplace(key, id).first;
      }
      Poco::Int64 id = it->second;
      std::string period = o.period;
      Nullable<double> value = o.value ? Nullable<double>(*o.value) : Nullable<double>();
      s << sql::kDeleteOutcome, use(id), use(period), now;
      s << sql::kInsertOutcome, use(id), use(period), use(value), now;
    }
    AppendAudit(s, actor, "import", "indicator_outcome", std::to_string(outcomes.size()), "",
                "{\"outcomes\":" + std::to_string(outcomes.size()) + "}");
    return static_cast<int>(outcomes.size());
  });
}

Result<std::vector<IndicatorOutcome>> PocoStore::LoadIndicatorOutcomes(std::int64_t unit_id) {
  return Reading<std::vector<IndicatorOutcome>>(
      Get(), "load indicator outcomes", [&](Session& s) -> Result<std::vector<IndicatorOutcome>> {
        Poco::Int64 unit = unit_id;
        std::vector<std::string> codes, names, measures, targets, periods;
        std::vector<Nullable<double>> values;
        s << sql::kLoadOutcomes, use(unit), into(codes), into(names), into(measures), into(targets),
            into(periods), into(values), now;
        std::vector<IndicatorOutcome> out(codes.size());
        for (std::size_t i = 0; i < codes.size(); ++i) {
          out[i] = {codes[i], names[i], measures[i], targets[i], periods[i],
                    values[i].isNull() ? std::nullopt : std::optional<double>(values[i].value())};
        }
        return out;
      });
}

}  // namespace kplan::store
