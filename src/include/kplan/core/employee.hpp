#pragma once
// One row of an employee register extract, as the store keeps it: no name and
// no personnummer, only a pseudonymous id and the facts planning needs.

#include <optional>
#include <string>
#include <string_view>

#include "kplan/core/calendar_date.hpp"

namespace kplan {

enum class EmploymentForm {
  kPermanent,  // tillsvidareanställning (monthly paid)
  kTemporary,  // visstidsanställning (monthly paid)
  kHourly,     // timavlönad
};

enum class Gender { kWoman, kMan, kOther };

// Stable keys for storage and JSON: "tillsvidare", "visstid", "timavlonad";
// "K", "M", "X".
std::string_view EmploymentFormKey(EmploymentForm form);
std::optional<EmploymentForm> ParseEmploymentFormKey(std::string_view key);
std::string_view GenderKey(Gender gender);
std::optional<Gender> ParseGenderKey(std::string_view key);

struct EmployeeRecord {
  std::string employee_id;  // pseudonymous, stable across snapshots
  std::string unit_code;
  std::string category;     // local occupational category name
  std::string ssyk;         // SSYK 2012 code (4 digits), if known
  EmploymentForm form = EmploymentForm::kPermanent;
  int birth_year = 0;
  Gender gender = Gender::kOther;
  double fte_percent = 100;  // sysselsättningsgrad, 0–100
  CalendarDate start;
  std::optional<CalendarDate> end;  // last day of employment, if it ends
  std::optional<int> competence_level;  // position on the competence scale, lowest 0
  bool manager = false;             // first-line manager (chef med personalansvar)
  std::optional<bool> qualified;    // holds the formal qualification, if it applies
  double sick_hours = 0;
  double scheduled_hours = 0;
};

// Monthly-paid: tillsvidare or visstid (not timavlönad).
inline bool IsMonthlyPaid(const EmployeeRecord& e) { return e.form != EmploymentForm::kHourly; }

// Employed on the given day: started on or before it, not ended before it.
inline bool IsEmployedOn(const EmployeeRecord& e, const CalendarDate& day) {
  return e.start <= day && (!e.end || *e.end >= day);
}

}  // namespace kplan
