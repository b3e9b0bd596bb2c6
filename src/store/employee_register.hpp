#pragma once
// The employee register's private pieces (private header), shared by the
// files of its four concerns: saving an extract (employee_register.cpp), the
// SQLite bulk path (employee_sqlite_bulk.cpp), the PostgreSQL COPY path
// (employee_postgres_copy.cpp), and the fingerprint and reading back
// (employee_snapshots.cpp).

#include <Poco/Data/Session.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kplan/core/calendar_date.hpp"
#include "kplan/core/employee.hpp"

// The employee table's columns in the order both bulk paths write them.
#define KPLAN_SQL_EMPLOYEE_COLUMNS                                                         \
  "snapshot_id, employee_ref, org_unit_id, category, ssyk, employment_form, birth_year,"  \
  " gender, fte_percent, start_date, end_date, competence_level, manager, qualified,"     \
  " sick_hours, scheduled_hours"

namespace kplan::store {

// The fingerprint of the records (EmployeeSnapshot::content_hash): the same
// records give the same fingerprint whatever file format or encoding they
// came in.
std::string Fingerprint(const std::vector<EmployeeRecord>& employees);

// "YYYY-MM-DD" into a caller's buffer, without allocating.
std::string_view IsoDate(const CalendarDate& d, char (&buf)[16]);

// Inserts the employees of a new snapshot inside the session's open
// transaction; unit_of_record[i] is the unit id of employees[i]. Driver
// failures throw Poco::Exception (the caller rolls back).
void InsertEmployeesSqlite(Poco::Data::Session& s, std::int64_t snapshot_id,
                           const std::vector<std::int64_t>& unit_of_record,
                           const std::vector<EmployeeRecord>& employees);
void InsertEmployeesPostgres(Poco::Data::Session& s, std::int64_t snapshot_id,
                             const std::vector<std::int64_t>& unit_of_record,
                             const std::vector<EmployeeRecord>& employees);

}  // namespace kplan::store
