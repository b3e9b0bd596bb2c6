// Uppföljning: indicators per unit and their outcomes per period; imported
// in batches (SaveIndicatorOutcomes) and edited one at a time.

#include <Poco/Data/RecordSet.h>
#include <Poco/Nullable.h>

#include <cctype>
#include <algorithm>
#include <cmath>
#include <set>

#include "editing.hpp"
#include "kplan/core/followup.hpp"
#include "kplan/core/indicator_binding.hpp"
#include "kplan/io/target_rule_json.hpp"
#include "poco_store.hpp"
#include "record_json.hpp"
#include "resolver.hpp"
#include "sql.hpp"
#include "versioned_record.hpp"
#include "year_span_sql.hpp"

namespace kplan::store {
namespace {

// Statements of the import that name an indicator by unit and name.
constexpr const char* kFindIndicator = "SELECT id FROM indicator WHERE org_unit_id = $1 AND name = $2";
constexpr const char* kInsertIndicator =
    "INSERT INTO indicator (org_unit_id, name, unit, target_json) VALUES ($1, $2, $3, $4)"
    " RETURNING id";
constexpr const char* kUpdateIndicator = "UPDATE indicator SET unit = $1, version = version + 1 WHERE id = $2";
constexpr const char* kIndicatorKeyFigure = "SELECT key_figure FROM indicator WHERE id = $1";
constexpr const char* kIndicatorTarget = "SELECT COALESCE(target_json, '') FROM indicator WHERE id = $1";
constexpr const char* kSetIndicatorTarget = "UPDATE indicator SET target_json = $1 WHERE id = $2";
// Before an indicator's target changes, the periods that follow it keep the
// old one (OutcomeRecord::target_json).
constexpr const char* kPinTarget =
    "UPDATE indicator_outcome SET target_json = $1 WHERE indicator_id = $2 AND target_json IS NULL";
constexpr const char* kFindGoal =
    "SELECT id, year, through_year FROM goal WHERE org_unit_id = $1 AND title = $2 ORDER BY year DESC, id";
constexpr const char* kInsertGoal =
    "INSERT INTO goal (org_unit_id, title, year, through_year) VALUES ($1, $2, $3, $4) RETURNING id";
constexpr const char* kWidenGoal =
    "UPDATE goal SET year = $1, through_year = $2, version = version + 1 WHERE id = $3";
constexpr const char* kLinkGoal = "UPDATE indicator SET goal_id = $1 WHERE id = $2";
// An imported period: what the table says replaces the stored value, and what
// it does not say (COALESCE of NULL) is kept.
constexpr const char* kImportOutcome =
    "UPDATE indicator_outcome SET value = $1, target_json = COALESCE($2, target_json),"
    " manual_assessment = CASE WHEN CAST($3 AS TEXT) IS NULL THEN manual_assessment WHEN $4 = '' THEN NULL ELSE $5 END,"
    " comment = COALESCE($6, comment), version = version + 1"
    " WHERE indicator_id = $7 AND period = $8 RETURNING version";
constexpr const char* kInsertOutcome =
    "INSERT INTO indicator_outcome (indicator_id, period, value, target_json, manual_assessment, comment)"
    " VALUES ($1, $2, $3, $4, $5, $6)";
// LoadIndicatorOutcomes' columns, in order: each period with its effective target.
constexpr const char* kLoadOutcomes =
    KPLAN_SQL_SUBTREE_OF_PARAM_1
    " SELECT u.code, i.name, i.unit, COALESCE(o.target_json, i.target_json, ''), COALESCE(o.period, ''),"
    " o.value, COALESCE(g.title, ''), COALESCE(o.manual_assessment, ''), COALESCE(o.comment, '')"
    " FROM indicator i JOIN org_unit u ON u.id = i.org_unit_id"
    " LEFT JOIN indicator_outcome o ON o.indicator_id = i.id LEFT JOIN goal g ON g.id = i.goal_id"
    " WHERE i.org_unit_id IN (SELECT id FROM sub) ORDER BY u.code, i.name, o.period";

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

// ReadOutcomes' columns, in order.
#define KPLAN_SQL_SELECT_OUTCOME                                                   \
  "SELECT indicator_id, period, value, COALESCE(manual_assessment, ''), comment,"  \
  " version, target_json FROM indicator_outcome"
constexpr const char* kListOutcomes =
    KPLAN_SQL_SELECT_OUTCOME " WHERE indicator_id = $1 ORDER BY period";
constexpr const char* kOutcomeOf =
    KPLAN_SQL_SELECT_OUTCOME " WHERE indicator_id = $1 AND period = $2";
#undef KPLAN_SQL_SELECT_OUTCOME
constexpr const char* kCreateOutcome =
    "INSERT INTO indicator_outcome (indicator_id, period, value, manual_assessment, comment, target_json)"
    " VALUES ($1, $2, $3, $4, $5, $6)";
constexpr const char* kUpdateOutcome =
    "UPDATE indicator_outcome SET value = $1, manual_assessment = $2, comment = $3, target_json = $4,"
    " version = version + 1 WHERE indicator_id = $5 AND period = $6 AND version = $7"
    " RETURNING version";

std::vector<OutcomeRecord> ReadOutcomes(Statement& select) {
  return ReadRows<OutcomeRecord>(select, [](RecordSet& rs, std::size_t row) {
    OutcomeRecord o;
    o.indicator_id = rs.value(0, row).convert<Poco::Int64>();
    o.period = rs.value(1, row).convert<std::string>();
    if (!rs.value(2, row).isEmpty()) o.value = rs.value(2, row).convert<double>();
    o.manual_assessment = AssessmentFromColumn(rs.value(3, row).convert<std::string>());
    o.comment = rs.value(4, row).convert<std::string>();
    o.version = rs.value(5, row).convert<int>();
    if (!rs.value(6, row).isEmpty()) o.target_json = rs.value(6, row).convert<std::string>();
    return o;
  });
}

std::optional<OutcomeRecord> OutcomeOf(Session& s, std::int64_t indicator_id,
                                       const std::string& period) {
  Statement select(s);
  Poco::Int64 key = indicator_id;
  std::string p = period;
  select << kOutcomeOf, use(key), use(p), now;
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
  canonical.comparison = NormalizeComparisons(indicator.comparison).value();  // valid: core checked it
  return canonical;
}

// The record with its own target in canonical form, or the error naming the field.
Result<OutcomeRecord> ValidateOutcome(const OutcomeRecord& o) {
  if (Status valid = Validate(o); !valid.ok()) return valid.error();  // core/indicator_record.hpp
  if (!o.target_json) return o;
  Result<TargetRule> rule = io::ParseTargetRuleText(*o.target_json);
  if (!rule.ok()) return Error(rule.error()).WithField("target").WithValue(*o.target_json);
  if (Status valid = Validate(rule.value()); !valid.ok()) return Error(valid.error()).WithField("target");
  OutcomeRecord canonical = o;
  canonical.target_json = io::TargetRuleText(rule.value());
  return canonical;
}

Nullable<std::string> NullableText(const std::optional<std::string>& text) {
  return text ? Nullable<std::string>(*text) : Nullable<std::string>();
}

// Sets the indicator's target, pinning the old one first on the periods that
// follow it (OutcomeRecord::target_json).
void ChangeIndicatorTarget(Session& s, Poco::Int64 id, const std::string& target) {
  std::string old;
  s << kIndicatorTarget, use(id), into(old), now;
  if (old == target) return;
  s << kPinTarget, use(old), use(id), now;
  Nullable<std::string> stored = target.empty() ? Nullable<std::string>() : Nullable<std::string>(target);
  s << kSetIndicatorTarget, use(stored), use(id), now;
}

// The goal titled `title` in the unit (the newest of that title), its plan
// years widened to the periods the table follows it up in; created for them
// when it is new.
Poco::Int64 GoalTitled(Session& s, Poco::Int64 unit, const std::string& title, const YearSpan& periods) {
  std::string t = title;
  Statement find(s);
  find << kFindGoal, use(unit), use(t), now;
  RecordSet rs(find);
  if (rs.rowCount() > 0) {
    Poco::Int64 id = rs.value(0, 0).convert<Poco::Int64>();
    YearSpan stored = ReadYearSpan(rs, 0, 1);
    YearSpan widened{std::min(stored.first, periods.first), std::max(LastYear(stored), LastYear(periods))};
    if (widened.first != stored.first || widened.last != LastYear(stored)) {
      YearColumns c = ToColumns(widened);
      s << kWidenGoal, use(c.year), use(c.through_year), use(id), now;
    }
    return id;
  }
  YearColumns c = ToColumns(periods);
  Poco::Int64 id = 0;
  s << kInsertGoal, use(unit), use(t), use(c.year), use(c.through_year), into(id), now;
  return id;
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
    if (!Validate(YearSpan{PeriodYear(o.period), std::nullopt}).ok()) {
      return bad("perioden " + o.period + " börjar inte med ett planår", "the period " + o.period +
                 " does not begin with a plan year", "period");
    }
    if (o.value && !std::isfinite(*o.value)) return bad("utfallet är inte ett tal", "the outcome is not a number", "value");
    if (!seen.insert({o.unit_code, o.indicator, o.period}).second) {
      return bad(o.indicator + " " + o.period + " förekommer två gånger",
                 o.indicator + " " + o.period + " appears twice", "period");
    }
  }
  // The indicator's own target: the one its latest period in the table states.
  std::map<std::pair<std::string, std::string>, const IndicatorOutcome*> latest;
  // A goal's plan years: those of the periods it is followed up in.
  std::map<std::pair<std::string, std::string>, YearSpan> goal_years;
  for (const IndicatorOutcome& o : outcomes) {
    const IndicatorOutcome*& l = latest[{o.unit_code, o.indicator}];
    if (!l || l->period < o.period) l = &o;
    if (o.goal.empty()) continue;
    const int year = PeriodYear(o.period);
    auto [span, added] = goal_years.try_emplace({o.unit_code, o.goal}, YearSpan{year, year});
    if (!added) span->second = YearSpan{std::min(span->second.first, year), std::max(*span->second.last, year)};
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
        const std::optional<std::string>& own = latest.at(key)->target_json;
        std::vector<Poco::Int64> found;
        s << kFindIndicator, use(unit_id), use(name), into(found), now;
        Poco::Int64 id = 0;
        if (found.empty()) {
          Nullable<std::string> target =
              own && !own->empty() ? Nullable<std::string>(*own) : Nullable<std::string>();
          s << kInsertIndicator, use(unit_id), use(name), use(measure), use(target), into(id), now;
        } else {
          id = found[0];
          std::string key_figure;
          s << kIndicatorKeyFigure, use(id), into(key_figure), now;
          if (const KeyFigureBinding* b = FindKeyFigureBinding(key_figure)) {
            return Error(TypedOutcomeRefused(*b)).WithField("indicator").WithValue(o.indicator);
          }
          s << kUpdateIndicator, use(measure), use(id), now;
          if (own) ChangeIndicatorTarget(s, id, *own);
        }
        if (!o.goal.empty()) {
          Poco::Int64 goal = GoalTitled(s, unit_id, o.goal, goal_years.at({o.unit_code, o.goal}));
          s << kLinkGoal, use(goal), use(id), now;
        }
        it = indicator_ids.emplace(key, id).first;
      }
      Poco::Int64 id = it->second;
      std::string period = o.period;
      Nullable<double> value = o.value ? Nullable<double>(*o.value) : Nullable<double>();
      Nullable<std::string> target = NullableText(o.target_json);
      std::optional<std::string> column;
      if (o.manual_assessment) column = AssessmentToColumn(*o.manual_assessment);
      Nullable<std::string> manual = NullableText(column), manual_is = manual, manual_to = manual;
      Nullable<std::string> comment = NullableText(o.comment);
      std::vector<int> updated;
      s << kImportOutcome, use(value), use(target), use(manual), use(manual_is), use(manual_to), use(comment),
          use(id), use(period), into(updated), now;
      if (updated.empty()) {
        Nullable<std::string> stored_manual =
            column && !column->empty() ? Nullable<std::string>(*column) : Nullable<std::string>();
        std::string stored_comment = o.comment.value_or("");
        s << kInsertOutcome, use(id), use(period), use(value), use(target), use(stored_manual),
            use(stored_comment), now;
      }
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
        std::vector<std::string> codes, names, measures, targets, periods, goals, manuals, comments;
        std::vector<Nullable<double>> values;
        s << kLoadOutcomes, use(unit), into(codes), into(names), into(measures), into(targets),
            into(periods), into(values), into(goals), into(manuals), into(comments), now;
        std::vector<IndicatorOutcome> out(codes.size());
        for (std::size_t i = 0; i < codes.size(); ++i) {
          out[i] = {codes[i], names[i], measures[i], targets[i], periods[i],
                    values[i].isNull() ? std::nullopt : std::optional<double>(values[i].value()),
                    goals[i], AssessmentFromColumn(manuals[i]), comments[i]};
        }
        return out;
      });
}

}  // namespace kplan::store

namespace kplan::store {
namespace {

// The indicator's columns as bound to IndicatorKind::kInsert and kUpdate.
struct IndicatorRow {
  Poco::Int64 unit = 0;
  Nullable<Poco::Int64> goal;
  std::string name, measure;
  Nullable<std::string> target;
  std::string key_figure, kolada_kpi, comparison;
};

// The indicator as a versioned record (versioned_record.hpp): its SQL beside
// the code that reads and binds the columns.
struct IndicatorKind {
  using Record = IndicatorRecord;
  using Row = IndicatorRow;
  static constexpr std::string_view kTable = "indicator";
  static constexpr std::string_view kWhatSv = "indikatorn";
  static constexpr std::string_view kWhatEn = "indicator";

// ReadRow's columns, in order.
#define KPLAN_SQL_SELECT_INDICATOR                                                 \
  "SELECT i.id, u.code, i.goal_id, i.name, i.unit, COALESCE(i.target_json, ''),"  \
  " i.version, i.key_figure, i.kolada_kpi, i.comparison"                          \
  " FROM indicator i JOIN org_unit u ON u.id = i.org_unit_id"
  static constexpr const char* kList =
      KPLAN_SQL_SUBTREE_OF_PARAM_1 " " KPLAN_SQL_SELECT_INDICATOR
      " WHERE i.org_unit_id IN (SELECT id FROM sub) ORDER BY u.code, i.name";
  static constexpr const char* kById = KPLAN_SQL_SELECT_INDICATOR " WHERE i.id = $1";
#undef KPLAN_SQL_SELECT_INDICATOR

  static IndicatorRecord ReadRow(RecordSet& rs, std::size_t row) {
    IndicatorRecord i;
    i.id = rs.value(0, row).convert<Poco::Int64>();
    i.unit_code = rs.value(1, row).convert<std::string>();
    if (!rs.value(2, row).isEmpty()) i.goal_id = rs.value(2, row).convert<Poco::Int64>();
    i.name = rs.value(3, row).convert<std::string>();
    i.unit = rs.value(4, row).convert<std::string>();
    i.target_json = rs.value(5, row).convert<std::string>();
    i.version = rs.value(6, row).convert<int>();
    i.key_figure = rs.value(7, row).convert<std::string>();
    i.kolada_kpi = rs.value(8, row).convert<std::string>();
    i.comparison = rs.value(9, row).convert<std::string>();
    return i;
  }

  // Bind's columns, in order.
  static constexpr const char* kInsert =
      "INSERT INTO indicator (org_unit_id, goal_id, name, unit, target_json, key_figure, kolada_kpi,"
      " comparison) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id";
  static constexpr const char* kUpdate =
      "UPDATE indicator SET org_unit_id = $1, goal_id = $2, name = $3, unit = $4,"
      " target_json = $5, key_figure = $6, kolada_kpi = $7, comparison = $8,"
      " version = version + 1 WHERE id = $9 AND version = $10"
      " RETURNING version";
  static constexpr const char* kDelete =
      "DELETE FROM indicator WHERE id = $1 AND version = $2 RETURNING id";

  static void Bind(Statement& statement, IndicatorRow& row) {
    statement, use(row.unit), use(row.goal), use(row.name), use(row.measure), use(row.target),
        use(row.key_figure), use(row.kolada_kpi), use(row.comparison);
  }

  // Resolves the unit and checks the goal and that the name is free in the unit.
  static Result<IndicatorRow> Resolve(Session& s, NameResolver& names, const IndicatorRecord& i) {
    auto unit = names.Unit(i.unit_code);
    if (!unit) return names.UnknownUnit(i.unit_code).WithField("unit_code");
    IndicatorRow row;
    row.unit = *unit;
    if (i.goal_id) {
      Poco::Int64 goal = *i.goal_id;
      std::vector<Poco::Int64> found;
      s << "SELECT id FROM goal WHERE id = $1", use(goal), into(found), now;
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
    row.key_figure = i.key_figure;
    row.kolada_kpi = i.kolada_kpi;
    row.comparison = i.comparison;
    std::vector<Poco::Int64> same;
    s << kFindIndicator, use(row.unit), use(row.name), into(same), now;
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

  // The record with its target in canonical form (ValidateIndicator).
  static Result<IndicatorRecord> Validate(const IndicatorRecord& i) { return ValidateIndicator(i); }

  // A changed target: the periods that followed the old one keep it.
  static void AfterUpdate(Session& s, const IndicatorRecord& before, const IndicatorRecord& after) {
    if (before.target_json == after.target_json) return;
    Poco::Int64 id = after.id;
    std::string old = before.target_json;
    s << kPinTarget, use(old), use(id), now;
  }

  // The outcomes go with the indicator, and into the log's before.
  static Result<std::string> BeforeDelete(Session& s, const IndicatorRecord& before) {
    Poco::Int64 key = before.id;
    Statement select(s);
    select << kListOutcomes, use(key), now;
    Json outcomes = Json::array();
    for (const OutcomeRecord& o : ReadOutcomes(select)) outcomes.push_back(ToJson(o));
    s << "DELETE FROM indicator_outcome WHERE indicator_id = $1", use(key), now;
    Json gone = ToJson(before);
    gone["outcomes"] = outcomes;
    return DumpJson(gone);
  }
};

// The value an edit of a period writes: the one given, or for an indicator
// fed by the register the computed one, which a typed value may only repeat.
Result<std::optional<double>> OutcomeValue(const IndicatorRecord& indicator,
                                           const std::optional<OutcomeRecord>& before,
                                           const std::optional<double>& typed) {
  const KeyFigureBinding* binding = FindKeyFigureBinding(indicator.key_figure);
  if (!binding) return typed;
  const std::optional<double> computed = before ? before->value : std::nullopt;
  if (typed && (!computed || std::fabs(*typed - *computed) > 1e-9 * std::max(1.0, std::fabs(*computed)))) {
    return TypedOutcomeRefused(*binding);
  }
  return computed;
}

// The outcomes' indicator: kNotFound when it does not exist.
Status IndicatorExists(Session& s, std::int64_t id) {
  if (RecordById<IndicatorKind>(s, id)) return Ok();
  return NotFound(IndicatorKind::kWhatSv, IndicatorKind::kWhatEn, id);
}

}  // namespace

Result<std::vector<IndicatorRecord>> PocoStore::ListIndicators(std::int64_t unit_id) {
  return ListRecords<IndicatorKind>(IndicatorKind::kList, Poco::Int64{unit_id});
}

Result<IndicatorRecord> PocoStore::GetIndicator(std::int64_t id) {
  return GetRecord<IndicatorKind>(id);
}

Result<IndicatorRecord> PocoStore::CreateIndicator(const IndicatorRecord& indicator,
                                                   std::string_view actor) {
  return CreateRecord<IndicatorKind>(indicator, actor);
}

Result<IndicatorRecord> PocoStore::UpdateIndicator(const IndicatorRecord& indicator,
                                                   std::string_view actor) {
  return UpdateRecord<IndicatorKind>(indicator, actor);
}

Status PocoStore::DeleteIndicator(std::int64_t id, int version, std::string_view actor) {
  return DeleteRecord<IndicatorKind>(id, version, actor);
}

Result<std::vector<OutcomeRecord>> PocoStore::ListOutcomes(std::int64_t indicator_id) {
  return Reading<std::vector<OutcomeRecord>>(
      Get(), "list outcomes", [&](Session& s) -> Result<std::vector<OutcomeRecord>> {
        if (Status v = IndicatorExists(s, indicator_id); !v.ok()) return v.error();
        Statement select(s);
        Poco::Int64 key = indicator_id;
        select << kListOutcomes, use(key), now;
        return ReadOutcomes(select);
      });
}

Result<OutcomeRecord> PocoStore::SaveOutcome(const OutcomeRecord& record, std::string_view actor) {
  Result<OutcomeRecord> valid = ValidateOutcome(record);
  if (!valid.ok()) return valid.error();
  const OutcomeRecord& outcome = valid.value();
  const std::string name_sv = "utfallet " + outcome.period + " för indikatorn " +
                              std::to_string(outcome.indicator_id);
  const std::string name_en = "the outcome " + outcome.period + " of indicator " +
                              std::to_string(outcome.indicator_id);
  return Writing<OutcomeRecord>("save outcome", [&](Session& s) -> Result<OutcomeRecord> {
    std::optional<IndicatorRecord> bound = RecordById<IndicatorKind>(s, outcome.indicator_id);
    if (!bound) return NotFound(IndicatorKind::kWhatSv, IndicatorKind::kWhatEn, outcome.indicator_id);
    std::optional<OutcomeRecord> before = OutcomeOf(s, outcome.indicator_id, outcome.period);
    Result<std::optional<double>> kept = OutcomeValue(*bound, before, outcome.value);
    if (!kept.ok()) return kept.error();
    Poco::Int64 indicator = outcome.indicator_id;
    std::string period = outcome.period, comment = outcome.comment;
    Nullable<double> value = kept.value() ? Nullable<double>(*kept.value()) : Nullable<double>();
    std::string column = AssessmentToColumn(outcome.manual_assessment);
    Nullable<std::string> assessment =
        column.empty() ? Nullable<std::string>() : Nullable<std::string>(column);
    Nullable<std::string> target = NullableText(outcome.target_json);
    if (outcome.version == 0) {
      if (before) return StaleNamed(name_sv, name_en, 0, before->version);
      s << kCreateOutcome, use(indicator), use(period), use(value), use(assessment),
          use(comment), use(target), now;
    } else {
      if (!before) return NotFoundNamed(name_sv, name_en);
      if (before->version != outcome.version) {
        return StaleNamed(name_sv, name_en, outcome.version, before->version);
      }
      int version = outcome.version;
      std::vector<int> updated;
      s << kUpdateOutcome, use(value), use(assessment), use(comment), use(target), use(indicator),
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

Result<int> PocoStore::SaveComputedOutcomes(std::int64_t indicator_id,
                                            const std::vector<ComputedOutcome>& outcomes,
                                            std::string_view actor) {
  for (const ComputedOutcome& c : outcomes) {
    OutcomeRecord probe;
    probe.period = c.period;
    probe.value = c.value;
    if (Status v = Validate(probe); !v.ok()) return v.error();
  }
  return Writing<int>("save computed outcomes", [&](Session& s) -> Result<int> {
    std::optional<IndicatorRecord> indicator = RecordById<IndicatorKind>(s, indicator_id);
    if (!indicator) return NotFound(IndicatorKind::kWhatSv, IndicatorKind::kWhatEn, indicator_id);
    if (!FindKeyFigureBinding(indicator->key_figure)) {
      return Error(ErrorCode::kInvalidInput, "indikatorn är inte kopplad till något nyckeltal",
                   "the indicator is not bound to a key figure")
          .WithField("key_figure")
          .WithRule("key_figure");
    }
    Json changed = Json::array();
    for (const ComputedOutcome& c : outcomes) {
      std::optional<OutcomeRecord> before = OutcomeOf(s, indicator_id, c.period);
      if (before && before->value == c.value) continue;
      Poco::Int64 id = indicator_id;
      std::string period = c.period;
      Nullable<double> value = c.value ? Nullable<double>(*c.value) : Nullable<double>();
      if (before) {
        s << "UPDATE indicator_outcome SET value = $1, version = version + 1 WHERE indicator_id = $2 AND period = $3",
            use(value), use(id), use(period), now;
      } else {
        std::string empty;
        Nullable<std::string> no_assessment, no_target;
        s << kCreateOutcome, use(id), use(period), use(value), use(no_assessment), use(empty), use(no_target),
            now;
      }
      changed.push_back({{"period", c.period}, {"value", c.value ? Json(*c.value) : Json(nullptr)}});
    }
    if (!changed.empty()) {
      AppendAudit(s, actor, "computed", "indicator_outcome", std::to_string(indicator_id), "",
                  DumpJson(Json{{"key_figure", indicator->key_figure}, {"outcomes", changed}}));
    }
    return static_cast<int>(changed.size());
  });
}

}  // namespace kplan::store
