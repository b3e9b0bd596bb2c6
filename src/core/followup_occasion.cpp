#include "kplan/core/followup_occasion.hpp"

#include <algorithm>

#include "kplan/core/field_rules.hpp"

namespace kplan {
namespace {

struct KindNames {
  OccasionKind kind;
  std::string_view key;
  std::string_view label;
  std::string_view months;
  std::string_view suffix;  // of the period: "-T1" ...
  int last_month;
};

constexpr KindNames kKinds[] = {
    {OccasionKind::kTertial1, "delar_t1", "Delårsrapport april", "januari–april", "-T1", 4},
    {OccasionKind::kTertial2, "delar_t2", "Delårsrapport augusti", "januari–augusti", "-T2", 8},
    {OccasionKind::kHalfYear, "delar_h1", "Delårsrapport halvår", "januari–juni", "-H1", 6},
    {OccasionKind::kYear, "arsanalys", "Årsanalys", "januari–december", "", 12},
};

const KindNames& NamesOf(OccasionKind kind) {
  for (const KindNames& k : kKinds) {
    if (k.kind == kind) return k;
  }
  return kKinds[3];
}

int DaysInMonth(int year, int month) {
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

// Days since 1970-01-01 (H. Hinnant's days_from_civil).
long DayNumber(const CalendarDate& d) {
  const int y = d.year - (d.month <= 2 ? 1 : 0);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153L * (d.month + (d.month > 2 ? -3 : 9)) + 2) / 5 + d.day - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

}  // namespace

std::string_view OccasionKindKey(OccasionKind kind) { return NamesOf(kind).key; }
std::string_view OccasionKindLabel(OccasionKind kind) { return NamesOf(kind).label; }
std::string_view OccasionMonths(OccasionKind kind) { return NamesOf(kind).months; }

std::optional<OccasionKind> ParseOccasionKindKey(std::string_view key) {
  for (const KindNames& k : kKinds) {
    if (k.key == key) return k.kind;
  }
  return std::nullopt;
}

std::string OccasionPeriod(OccasionKind kind, int year) {
  return std::to_string(year) + std::string(NamesOf(kind).suffix);
}

CalendarDate OccasionPeriodEnd(OccasionKind kind, int year) {
  const int month = NamesOf(kind).last_month;
  return {year, month, DaysInMonth(year, month)};
}

std::string_view OccasionStatusKey(OccasionStatus status) {
  switch (status) {
    case OccasionStatus::kNotStarted: return "ej_paborjad";
    case OccasionStatus::kInProgress: return "pagar";
    case OccasionStatus::kSubmitted: return "inlamnad";
  }
  return "ej_paborjad";
}

std::string_view OccasionStatusLabel(OccasionStatus status) {
  switch (status) {
    case OccasionStatus::kNotStarted: return "Ej påbörjad";
    case OccasionStatus::kInProgress: return "Pågår";
    case OccasionStatus::kSubmitted: return "Inlämnad";
  }
  return "Ej påbörjad";
}

OccasionStatus OccasionStatusOf(bool submitted, bool outcomes_recorded) {
  if (submitted) return OccasionStatus::kSubmitted;
  return outcomes_recorded ? OccasionStatus::kInProgress : OccasionStatus::kNotStarted;
}

Status ValidateOccasionDeadline(OccasionKind kind, int year, const CalendarDate& deadline) {
  if (!IsValidDate(deadline)) {
    return FieldRuleError("deadline", "date", "sista dagen finns inte", "the deadline does not exist")
        .WithValue(FormatIsoDate(deadline));
  }
  const CalendarDate end = OccasionPeriodEnd(kind, year);
  if (deadline < end) {
    return FieldRuleError("deadline", "deadline_before_period",
                          "sista dagen för " + std::string(OccasionKindLabel(kind)) + " " + std::to_string(year) +
                              " kan inte ligga före periodens slut, " + FormatIsoDate(end),
                          "the deadline cannot lie before the end of the period, " + FormatIsoDate(end))
        .WithValue(FormatIsoDate(deadline));
  }
  const int last_year = year + kOccasionDeadlineYearsAfter;
  if (deadline.year > last_year) {
    return FieldRuleError("deadline", "deadline_too_late",
                          "sista dagen kan inte ligga efter utgången av " + std::to_string(last_year),
                          "the deadline cannot lie after the end of " + std::to_string(last_year))
        .WithValue(FormatIsoDate(deadline));
  }
  return Ok();
}

Status CheckOccasionOpen(const FollowupOccasion& occasion) {
  if (!occasion.submitted()) return Ok();
  return Error(ErrorCode::kConflict,
               std::string(OccasionKindLabel(occasion.kind)) + " " + std::to_string(occasion.year) +
                   " lämnades in " + occasion.submitted_at +
                   " och är låst: det inlämnade dokumentet ändras aldrig",
               std::string(OccasionKindKey(occasion.kind)) + " " + std::to_string(occasion.year) +
                   " was submitted " + occasion.submitted_at + " and is frozen: its document never changes")
      .WithRule("occasion_frozen")
      .WithField("submitted_at");
}

int DaysBetween(const CalendarDate& from, const CalendarDate& to) {
  return static_cast<int>(DayNumber(to) - DayNumber(from));
}

bool IsOccasionDue(const FollowupOccasion& occasion, const CalendarDate& today) {
  return !occasion.submitted() && DaysBetween(today, occasion.deadline) <= kOccasionDueSoonDays;
}

std::vector<UnitReporting> ReportingByUnit(const std::vector<std::string>& units,
                                           const std::vector<FollowupOccasion>& occasions) {
  std::vector<UnitReporting> out;
  for (OccasionKind kind : kOccasionKinds) {
    std::optional<CalendarDate> earliest;
    for (const FollowupOccasion& o : occasions) {
      if (o.kind == kind && (!earliest || o.deadline < *earliest)) earliest = o.deadline;
    }
    if (!earliest) continue;
    for (const std::string& unit : units) {
      UnitReporting r{unit, kind, *earliest, false, OccasionStatus::kNotStarted};
      for (const FollowupOccasion& o : occasions) {
        if (o.kind != kind || o.unit_code != unit) continue;
        r.has_occasion = true;
        r.deadline = o.deadline;
        r.status = o.status();
      }
      out.push_back(r);
    }
  }
  std::stable_sort(out.begin(), out.end(), [&](const UnitReporting& a, const UnitReporting& b) {
    auto pos = [&](const std::string& u) { return std::find(units.begin(), units.end(), u) - units.begin(); };
    return pos(a.unit_code) < pos(b.unit_code);
  });
  return out;
}

}  // namespace kplan
