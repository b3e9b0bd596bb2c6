// Successionsplanering: key positions, who holds them and who may follow,
// by pseudonymous employee ids only.

#include <Poco/Data/RecordSet.h>
#include <Poco/Nullable.h>

#include <array>

#include "editing.hpp"
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

constexpr std::string_view kWhatSv = "successionsposten";
constexpr std::string_view kWhatEn = "succession entry";

Status ValidateSuccession(const SuccessionEntry& e) {
  return Validate(e);  // core/succession.hpp
}

std::vector<SuccessionEntry> ReadSuccession(Statement& select) {
  RecordSet rs(select);
  std::vector<SuccessionEntry> out;
  for (std::size_t row = 0; row < rs.rowCount(); ++row) {
    SuccessionEntry e;
    e.id = rs.value(0, row).convert<Poco::Int64>();
    e.unit_code = rs.value(1, row).convert<std::string>();
    e.position_title = rs.value(2, row).convert<std::string>();
    e.incumbent_ref = rs.value(3, row).convert<std::string>();
    if (!rs.value(4, row).isEmpty()) e.retirement_year = rs.value(4, row).convert<int>();
    e.successor_ref = rs.value(5, row).convert<std::string>();
    e.readiness = rs.value(6, row).convert<std::string>();
    e.version = rs.value(7, row).convert<int>();
    out.push_back(std::move(e));
  }
  return out;
}

std::optional<SuccessionEntry> SuccessionById(Session& s, std::int64_t id) {
  Statement select(s);
  Poco::Int64 key = id;
  select << sql::kSuccessionById, use(key), now;
  auto found = ReadSuccession(select);
  if (found.empty()) return std::nullopt;
  return std::move(found[0]);
}

// The entry's columns as bound to kCreateSuccession and kUpdateSuccession.
struct SuccessionRow {
  Poco::Int64 unit = 0;
  std::string title, incumbent, successor, readiness;
  Nullable<int> retirement;
};

Result<SuccessionRow> Resolve(Session& s, const SuccessionEntry& e) {
  NameResolver names(s);
  auto unit = names.Unit(e.unit_code);
  if (!unit) return names.UnknownUnit(e.unit_code).WithField("unit_code");
  SuccessionRow row;
  row.unit = *unit;
  row.title = e.position_title;
  row.incumbent = e.incumbent_ref;
  row.successor = e.successor_ref;
  row.readiness = e.readiness;
  if (e.retirement_year) row.retirement = *e.retirement_year;
  return row;
}

}  // namespace

Result<std::vector<SuccessionEntry>> PocoStore::ListSuccession(std::int64_t unit_id) {
  return Reading<std::vector<SuccessionEntry>>(
      Get(), "list succession", [&](Session& s) -> Result<std::vector<SuccessionEntry>> {
        Statement select(s);
        Poco::Int64 unit = unit_id;
        select << sql::kListSuccession, use(unit), now;
        return ReadSuccession(select);
      });
}

Result<SuccessionEntry> PocoStore::GetSuccession(std::int64_t id) {
  return Reading<SuccessionEntry>(Get(), "get succession", [&](Session& s) -> Result<SuccessionEntry> {
    auto found = SuccessionById(s, id);
    if (!found) return NotFound(kWhatSv, kWhatEn, id);
    return std::move(*found);
  });
}

Result<SuccessionEntry> PocoStore::CreateSuccession(const SuccessionEntry& entry,
                                                    std::string_view actor) {
  if (Status valid = ValidateSuccession(entry); !valid.ok()) return valid.error();
  return Writing<SuccessionEntry>("create succession", [&](Session& s) -> Result<SuccessionEntry> {
    Result<SuccessionRow> r = Resolve(s, entry);
    if (!r.ok()) return r.error();
    SuccessionRow& row = r.value();
    Poco::Int64 id = 0;
    s << sql::kCreateSuccession, use(row.unit), use(row.title), use(row.incumbent),
        use(row.retirement), use(row.successor), use(row.readiness), into(id), now;
    SuccessionEntry after = *SuccessionById(s, id);
    AppendAudit(s, actor, "create", "succession_entry", std::to_string(id), "", AuditText(after));
    return after;
  });
}

Result<SuccessionEntry> PocoStore::UpdateSuccession(const SuccessionEntry& entry,
                                                    std::string_view actor) {
  if (Status valid = ValidateSuccession(entry); !valid.ok()) return valid.error();
  return Writing<SuccessionEntry>("update succession", [&](Session& s) -> Result<SuccessionEntry> {
    std::optional<SuccessionEntry> before = SuccessionById(s, entry.id);
    if (Status v = CheckVersion(before, entry.id, entry.version, kWhatSv, kWhatEn); !v.ok()) {
      return v.error();
    }
    Result<SuccessionRow> r = Resolve(s, entry);
    if (!r.ok()) return r.error();
    SuccessionRow& row = r.value();
    Poco::Int64 id = entry.id;
    int version = entry.version;
    std::vector<int> updated;
    s << sql::kUpdateSuccession, use(row.unit), use(row.title), use(row.incumbent),
        use(row.retirement), use(row.successor), use(row.readiness), use(id), use(version),
        into(updated), now;
    if (updated.empty()) {
      return StaleOrMissing(s, "succession_entry", entry.id, entry.version, kWhatSv, kWhatEn);
    }
    SuccessionEntry after = *SuccessionById(s, entry.id);
    AppendAudit(s, actor, "update", "succession_entry", std::to_string(entry.id),
                AuditText(*before), AuditText(after));
    return after;
  });
}

Status PocoStore::DeleteSuccession(std::int64_t id, int version, std::string_view actor) {
  return WritingStatus("delete succession", [&](Session& s) -> Status {
    std::optional<SuccessionEntry> before = SuccessionById(s, id);
    if (Status v = CheckVersion(before, id, version, kWhatSv, kWhatEn); !v.ok()) return v;
    Poco::Int64 key = id;
    int quoted = version;
    std::vector<Poco::Int64> deleted;
    s << sql::kDeleteSuccession, use(key), use(quoted), into(deleted), now;
    if (deleted.empty()) return StaleOrMissing(s, "succession_entry", id, version, kWhatSv, kWhatEn);
    AppendAudit(s, actor, "delete", "succession_entry", std::to_string(id), AuditText(*before), "");
    return Ok();
  });
}

}  // namespace kplan::store
