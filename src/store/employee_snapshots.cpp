// Employee register snapshots as stored: the fingerprint of an extract's
// records, and reading snapshots and their employees back.

#include <Poco/Data/RecordSet.h>
#include <Poco/Nullable.h>

#include <algorithm>
#include <cstdio>
#include <cstring>

#include "employee_register.hpp"
#include "poco_store.hpp"
#include "sql.hpp"

namespace kplan::store {

// FNV-1a over a canonical form of the records (text fields, then numbers by
// value): the same records give the same fingerprint whatever file format or
// encoding they came in.
std::string Fingerprint(const std::vector<EmployeeRecord>& employees) {
  std::uint64_t h = 1469598103934665603ULL;
  auto mix_bytes = [&](const void* data, std::size_t size) {
    const auto* p = static_cast<const unsigned char*>(data);
    for (std::size_t i = 0; i < size; ++i) {
      h ^= p[i];
      h *= 1099511628211ULL;
    }
  };
  auto mix = [&](std::string_view text) {
    mix_bytes(text.data(), text.size());
    mix_bytes("\x1f", 1);  // field separator
  };
  auto mix_number = [&](double v) {
    if (v == 0) v = 0;  // -0 and 0 are the same value
    std::uint64_t bits = 0;
    std::memcpy(&bits, &v, sizeof bits);
    mix_bytes(&bits, sizeof bits);
  };
  auto mix_date = [&](const std::optional<CalendarDate>& d) {
    mix_number(d ? d->year * 10000.0 + d->month * 100.0 + d->day : -1.0);
  };
  for (const EmployeeRecord& e : employees) {
    mix(e.employee_id);
    mix(e.unit_code);
    mix(e.category);
    mix(e.ssyk);
    mix(EmploymentFormKey(e.form));
    mix(GenderKey(e.gender));
    mix_number(e.birth_year);
    mix_number(e.fte_percent);
    mix_date(e.start);
    mix_date(e.end);
    mix_number(e.competence_level ? *e.competence_level : -1);
    mix_number(e.manager ? 1 : 0);
    mix_number(e.qualified ? (*e.qualified ? 1 : 0) : -1);
    mix_number(e.sick_hours);
    mix_number(e.scheduled_hours);
  }
  char hex[24];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
  return hex;
}

// "YYYY-MM-DD" into a caller's buffer, as FormatIsoDate writes it but without
// allocating or going through printf (two dates a row). Years outside
// 0–9999 cannot come from a validated file; they take the general path.
std::string_view IsoDate(const CalendarDate& d, char (&buf)[16]) {
  if (d.year < 0 || d.year > 9999 || d.month < 0 || d.month > 99 || d.day < 0 || d.day > 99) {
    int n = std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return {buf, static_cast<std::size_t>(std::min(n, 15))};
  }
  auto two = [](char* at, int v) {
    at[0] = static_cast<char>('0' + v / 10);
    at[1] = static_cast<char>('0' + v % 10);
  };
  two(buf, d.year / 100);
  two(buf + 2, d.year % 100);
  buf[4] = '-';
  two(buf + 5, d.month);
  buf[7] = '-';
  two(buf + 8, d.day);
  return {buf, 10};
}

namespace {

// ListSnapshots' columns, in order.
constexpr const char* kListSnapshots =
    "SELECT id, org_unit_id, extract_date, source_file, content_hash, rows, imported_at"
    " FROM employee_snapshot ORDER BY extract_date, id";
// LoadEmployees' columns, in order.
constexpr const char* kLoadEmployees =
    KPLAN_SQL_SUBTREE_OF_PARAM_1
    " SELECT e.employee_ref, u.code, e.category, e.ssyk, e.employment_form, e.birth_year,"
    " e.gender, e.fte_percent, e.start_date, e.end_date, e.competence_level, e.manager,"
    " e.qualified, e.sick_hours, e.scheduled_hours"
    " FROM employee e JOIN org_unit u ON u.id = e.org_unit_id"
    " WHERE e.snapshot_id = $2 AND e.org_unit_id IN (SELECT id FROM sub)"
    " ORDER BY e.employee_ref";

}  // namespace

Result<std::vector<EmployeeSnapshot>> PocoStore::ListSnapshots() {
  try {
    Session s = Get();
    Statement select(s);
    select << kListSnapshots, now;
    RecordSet rs(select);
    std::vector<EmployeeSnapshot> out;
    for (std::size_t row = 0; row < rs.rowCount(); ++row) {
      EmployeeSnapshot snap;
      snap.id = rs.value(0, row).convert<Poco::Int64>();
      snap.org_unit_id = rs.value(1, row).convert<Poco::Int64>();
      snap.extract_date = ParseIsoDate(rs.value(2, row).convert<std::string>()).value_or(CalendarDate{});
      snap.source_file = rs.value(3, row).convert<std::string>();
      snap.content_hash = rs.value(4, row).convert<std::string>();
      snap.rows = rs.value(5, row).convert<int>();
      snap.imported_at = rs.value(6, row).convert<std::string>();
      out.push_back(std::move(snap));
    }
    return out;
  } catch (const Poco::Exception& e) {
    return DatabaseError(e, "list snapshots");
  }
}

Result<std::vector<EmployeeRecord>> PocoStore::LoadEmployees(std::int64_t snapshot_id,
                                                             std::int64_t unit_id) {
  try {
    Session s = Get();
    Poco::Int64 snapshot = snapshot_id, unit = unit_id;
    std::vector<std::string> ref, code, category, form, gender, start;
    std::vector<Nullable<std::string>> ssyk, end;
    std::vector<int> birth_year, manager;
    std::vector<Nullable<int>> level, qualified;
    std::vector<double> fte, sick, scheduled;
    s << kLoadEmployees, use(unit), use(snapshot), into(ref), into(code), into(category),
        into(ssyk), into(form), into(birth_year), into(gender), into(fte), into(start), into(end),
        into(level), into(manager), into(qualified), into(sick), into(scheduled), now;
    std::vector<EmployeeRecord> out(ref.size());
    for (std::size_t i = 0; i < ref.size(); ++i) {
      EmployeeRecord& e = out[i];
      e.employee_id = std::move(ref[i]);
      e.unit_code = std::move(code[i]);
      e.category = std::move(category[i]);
      if (!ssyk[i].isNull()) e.ssyk = ssyk[i].value();
      e.form = ParseEmploymentFormKey(form[i]).value_or(EmploymentForm::kPermanent);
      e.birth_year = birth_year[i];
      e.gender = ParseGenderKey(gender[i]).value_or(Gender::kOther);
      e.fte_percent = fte[i];
      e.start = ParseIsoDate(start[i]).value_or(CalendarDate{});
      if (!end[i].isNull()) e.end = ParseIsoDate(end[i].value());
      if (!level[i].isNull()) e.competence_level = level[i].value();
      e.manager = manager[i] != 0;
      if (!qualified[i].isNull()) e.qualified = qualified[i].value() != 0;
      e.sick_hours = sick[i];
      e.scheduled_hours = scheduled[i];
    }
    return out;
  } catch (const Poco::Exception& e) {
    return DatabaseError(e, "load employees");
  }
}

}  // namespace kplan::store
