#pragma once
// Uppföljningstillfällen: the occasions at which a plan year is followed up
// (seed 000: "planen ska följas upp av nämnden i samband med delårsrapporter
// och årsanalys"). Each occasion gathers one outcome period of the plan year
// (indicator_record.hpp's periods), has a deadline, and is frozen when it is
// submitted: its document is kept as it was handed in.
//
//   kind        period      label
//   tertial 1   2027-T1     Delårsrapport april    (januari–april)
//   tertial 2   2027-T2     Delårsrapport augusti  (januari–augusti)
//   half year   2027-H1     Delårsrapport halvår   (januari–juni)
//   year        2027        Årsanalys              (januari–december)
//
// Status: ej påbörjad (nothing recorded for its period yet) → pågår
// (outcomes recorded for the period) → inlämnad (submitted; frozen).

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kplan/core/calendar_date.hpp"
#include "kplan/core/error.hpp"

namespace kplan {

enum class OccasionKind { kTertial1, kTertial2, kHalfYear, kYear };

inline constexpr OccasionKind kOccasionKinds[] = {OccasionKind::kTertial1, OccasionKind::kTertial2,
                                                  OccasionKind::kHalfYear, OccasionKind::kYear};

// Stable keys for storage and JSON: "delar_t1", "delar_t2", "delar_h1", "arsanalys".
std::string_view OccasionKindKey(OccasionKind kind);
std::optional<OccasionKind> ParseOccasionKindKey(std::string_view key);
// "Delårsrapport april", "Delårsrapport augusti", "Delårsrapport halvår", "Årsanalys".
std::string_view OccasionKindLabel(OccasionKind kind);
// The months the period covers: "januari–april", ..., "januari–december".
std::string_view OccasionMonths(OccasionKind kind);
// The outcome period the occasion gathers: "2027-T1", "2027-T2", "2027-H1", "2027".
std::string OccasionPeriod(OccasionKind kind, int year);
// The last day of that period: 2027-04-30, 2027-08-31, 2027-06-30, 2027-12-31.
CalendarDate OccasionPeriodEnd(OccasionKind kind, int year);

enum class OccasionStatus { kNotStarted, kInProgress, kSubmitted };

// "ej_paborjad", "pagar", "inlamnad"; labels "Ej påbörjad", "Pågår", "Inlämnad".
std::string_view OccasionStatusKey(OccasionStatus status);
std::string_view OccasionStatusLabel(OccasionStatus status);
// Inlämnad once submitted; otherwise pågår when any outcome is recorded for
// the occasion's period, else ej påbörjad.
OccasionStatus OccasionStatusOf(bool submitted, bool outcomes_recorded);

// The latest deadline allowed: the end of the year after the plan year (the
// årsanalys of 2027 is handed in early 2028).
inline constexpr int kOccasionDeadlineYearsAfter = 1;
// "Near": a deadline at most this many days ahead (or already past) is shown
// on Översikt to hr while the occasion is not submitted.
inline constexpr int kOccasionDueSoonDays = 14;

// An occasion of a plan year.
struct FollowupOccasion {
  std::int64_t id = 0;
  std::int64_t plan_year_id = 0;
  std::string unit_code;  // the plan year's unit (read only)
  int year = 0;           // the plan year's year (read only)
  OccasionKind kind = OccasionKind::kYear;
  CalendarDate deadline;
  std::string submitted_at;  // ISO 8601 UTC; empty until submitted
  std::string submitted_by;
  bool outcomes_recorded = false;  // read only: anything recorded for the period
  int version = 1;

  bool submitted() const { return !submitted_at.empty(); }
  OccasionStatus status() const { return OccasionStatusOf(submitted(), outcomes_recorded); }
  std::string period() const { return OccasionPeriod(kind, year); }
};

// The deadline of an occasion of plan year `year`: a real date ("date"), not
// before the end of the period it gathers ("deadline_before_period"), and not
// after the end of year + kOccasionDeadlineYearsAfter ("deadline_too_late").
// Field "deadline".
Status ValidateOccasionDeadline(OccasionKind kind, int year, const CalendarDate& deadline);

// A submitted occasion is frozen: it is not edited, deleted or submitted
// again (kConflict, rule "occasion_frozen", field "submitted_at").
Status CheckOccasionOpen(const FollowupOccasion& occasion);

// Days from `from` to `to` (negative when `to` is earlier).
int DaysBetween(const CalendarDate& from, const CalendarDate& to);

// Due on `today`: not submitted and its deadline at most kOccasionDueSoonDays
// ahead, or past.
bool IsOccasionDue(const FollowupOccasion& occasion, const CalendarDate& today);

// What a plan unit has to report, across the plan units of a year: every
// kind some unit has an occasion of is asked of every unit (the kommun's
// delårsrapport is every förvaltning's), with the earliest deadline set for
// it. A unit that has no occasion of the kind has not reported either.
struct UnitReporting {
  std::string unit_code;
  OccasionKind kind = OccasionKind::kYear;
  CalendarDate deadline;       // the unit's own, or the earliest one of the kind
  bool has_occasion = false;   // the unit's plan year has an occasion of the kind
  OccasionStatus status = OccasionStatus::kNotStarted;
};
// One row per unit and kind, units in the order given, kinds in
// kOccasionKinds' order. `units`: the plan units of the year; `occasions`:
// theirs (unit_code says whose).
std::vector<UnitReporting> ReportingByUnit(const std::vector<std::string>& units,
                                           const std::vector<FollowupOccasion>& occasions);

}  // namespace kplan
