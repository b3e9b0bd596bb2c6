#pragma once
// Reading indicator outcomes (`kplan import indicators`): the follow-up table
// of seed 000, one row per indicator and period.
//
//   Mål;Indikator;Period;Utfall;Måttenhet;Målvärde;Bedömning;Kommentar
//   Hälsa;Sjukfrånvaro;2023;8,46 %;%;<= 8,55;Grön;Målet nått med god marginal
//   Attraktiv arbetsgivare;eNPS;2023-T2;+18;;≥ 20;;
//
// Columns (IndicatorColumns()): indicator, period and outcome required; goal,
// unit ("Måttenhet"; in this kind "Enhet" means the unit of measurement),
// target, assessment and comment optional.
// Value rules [rule key]:
//   indicator  non-empty [required]
//   period     a year "2023", a tertial "2023-T2", a quarter "2023-K1" (also
//              Q1), a half year "2023-H1", a month "2023-12", or a day
//              "2023-12-31"; written with '-' or a space [period]
//   outcome    a number; a "%" is stripped (and becomes the unit when no unit
//              is given), a leading "+" and the real minus sign accepted;
//              blank means no outcome yet ("Inget mättal finns") [number]
//   target     "≥ 7", ">= 7", "minst 7" (at least); "≤ 8,55", "<= 8,55", "högst
//              8,55" (at most); "20-23", "20–23", "mellan 20 och 23" (between);
//              "= 100", "lika med 100" (equals); "%" ignored; decimal comma or
//              point. A bare number or "> 7" is refused, since it does not say
//              which way the target points [target]
//   assessment Grön, Röd, Ej bedömd (or green, red, not_assessed) [assessment];
//              one that differs from what the target and outcome give is a
//              manual assessment and needs a comment [assessment_comment]
//   one row per goal, indicator and period [unique]

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kplan/core/error.hpp"
#include "kplan/core/followup.hpp"
#include "kplan/core/indicator_outcome.hpp"
#include "kplan/io/columns.hpp"
#include "kplan/io/csv.hpp"
#include "kplan/io/located.hpp"
#include "kplan/io/row_errors.hpp"
#include "kplan/io/table.hpp"

namespace kplan::io {

// An outcome as read: the core record the importer saves (record.unit_code
// empty, the importer's unit; record.period normalised: "2023", "2023-T2",
// "2023-K1", "2023-H1", "2023-12", "2023-12-31"; record.unit as written, or
// "%" when the outcome carried it; record.target_json the period's target
// rule, empty for none and unset without a target column; record.goal the
// Mål; record.manual_assessment "" or the manual one (ManualFromStated) and
// record.comment the Kommentar, both unset without their column), its line,
// and what the file says beyond it. Every kept row passed
// core's Validate of the indicator (name and unit lengths) and of the target
// rule (core/indicator_record.hpp) [required, max_length, target_rule].
struct IndicatorRow : Located<IndicatorOutcome> {
  std::string goal;
  int year = 0;        // the period's year
  TargetRule target;   // kNone when no target is given
  std::string target_text;  // as written
  std::optional<Assessment> assessment;
  std::string comment;
};

struct IndicatorReadResult {
  std::vector<IndicatorRow> rows;
  ColumnMapping columns;
  std::vector<Error> errors;
  std::size_t error_count = 0;

  bool ok() const { return error_count == 0; }
};

// A period in one of the forms above, normalised; nullopt otherwise.
std::optional<std::string> NormalizePeriod(std::string_view text);

// A target as written in a follow-up table; nullopt when it cannot be read
// (also for a blank text). Numbers in the dialect's decimal mark or, failing
// that, the other one.
std::optional<TargetRule> ParseTargetRule(std::string_view text, DecimalMark decimal);

Result<IndicatorReadResult> ReadIndicators(const Table& table, DecimalMark decimal,
                                           const ColumnOverrides& overrides,
                                           std::size_t error_limit = 100);

}  // namespace kplan::io
