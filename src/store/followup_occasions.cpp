// Follow-up occasions (store/followup_occasion_store.hpp): a plan year's
// delårsrapporter and årsanalys, and each submitted occasion's documents
// (followup_occasion_document is only ever inserted into). Every write
// re-reads the occasion inside its transaction and refuses a submitted one
// (core CheckOccasionOpen), and the UPDATE/DELETE statements themselves say
// "AND submitted_at IS NULL", so no interleaving can change a frozen row.

#include <Poco/DigestEngine.h>
#include <Poco/SHA2Engine.h>

#include <algorithm>

#include "editing.hpp"
#include "plan_years.hpp"
#include "poco_store.hpp"
#include "record_json.hpp"

namespace kplan::store {
namespace {

#define KPLAN_SQL_SELECT_OCCASION                                                          \
  "SELECT o.id, o.plan_year_id, u.code, p.year, o.kind, o.deadline, o.submitted_at,"      \
  " o.submitted_by, o.version FROM followup_occasion o"                                   \
  " JOIN plan_year p ON p.id = o.plan_year_id JOIN org_unit u ON u.id = p.org_unit_id"
constexpr const char* kListOfPlanYear = KPLAN_SQL_SELECT_OCCASION " WHERE o.plan_year_id = $1";
constexpr const char* kListOfYear = KPLAN_SQL_SELECT_OCCASION " WHERE p.year = $1";
constexpr const char* kById = KPLAN_SQL_SELECT_OCCASION " WHERE o.id = $1";
constexpr const char* kExists = "SELECT id FROM followup_occasion WHERE plan_year_id = $1 AND kind = $2";
constexpr const char* kInsert =
    "INSERT INTO followup_occasion (plan_year_id, kind, deadline) VALUES ($1, $2, $3) RETURNING id";
constexpr const char* kUpdate =
    "UPDATE followup_occasion SET deadline = $1, version = version + 1"
    " WHERE id = $2 AND version = $3 AND submitted_at IS NULL RETURNING version";
constexpr const char* kDelete =
    "DELETE FROM followup_occasion WHERE id = $1 AND version = $2 AND submitted_at IS NULL RETURNING id";
constexpr const char* kSubmit =
    "UPDATE followup_occasion SET submitted_at = $1, submitted_by = $2, content_json = $3,"
    " version = version + 1 WHERE id = $4 AND version = $5 AND submitted_at IS NULL RETURNING version";
constexpr const char* kInsertDocument =
    "INSERT INTO followup_occasion_document (occasion_id, format, file_name, content_type, sha256, bytes)"
    " VALUES ($1, $2, $3, $4, $5, $6)";
constexpr const char* kListDocuments =
    "SELECT format, file_name, content_type, sha256, LENGTH(bytes) FROM followup_occasion_document"
    " WHERE occasion_id = $1 ORDER BY format";
constexpr const char* kLoadDocument =
    "SELECT file_name, content_type, sha256, bytes FROM followup_occasion_document"
    " WHERE occasion_id = $1 AND format = $2";

constexpr std::string_view kWhatSv = "uppföljningstillfället";
constexpr std::string_view kWhatEn = "follow-up occasion";

std::string Sha256Hex(const std::string& bytes) {
  Poco::SHA2Engine sha(Poco::SHA2Engine::SHA_256);
  sha.update(bytes.data(), static_cast<unsigned>(bytes.size()));
  return Poco::DigestEngine::digestToHex(sha.digest());
}

std::string Text(RecordSet& rs, std::size_t column, std::size_t row) {
  return rs.isNull(column, row) ? std::string() : rs.value(column, row).convert<std::string>();
}

std::vector<FollowupOccasion> ReadOccasions(Statement& select) {
  auto out = ReadRows<FollowupOccasion>(select, [](RecordSet& rs, std::size_t row) {
    FollowupOccasion o;
    o.id = rs.value(0, row).convert<Poco::Int64>();
    o.plan_year_id = rs.value(1, row).convert<Poco::Int64>();
    o.unit_code = rs.value(2, row).convert<std::string>();
    o.year = rs.value(3, row).convert<int>();
    o.kind = ParseOccasionKindKey(rs.value(4, row).convert<std::string>()).value_or(OccasionKind::kYear);
    o.deadline = ParseIsoDate(rs.value(5, row).convert<std::string>()).value_or(CalendarDate{});
    o.submitted_at = Text(rs, 6, row);
    o.submitted_by = Text(rs, 7, row);
    o.version = rs.value(8, row).convert<int>();
    return o;
  });
  auto rank = [](OccasionKind k) {
    int i = 0;
    for (OccasionKind x : kOccasionKinds) {
      if (x == k) return i;
      ++i;
    }
    return i;
  };
  std::stable_sort(out.begin(), out.end(), [&](const FollowupOccasion& a, const FollowupOccasion& b) {
    if (a.unit_code != b.unit_code) return a.unit_code < b.unit_code;
    return rank(a.kind) < rank(b.kind);
  });
  return out;
}

std::optional<FollowupOccasion> OccasionById(Session& s, std::int64_t id) {
  Statement select(s);
  Poco::Int64 key = id;
  select << kById, use(key), now;
  auto rows = ReadOccasions(select);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::string AuditOf(const FollowupOccasion& o) {
  Json j{{"id", o.id},
         {"plan_year_id", o.plan_year_id},
         {"unit", o.unit_code},
         {"year", o.year},
         {"kind", OccasionKindKey(o.kind)},
         {"period", o.period()},
         {"deadline", FormatIsoDate(o.deadline)},
         {"version", o.version}};
  if (o.submitted()) {
    j["submitted_at"] = o.submitted_at;
    j["submitted_by"] = o.submitted_by;
  }
  return DumpJson(j);
}

// The stored occasion at the quoted version, still open.
Result<FollowupOccasion> OpenAt(Session& s, std::int64_t id, int version) {
  std::optional<FollowupOccasion> before = OccasionById(s, id);
  if (Status v = CheckVersion(before, id, version, kWhatSv, kWhatEn); !v.ok()) return v.error();
  if (Status open = CheckOccasionOpen(*before); !open.ok()) return open.error();
  return *before;
}

}  // namespace

Result<std::vector<FollowupOccasion>> PocoStore::ListOccasions(std::int64_t plan_year_id) {
  return Reading<std::vector<FollowupOccasion>>(Get(), "list occasions", [&](Session& s) {
    Statement select(s);
    Poco::Int64 key = plan_year_id;
    select << kListOfPlanYear, use(key), now;
    return Result<std::vector<FollowupOccasion>>(ReadOccasions(select));
  });
}

Result<std::vector<FollowupOccasion>> PocoStore::ListOccasionsOfYear(int year) {
  return Reading<std::vector<FollowupOccasion>>(Get(), "list occasions of year", [&](Session& s) {
    Statement select(s);
    int key = year;
    select << kListOfYear, use(key), now;
    return Result<std::vector<FollowupOccasion>>(ReadOccasions(select));
  });
}

Result<FollowupOccasion> PocoStore::GetOccasion(std::int64_t id) {
  return Reading<FollowupOccasion>(Get(), "get occasion", [&](Session& s) -> Result<FollowupOccasion> {
    auto o = OccasionById(s, id);
    if (!o) return NotFound(kWhatSv, kWhatEn, id);
    return *o;
  });
}

Result<FollowupOccasion> PocoStore::CreateOccasion(const FollowupOccasion& occasion, std::string_view actor) {
  return Writing<FollowupOccasion>("create occasion", [&](Session& s) -> Result<FollowupOccasion> {
    std::optional<PlanYear> plan_year = PlanYearById(s, occasion.plan_year_id);
    if (!plan_year) return NotFound("planåret", "plan year", occasion.plan_year_id);
    if (Status v = ValidateOccasionDeadline(occasion.kind, plan_year->year, occasion.deadline); !v.ok()) {
      return v.error();
    }
    Poco::Int64 plan = occasion.plan_year_id;
    std::string kind(OccasionKindKey(occasion.kind));
    std::vector<Poco::Int64> existing;
    s << kExists, use(plan), use(kind), into(existing), now;
    if (!existing.empty()) {
      return Error(ErrorCode::kConflict,
                   "planår " + std::to_string(plan_year->year) + " för " + plan_year->unit_code + " har redan " +
                       std::string(OccasionKindLabel(occasion.kind)),
                   "the plan year already has " + kind)
          .WithRule("occasion_exists")
          .WithField("kind")
          .WithValue(kind);
    }
    std::string deadline = FormatIsoDate(occasion.deadline);
    Poco::Int64 id = 0;
    s << kInsert, use(plan), use(kind), use(deadline), into(id), now;
    FollowupOccasion created = *OccasionById(s, id);
    AppendAudit(s, actor, "create", "followup_occasion", std::to_string(id), "", AuditOf(created));
    return created;
  });
}

Result<FollowupOccasion> PocoStore::UpdateOccasion(const FollowupOccasion& occasion, std::string_view actor) {
  return Writing<FollowupOccasion>("update occasion", [&](Session& s) -> Result<FollowupOccasion> {
    auto before = OpenAt(s, occasion.id, occasion.version);
    if (!before.ok()) return before;
    if (Status v = ValidateOccasionDeadline(before.value().kind, before.value().year, occasion.deadline); !v.ok()) {
      return v.error();
    }
    std::string deadline = FormatIsoDate(occasion.deadline);
    Poco::Int64 id = occasion.id;
    int version = occasion.version;
    std::vector<int> updated;
    s << kUpdate, use(deadline), use(id), use(version), into(updated), now;
    if (updated.empty()) return StaleOrMissing(s, "followup_occasion", occasion.id, version, kWhatSv, kWhatEn);
    FollowupOccasion after = *OccasionById(s, occasion.id);
    AppendAudit(s, actor, "update", "followup_occasion", std::to_string(occasion.id), AuditOf(before.value()),
                AuditOf(after));
    return after;
  });
}

Status PocoStore::DeleteOccasion(std::int64_t id, int version, std::string_view actor) {
  return WritingStatus("delete occasion", [&](Session& s) -> Status {
    auto before = OpenAt(s, id, version);
    if (!before.ok()) return before.error();
    Poco::Int64 key = id;
    int quoted = version;
    std::vector<Poco::Int64> deleted;
    s << kDelete, use(key), use(quoted), into(deleted), now;
    if (deleted.empty()) return StaleOrMissing(s, "followup_occasion", id, version, kWhatSv, kWhatEn);
    AppendAudit(s, actor, "delete", "followup_occasion", std::to_string(id), AuditOf(before.value()), "");
    return Ok();
  });
}

Result<FollowupOccasion> PocoStore::SubmitOccasion(std::int64_t id, int version,
                                                   const std::vector<AdoptedDocument>& documents,
                                                   std::string_view content_json, std::string_view actor) {
  return Writing<FollowupOccasion>("submit occasion", [&](Session& s) -> Result<FollowupOccasion> {
    auto before = OpenAt(s, id, version);
    if (!before.ok()) return before;
    std::string at = NowUtc(), by(actor), content(content_json);
    Poco::Int64 key = id;
    int quoted = version;
    std::vector<int> updated;
    s << kSubmit, use(at), use(by), use(content), use(key), use(quoted), into(updated), now;
    if (updated.empty()) return StaleOrMissing(s, "followup_occasion", id, version, kWhatSv, kWhatEn);
    Json stored = Json::array();
    for (const AdoptedDocument& d : documents) {
      std::string format = d.format, file_name = d.file_name, content_type = d.content_type;
      std::string sha256 = Sha256Hex(d.bytes);
      Poco::Data::BLOB blob(reinterpret_cast<const unsigned char*>(d.bytes.data()), d.bytes.size());
      s << kInsertDocument, use(key), use(format), use(file_name), use(content_type), use(sha256), use(blob), now;
      stored.push_back({{"format", format}, {"sha256", sha256}, {"size", d.bytes.size()}});
    }
    FollowupOccasion after = *OccasionById(s, id);
    Json audit_after = Json::parse(AuditOf(after));
    audit_after["documents"] = stored;
    AppendAudit(s, actor, "submit", "followup_occasion", std::to_string(id), AuditOf(before.value()),
                DumpJson(audit_after));
    return after;
  });
}

Result<std::vector<AdoptedDocument>> PocoStore::ListOccasionDocuments(std::int64_t id) {
  return Reading<std::vector<AdoptedDocument>>(Get(), "list occasion documents", [&](Session& s) {
    Statement select(s);
    Poco::Int64 key = id;
    select << kListDocuments, use(key), now;
    return Result<std::vector<AdoptedDocument>>(ReadRows<AdoptedDocument>(select, [](RecordSet& rs, std::size_t row) {
      AdoptedDocument d;
      d.format = rs.value(0, row).convert<std::string>();
      d.file_name = rs.value(1, row).convert<std::string>();
      d.content_type = rs.value(2, row).convert<std::string>();
      d.sha256 = rs.value(3, row).convert<std::string>();
      d.size = rs.value(4, row).convert<std::size_t>();
      return d;
    }));
  });
}

Result<AdoptedDocument> PocoStore::LoadOccasionDocument(std::int64_t id, std::string_view format) {
  return Reading<AdoptedDocument>(Get(), "load occasion document", [&](Session& s) -> Result<AdoptedDocument> {
    Poco::Int64 key = id;
    std::string wanted(format);
    std::vector<std::string> file_name, content_type, sha256;
    std::vector<Poco::Data::BLOB> bytes;
    s << kLoadDocument, use(key), use(wanted), into(file_name), into(content_type), into(sha256), into(bytes),
        now;
    if (file_name.empty()) {
      return Error(ErrorCode::kNotFound,
                   "uppföljningstillfället " + std::to_string(id) + " har inget inlämnat dokument som " + wanted,
                   "follow-up occasion " + std::to_string(id) + " has no submitted document as " + wanted)
          .WithField("format")
          .WithValue(wanted);
    }
    AdoptedDocument d;
    d.format = wanted;
    d.file_name = file_name[0];
    d.content_type = content_type[0];
    d.sha256 = sha256[0];
    d.bytes.assign(reinterpret_cast<const char*>(bytes[0].rawContent()), bytes[0].size());
    d.size = d.bytes.size();
    return d;
  });
}

}  // namespace kplan::store
