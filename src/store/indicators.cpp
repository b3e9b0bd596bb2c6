// Uppföljning: indicators per unit and their outcomes per period; imported
// in batches (SaveIndicatorOutcomes) and edited one at a time.

#include <Poco/Data/RecordSet.h>
#include <Poco/Nullable.h>

#include <cctype>
#include <cmath>
#include <set>

#include "editing.hpp"
#include "kplan/core/followup.hpp"
#include "kplan/io/target_rule_json.hpp"
#include "poco_store.hpp"
#include "record_json.hpp"
#include "resolver.hpp"
#include "sql.hpp"

using namespace Poco::Data::Keywords;
using Poco::Nullable;
using Poco::Data::RecordSet;
using Poco::Data::Session;
using Poco::Data::Statement;

namespace kplan::store {
namespace {

constexpr std::string_view kWhatSv = "indikatorn";
constexpr std::string_view kWhatEn = "indicator";

std::vector<IndicatorRecord> ReadIndicators(Statement& select) {
  RecordSet rs(select);
  std::vector<IndicatorRecord> out;
  for (std::size_t row = 0; row < rs.rowCount(); ++row) {
    IndicatorRecord i;
    i.id = rs.value(0, row).convert<Poco::Int64>();
    i.unit_code = rs.value(1, row).convert<std::string>();
    if (!rs.value(2, row).isEmpty()) i.goal_id = rs.value(2, row).convert<Poco::Int64>();
    i.name = rs.value(3, row).convert<std::string>();
    i.unit = rs.value(4, row).convert<std::string>();
    i.target_json = rs.value(5, row).convert<std::string>();
    i.version = rs.value(6, row).convert<int>();
    out.push_back(std::move(i));
  }
  return out;
}

std::optional<IndicatorRecord> IndicatorById(Session& s, std::int64_t id) {
  Statement select(s);
  Poco::Int64 key = id;
  select << sql::kIndicatorById, use(key), now;
  auto found = ReadIndicators(select);
  if (found.empty()) return std::nullopt;
  return std::move(found[0]);
}

// The stored manual assessment ('gron', 'rod', from schema version 2) and
// the record's keys ("green", "red").
std::string AssessmentToColumn(const std::string& key) {
  if (key == "green") return "gron";
  if (key == "red") return "rod";
  return "";
}
std::string AssessmentFromColumn(const std::string& column) {
  if (column == "gron") return "green";
  if (column == "rod") return "red";
  return "";
}

std::vector<OutcomeRecord> ReadOutcomes(Statement& select) {
  RecordSet rs(select);
  std::vector<OutcomeRecord> out;
  for (std::size_t row = 0; row < rs.rowCount(); ++row) {
    OutcomeRecord o;
    o.indicator_id = rs.value(0, row).convert<Poco::Int64>();
    o.period = rs.value(1, row).convert<std::string>();
    if (!rs.value(2, row).isEmpty()) o.value = rs.value(2, row).convert<double>();
    o.manual_assessment = AssessmentFromColumn(rs.value(3, row).convert<std::string>());
    o.comment = rs.value(4, row).convert<std::string>();
    o.version = rs.value(5, row).convert<int>();
    out.push_back(std::move(o));
  }
  return out;
}

std::optional<OutcomeRecord> OutcomeOf(Session& s, std::int64_t indicator_id,
                                       const std::string& period) {
  Statement select(s);
  Poco::Int64 key = indicator_id;
  std::string p = period;
  select << sql::kOutcomeOf, use(key), use(p), now;
  auto found = ReadOutcomes(select);
  if (found.empty()) return std::nullopt;
  return std::move(found[0]);
}

// The record with its target in canonical form, or the error naming the field.
Result<IndicatorRecord> ValidateIndicator(const IndicatorRecord& indicator) {
  if (Status valid = Validate(indicator); !valid.ok()) return valid.error();  // core
  Result<TargetRule> rule = io::ParseTargetRuleText(indicator.target_json);
  if (!rule.ok()) return Error(rule.error()).WithField("target_json").WithValue(indicator.target_json);
  if (Status valid = Validate(rule.value()); !valid.ok()) return Error(valid.error()).WithField("target_json");
  IndicatorRecord canonical = indicator;
  canonical.target_json = io::TargetRuleText(rule.value());
  return canonical;
}

Status ValidateOutcome(const OutcomeRecord& o) {
  return Validate(o);  // core/indicator_record.hpp
}

}  // namespace

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
      std::vector<int> updated;
      s << sql::kImportOutcome, use(value), use(id), use(period), into(updated), now;
      if (updated.empty()) s << sql::kInsertOutcome, use(id), use(period), use(value), now;
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

namespace kplan::store {
namespace {

// The indicator's columns as bound to kCreateIndicator and kUpdateIndicatorRecord.
struct IndicatorRow {
  Poco::Int64 unit = 0;
  Nullable<Poco::Int64> goal;
  std::string name, measure;
  Nullable<std::string> target;
};

// Resolves the unit and checks the goal and that the name is free in the unit.
Result<IndicatorRow> Resolve(Session& s, const IndicatorRecord& i) {
  NameResolver names(s);
  auto unit = names.Unit(i.unit_code);
  if (!unit) return names.UnknownUnit(i.unit_code).WithField("unit_code");
  IndicatorRow row;
  row.unit = *unit;
  if (i.goal_id) {
    Poco::Int64 goal = *i.goal_id;
    std::vector<Poco::Int64> found;
    s << sql::kGoalExists, use(goal), into(found), now;
    if (found.empty()) {
      return Invalid("goal_id", "målet " + std::to_string(goal) + " finns inte",
                     "the goal " + std::to_string(goal) + " does not exist", "goal_exists")
          .WithValue(std::to_string(goal));
    }
    row.goal = goal;
  }
  row.name = i.name;
  row.measure = i.unit;
  if (!i.target_json.empty()) row.target = i.target_json;
  std::vector<Poco::Int64> same;
  s << sql::kFindIndicator, use(row.unit), use(row.name), into(same), now;
  if (!same.empty() && same[0] != i.id) {
    return Error(ErrorCode::kConflict,
                 i.unit_code + " har redan en indikator \"" + i.name + "\"",
                 i.unit_code + " already has an indicator \"" + i.name + "\"")
        .WithField("name")
        .WithValue(i.name)
        .WithRule("unique");
  }
  return row;
}

}  // namespace

Result<std::vector<IndicatorRecord>> PocoStore::ListIndicators(std::int64_t unit_id) {
  return Reading<std::vector<IndicatorRecord>>(
      Get(), "list indicators", [&](Session& s) -> Result<std::vector<IndicatorRecord>> {
        Statement select(s);
        Poco::Int64 unit = unit_id;
        select << sql::kListIndicators, use(unit), now;
        return ReadIndicators(select);
      });
}

Result<IndicatorRecord> PocoStore::GetIndicator(std::int64_t id) {
  return Reading<IndicatorRecord>(Get(), "get indicator", [&](Session& s) -> Result<IndicatorRecord> {
    auto found = IndicatorById(s, id);
    if (!found) return NotFound(kWhatSv, kWhatEn, id);
    return std::move(*found);
  });
}

Result<IndicatorRecord> PocoStore::CreateIndicator(const IndicatorRecord& indicator,
                                                   std::string_view actor) {
  Result<IndicatorRecord> valid = ValidateIndicator(indicator);
  if (!valid.ok()) return valid.error();
  IndicatorRecord input = valid.value();
  input.id = 0;
  return Writing<IndicatorRecord>("create indicator", [&](Session& s) -> Result<IndicatorRecord> {
    Result<IndicatorRow> r = Resolve(s, input);
    if (!r.ok()) return r.error();
    IndicatorRow& row = r.value();
    Poco::Int64 id = 0;
    s << sql::kCreateIndicator, use(row.unit), use(row.goal), use(row.name), use(row.measure),
        use(row.target), into(id), now;
    IndicatorRecord after = *IndicatorById(s, id);
    AppendAudit(s, actor, "create", "indicator", std::to_string(id), "", AuditText(after));
    return after;
  });
}

Result<IndicatorRecord> PocoStore::UpdateIndicator(const IndicatorRecord& indicator,
                                                   std::string_view actor) {
  Result<IndicatorRecord> valid = ValidateIndicator(indicator);
  if (!valid.ok()) return valid.error();
  const IndicatorRecord& input = valid.value();
  return Writing<IndicatorRecord>("update indicator", [&](Session& s) -> Result<IndicatorRecord> {
    std::optional<IndicatorRecord> before = IndicatorById(s, input.id);
    if (Status v = CheckVersion(before, input.id, input.version, kWhatSv, kWhatEn); !v.ok()) {
      return v.error();
    }
    Result<IndicatorRow> r = Resolve(s, input);
    if (!r.ok()) return r.error();
    IndicatorRow& row = r.value();
    Poco::Int64 id = input.id;
    int version = input.version;
    std::vector<int> updated;
    s << sql::kUpdateIndicatorRecord, use(row.unit), use(row.goal), use(row.name),
        use(row.measure), use(row.target), use(id), use(version), into(updated), now;
    if (updated.empty()) {
      return StaleOrMissing(s, "indicator", input.id, input.version, kWhatSv, kWhatEn);
    }
    IndicatorRecord after = *IndicatorById(s, input.id);
    AppendAudit(s, actor, "update", "indicator", std::to_string(input.id), AuditText(*before),
                AuditText(after));
    return after;
  });
}

Status PocoStore::DeleteIndicator(std::int64_t id, int version, std::string_view actor) {
  return WritingStatus("delete indicator", [&](Session& s) -> Status {
    std::optional<IndicatorRecord> before = IndicatorById(s, id);
    if (Status v = CheckVersion(before, id, version, kWhatSv, kWhatEn); !v.ok()) return v;
    Poco::Int64 key = id;
    int quoted = version;
    // The outcomes go with it, and into the log's before.
    Statement select(s);
    select << sql::kListOutcomes, use(key), now;
    Json outcomes = Json::array();
    for (const OutcomeRecord& o : ReadOutcomes(select)) outcomes.push_back(ToJson(o));
    std::vector<Poco::Int64> deleted;
    s << sql::kDeleteIndicatorOutcomes, use(key), now;
    s << sql::kDeleteIndicator, use(key), use(quoted), into(deleted), now;
    if (deleted.empty()) return StaleOrMissing(s, "indicator", id, version, kWhatSv, kWhatEn);
    Json gone = ToJson(*before);
    gone["outcomes"] = outcomes;
    AppendAudit(s, actor, "delete", "indicator", std::to_string(id), DumpJson(gone), "");
    return Ok();
  });
}

Result<std::vector<OutcomeRecord>> PocoStore::ListOutcomes(std::int64_t indicator_id) {
  return Reading<std::vector<OutcomeRecord>>(
      Get(), "list outcomes", [&](Session& s) -> Result<std::vector<OutcomeRecord>> {
        if (!IndicatorById(s, indicator_id)) return NotFound(kWhatSv, kWhatEn, indicator_id);
        Statement select(s);
        Poco::Int64 key = indicator_id;
        select << sql::kListOutcomes, use(key), now;
        return ReadOutcomes(select);
      });
}

Result<OutcomeRecord> PocoStore::SaveOutcome(const OutcomeRecord& outcome, std::string_view actor) {
  if (Status valid = ValidateOutcome(outcome); !valid.ok()) return valid.error();
  const std::string name_sv = "utfallet " + outcome.period + " för indikatorn " +
                              std::to_string(outcome.indicator_id);
  const std::string name_en = "the outcome " + outcome.period + " of indicator " +
                              std::to_string(outcome.indicator_id);
  return Writing<OutcomeRecord>("save outcome", [&](Session& s) -> Result<OutcomeRecord> {
    if (!IndicatorById(s, outcome.indicator_id)) {
      return NotFound(kWhatSv, kWhatEn, outcome.indicator_id);
    }
    std::optional<OutcomeRecord> before = OutcomeOf(s, outcome.indicator_id, outcome.period);
    Poco::Int64 indicator = outcome.indicator_id;
    std::string period = outcome.period, comment = outcome.comment;
    Nullable<double> value = outcome.value ? Nullable<double>(*outcome.value) : Nullable<double>();
    std::string column = AssessmentToColumn(outcome.manual_assessment);
    Nullable<std::string> assessment =
        column.empty() ? Nullable<std::string>() : Nullable<std::string>(column);
    if (outcome.version == 0) {
      if (before) return StaleNamed(name_sv, name_en, 0, before->version);
      s << sql::kCreateOutcome, use(indicator), use(period), use(value), use(assessment),
          use(comment), now;
    } else {
      if (!before) return NotFoundNamed(name_sv, name_en);
      if (before->version != outcome.version) {
        return StaleNamed(name_sv, name_en, outcome.version, before->version);
      }
      int version = outcome.version;
      std::vector<int> updated;
      s << sql::kUpdateOutcome, use(value), use(assessment), use(comment), use(indicator),
          use(period), use(version), into(updated), now;
      if (updated.empty()) return StaleNamed(name_sv, name_en, outcome.version, outcome.version + 1);
    }
    OutcomeRecord after = *OutcomeOf(s, outcome.indicator_id, outcome.period);
    AppendAudit(s, actor, before ? "update" : "create", "indicator_outcome",
                std::to_string(outcome.indicator_id) + ":" + outcome.period,
                before ? AuditText(*before) : "", AuditText(after));
    return after;
  });
}

}  // namespace kplan::store
