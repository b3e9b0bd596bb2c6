// The PostgreSQL bulk path of the employee register: COPY ... FROM STDIN on
// the session's own connection, inside its open transaction.

#include <Poco/Data/PooledSessionImpl.h>
#include <Poco/Data/PostgreSQL/SessionImpl.h>
#include <Poco/Exception.h>

#include <charconv>

#include "employee_register.hpp"

using Poco::Data::Session;

namespace kplan::store {
namespace {

// The libpq connection under a pooled Poco session. PooledSessionImpl hands
// its session only to subclasses (access() is protected); this one reads it.
struct PooledSessionAccess : Poco::Data::PooledSessionImpl {
  static Poco::Data::SessionImpl* Of(Poco::Data::PooledSessionImpl& pooled) {
    return (pooled.*(&PooledSessionAccess::access))();
  }
};

PGconn* PostgresHandle(Session& s) {
  Poco::Data::SessionImpl* impl = s.impl();
  if (auto* pooled = dynamic_cast<Poco::Data::PooledSessionImpl*>(impl)) {
    impl = PooledSessionAccess::Of(*pooled);
  }
  auto* pg = dynamic_cast<Poco::Data::PostgreSQL::SessionImpl*>(impl);
  if (!pg) throw Poco::Exception("employee COPY: not a PostgreSQL session");
  return pg->handle();
}

// COPY's text format: backslash, tab, newline and carriage return escaped.
void AppendCopyText(std::string& out, std::string_view text) {
  for (char c : text) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      default: out += c;
    }
  }
}

void AppendCopyNumber(std::string& out, double v) {
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);  // shortest exact form
  out.append(buf, ec == std::errc() ? end : buf);
}

void AppendCopyNumber(std::string& out, std::int64_t v) {
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, ec == std::errc() ? end : buf);
}

// One employee as a line of COPY's text format (tab-separated, \N for
// NULL), in the order of KPLAN_SQL_EMPLOYEE_COLUMNS.
void AppendCopyRow(std::string& chunk, std::int64_t snapshot_id, std::int64_t unit_id,
                   const EmployeeRecord& e) {
  char date[16];
  AppendCopyNumber(chunk, snapshot_id);
  chunk += '\t';
  AppendCopyText(chunk, e.employee_id);
  chunk += '\t';
  AppendCopyNumber(chunk, unit_id);
  chunk += '\t';
  AppendCopyText(chunk, e.category);
  chunk += '\t';
  if (e.ssyk.empty()) chunk += "\\N"; else AppendCopyText(chunk, e.ssyk);
  chunk += '\t';
  chunk += EmploymentFormKey(e.form);
  chunk += '\t';
  AppendCopyNumber(chunk, static_cast<std::int64_t>(e.birth_year));
  chunk += '\t';
  chunk += GenderKey(e.gender);
  chunk += '\t';
  AppendCopyNumber(chunk, e.fte_percent);
  chunk += '\t';
  chunk += IsoDate(e.start, date);
  chunk += '\t';
  if (e.end) chunk += IsoDate(*e.end, date); else chunk += "\\N";
  chunk += '\t';
  if (e.competence_level) AppendCopyNumber(chunk, static_cast<std::int64_t>(*e.competence_level)); else chunk += "\\N";
  chunk += '\t';
  chunk += e.manager ? '1' : '0';
  chunk += '\t';
  if (e.qualified) chunk += *e.qualified ? '1' : '0'; else chunk += "\\N";
  chunk += '\t';
  AppendCopyNumber(chunk, e.sick_hours);
  chunk += '\t';
  AppendCopyNumber(chunk, e.scheduled_hours);
  chunk += '\n';
}

}  // namespace

// PostgreSQL: the rows go in with COPY ... FROM STDIN on the session's own
// connection, inside its open transaction: one stream instead of a round trip
// per row (a million rows took minutes through Poco's per-row execution). An
// error ends the COPY with the server's message and the caller rolls back.
void InsertEmployeesPostgres(Session& s, std::int64_t snapshot_id,
                             const std::vector<std::int64_t>& unit_of_record,
                             const std::vector<EmployeeRecord>& employees) {
  PGconn* conn = PostgresHandle(s);
  auto fail = [&](const std::string& during) {
    throw Poco::Exception("employee COPY " + during + ": " + PQerrorMessage(conn));
  };
  PGresult* start = PQexec(conn,
                           "COPY employee (" KPLAN_SQL_EMPLOYEE_COLUMNS ") FROM STDIN");
  const bool started = PQresultStatus(start) == PGRES_COPY_IN;
  PQclear(start);
  if (!started) fail("start");
  std::string chunk;
  chunk.reserve(1 << 20);
  auto flush = [&] {
    if (PQputCopyData(conn, chunk.data(), static_cast<int>(chunk.size())) != 1) fail("data");
    chunk.clear();
  };
  for (std::size_t r = 0; r < employees.size(); ++r) {
    AppendCopyRow(chunk, snapshot_id, unit_of_record[r], employees[r]);
    if (chunk.size() >= (1 << 20) - 4096) flush();
  }
  if (!chunk.empty()) flush();
  if (PQputCopyEnd(conn, nullptr) != 1) fail("end");
  bool ok = true;
  std::string message;
  while (PGresult* result = PQgetResult(conn)) {
    if (PQresultStatus(result) != PGRES_COMMAND_OK) {
      ok = false;
      message = PQresultErrorMessage(result);
    }
    PQclear(result);
  }
  if (!ok) throw Poco::Exception("employee COPY: " + message);
}

}  // namespace kplan::store
