#pragma once
// The versioned-record template (private header): list, read, create, update
// and delete one record by id and quoted version, written once for every
// record kind the API edits one at a time (activities.cpp, risks.cpp,
// goals.cpp, indicators.cpp, succession.cpp). editing.hpp states the
// semantics (NotFound, Stale, StaleOrMissing, CheckVersion); this file runs
// them in the one order every kind shares.
//
// A record kind plugs in as a struct in its own file, beside its SQL:
//
//   struct ActivityKind {
//     using Record = Activity;   // has `id` and `version`
//     using Row = ActivityRow;   // its columns as bound to kInsert and kUpdate
//     // The table, and the entity named in the audit log and in errors.
//     static constexpr std::string_view kTable = "activity";
//     static constexpr std::string_view kWhatSv = "aktiviteten", kWhatEn = "activity";
//     // SELECT (Read's columns) ... WHERE id = $1
//     static constexpr const char* kById = ...;
//     // INSERT (Bind's columns) ... RETURNING id
//     static constexpr const char* kInsert = ...;
//     // UPDATE ... SET (Bind's columns), version = version + 1
//     //   WHERE id = $n AND version = $n+1 RETURNING version
//     static constexpr const char* kUpdate = ...;
//     // DELETE ... WHERE id = $1 AND version = $2 RETURNING id
//     static constexpr const char* kDelete = ...;
//     // The record file's own check (ValidateActivity): Status, or
//     // Result<Record> when it also puts the record in canonical form.
//     static Status Validate(const Record& r);
//     // One row of a SELECT with kById's columns.
//     static Record ReadRow(Poco::Data::RecordSet& rs, std::size_t row);
//     // Names to keys and the checks that need the database.
//     static Result<Row> Resolve(Session& s, NameResolver& names, const Record& r);
//     // use() of each of the Row's columns, in kInsert's (and kUpdate's) order.
//     static void Bind(Poco::Data::Statement& statement, Row& row);
//
//     // Optional: runs before kDelete in the delete's transaction, refuses
//     // (an Error) or removes what hangs on the record, and returns the audit
//     // entry's "before" (default: the record as JSON).
//     static Result<std::string> BeforeDelete(Session& s, const Record& before);
//     // Optional: runs after kUpdate in the update's transaction, for what
//     // the change means to the rows that hang on the record.
//     static void AfterUpdate(Session& s, const Record& before, const Record& after);
//   };

#include <Poco/Data/RecordSet.h>
#include <Poco/Data/Session.h>
#include <Poco/Data/Statement.h>

#include <optional>
#include <string>
#include <type_traits>
#include <vector>

#include "editing.hpp"
#include "poco_store.hpp"
#include "record_json.hpp"
#include "resolver.hpp"

namespace kplan::store {

// Every row of a SELECT with Kind's columns.
template <typename Kind>
std::vector<typename Kind::Record> ReadRecords(Poco::Data::Statement& select) {
  return ReadRows<typename Kind::Record>(select, Kind::ReadRow);
}

// A kind whose records have rows in a table of their own (an activity's
// categories) reads them into the records (ReadLinks) and writes them after
// its row (WriteLinks, replacing what the record had).
template <typename Kind>
void ReadLinksInto(Poco::Data::Session& s, std::vector<typename Kind::Record>& records) {
  if constexpr (requires { Kind::ReadLinks(s, records); }) {
    if (!records.empty()) Kind::ReadLinks(s, records);
  }
}
template <typename Kind>
void WriteLinksOf(Poco::Data::Session& s, std::int64_t id, const typename Kind::Row& row) {
  if constexpr (requires { Kind::WriteLinks(s, id, row); }) Kind::WriteLinks(s, id, row);
}

// The record with id `id`, or none.
template <typename Kind>
std::optional<typename Kind::Record> RecordById(Poco::Data::Session& s, std::int64_t id) {
  using namespace Poco::Data::Keywords;
  Poco::Data::Statement select(s);
  Poco::Int64 key = id;
  select << Kind::kById, use(key), now;
  auto found = ReadRecords<Kind>(select);
  ReadLinksInto<Kind>(s, found);
  if (found.empty()) return std::nullopt;
  return std::move(found[0]);
}

// Inserts the row (kInsert) and returns the new id.
template <typename Kind>
std::int64_t InsertRecord(Poco::Data::Session& s, typename Kind::Row& row) {
  using namespace Poco::Data::Keywords;
  Poco::Data::Statement insert(s);
  insert << Kind::kInsert;
  Kind::Bind(insert, row);
  Poco::Int64 id = 0;
  insert, into(id), now;
  WriteLinksOf<Kind>(s, id, row);
  return id;
}

// The record as Kind::Validate accepts it (its canonical form when Validate
// gives one), or the Error naming the field.
template <typename Kind>
Result<typename Kind::Record> Validated(const typename Kind::Record& record) {
  auto checked = Kind::Validate(record);
  if (!checked.ok()) return checked.error();
  if constexpr (std::is_same_v<decltype(checked), Status>) {
    return record;
  } else {
    return std::move(checked).value();
  }
}

template <typename Kind, typename... Keys>
Result<std::vector<typename Kind::Record>> PocoStore::ListRecords(const char* select_sql,
                                                                  Keys... keys) {
  using Records = std::vector<typename Kind::Record>;
  return Reading<Records>(Get(), "list " + std::string(Kind::kTable),
                          [&](Poco::Data::Session& s) -> Result<Records> {
                            using namespace Poco::Data::Keywords;
                            Poco::Data::Statement select(s);
                            select << select_sql;
                            (static_cast<void>(select, use(keys)), ...);
                            select, now;
                            auto records = ReadRecords<Kind>(select);
                            ReadLinksInto<Kind>(s, records);
                            return records;
                          });
}

template <typename Kind>
Result<typename Kind::Record> PocoStore::GetRecord(std::int64_t id) {
  using Record = typename Kind::Record;
  return Reading<Record>(Get(), "get " + std::string(Kind::kTable),
                         [&](Poco::Data::Session& s) -> Result<Record> {
                           auto found = RecordById<Kind>(s, id);
                           if (!found) return NotFound(Kind::kWhatSv, Kind::kWhatEn, id);
                           return std::move(*found);
                         });
}

template <typename Kind>
Result<typename Kind::Record> PocoStore::CreateRecord(const typename Kind::Record& record,
                                                      std::string_view actor) {
  using Record = typename Kind::Record;
  Result<Record> valid = Validated<Kind>(record);
  if (!valid.ok()) return valid.error();
  Record input = std::move(valid).value();
  input.id = 0;  // Create ignores the id it is given (and the version).
  return Writing<Record>("create " + std::string(Kind::kTable),
                         [&](Poco::Data::Session& s) -> Result<Record> {
                           NameResolver names(s);
                           Result<typename Kind::Row> row = Kind::Resolve(s, names, input);
                           if (!row.ok()) return row.error();
                           std::int64_t id = InsertRecord<Kind>(s, row.value());
                           Record after = *RecordById<Kind>(s, id);
                           AppendAudit(s, actor, "create", std::string(Kind::kTable),
                                       std::to_string(id), "", AuditText(after));
                           return after;
                         });
}

template <typename Kind>
Result<typename Kind::Record> PocoStore::UpdateRecord(const typename Kind::Record& record,
                                                      std::string_view actor) {
  using Record = typename Kind::Record;
  Result<Record> valid = Validated<Kind>(record);
  if (!valid.ok()) return valid.error();
  const Record& input = valid.value();
  return Writing<Record>("update " + std::string(Kind::kTable), [&](Poco::Data::Session& s)
                                                                    -> Result<Record> {
    using namespace Poco::Data::Keywords;
    std::optional<Record> before = RecordById<Kind>(s, input.id);
    if (Status v = CheckVersion(before, input.id, input.version, Kind::kWhatSv, Kind::kWhatEn);
        !v.ok()) {
      return v.error();
    }
    NameResolver names(s);
    Result<typename Kind::Row> row = Kind::Resolve(s, names, input);
    if (!row.ok()) return row.error();
    Poco::Data::Statement update(s);
    update << Kind::kUpdate;
    Kind::Bind(update, row.value());
    Poco::Int64 id = input.id;
    int quoted = input.version;
    std::vector<int> updated;
    update, use(id), use(quoted), into(updated), now;
    if (updated.empty()) {
      return StaleOrMissing(s, Kind::kTable, input.id, input.version, Kind::kWhatSv,
                            Kind::kWhatEn);
    }
    WriteLinksOf<Kind>(s, input.id, row.value());
    Record after = *RecordById<Kind>(s, input.id);
    if constexpr (requires { Kind::AfterUpdate(s, *before, after); }) Kind::AfterUpdate(s, *before, after);
    AppendAudit(s, actor, "update", std::string(Kind::kTable), std::to_string(input.id),
                AuditText(*before), AuditText(after));
    return after;
  });
}

template <typename Kind>
Status PocoStore::DeleteRecord(std::int64_t id, int version, std::string_view actor) {
  using Record = typename Kind::Record;
  return WritingStatus("delete " + std::string(Kind::kTable), [&](Poco::Data::Session& s)
                                                                  -> Status {
    using namespace Poco::Data::Keywords;
    std::optional<Record> before = RecordById<Kind>(s, id);
    if (Status v = CheckVersion(before, id, version, Kind::kWhatSv, Kind::kWhatEn); !v.ok()) {
      return v;
    }
    std::string before_text;
    if constexpr (requires { Kind::BeforeDelete(s, *before); }) {
      Result<std::string> prepared = Kind::BeforeDelete(s, *before);
      if (!prepared.ok()) return prepared.error();
      before_text = std::move(prepared).value();
    } else {
      before_text = AuditText(*before);
    }
    Poco::Int64 key = id;
    int quoted = version;
    std::vector<Poco::Int64> deleted;
    s << Kind::kDelete, use(key), use(quoted), into(deleted), now;
    if (deleted.empty()) {
      return StaleOrMissing(s, Kind::kTable, id, version, Kind::kWhatSv, Kind::kWhatEn);
    }
    AppendAudit(s, actor, "delete", std::string(Kind::kTable), std::to_string(id), before_text,
                "");
    return Ok();
  });
}

template <typename Kind, typename CheckRow>
Result<int> PocoStore::AddRecords(const std::vector<typename Kind::Record>& records,
                                  std::string_view actor, std::string_view plural,
                                  CheckRow check_row) {
  for (std::size_t i = 0; i < records.size(); ++i) {
    if (Status valid = check_row(records[i]); !valid.ok()) {
      return Error(valid.error()).WithRow(static_cast<std::int64_t>(i) + 1);
    }
  }
  return InTransaction<int>(Get(), "add " + std::string(plural),
                            [&](Poco::Data::Session& s) -> Result<int> {
                              NameResolver names(s);
                              for (const typename Kind::Record& record : records) {
                                Result<typename Kind::Row> row = Kind::Resolve(s, names, record);
                                if (!row.ok()) return row.error();
                                InsertRecord<Kind>(s, row.value());
                              }
                              const std::string count = std::to_string(records.size());
                              AppendAudit(s, actor, "import", std::string(Kind::kTable), count,
                                          "", "{\"" + std::string(plural) + "\":" + count + "}");
                              return static_cast<int>(records.size());
                            });
}

}  // namespace kplan::store
