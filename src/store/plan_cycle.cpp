// The plan year's cycle: its status, and the adopted versions kept as decided
// (plan_adoption and plan_adoption_document are only ever inserted into).

#include <Poco/DigestEngine.h>
#include <Poco/SHA2Engine.h>

#include "editing.hpp"
#include "plan_years.hpp"
#include "poco_store.hpp"
#include "record_json.hpp"

namespace kplan::store {
namespace {

constexpr const char* kSetStatus =
    "UPDATE plan_year SET status = $1, version = version + 1 WHERE id = $2 AND version = $3"
    " RETURNING version";
constexpr const char* kNextRevision =
    "SELECT COALESCE(MAX(revision), 0) + 1 FROM plan_adoption WHERE plan_year_id = $1";
constexpr const char* kInsertAdoption =
    "INSERT INTO plan_adoption (plan_year_id, revision, decided_by, decided_on, paragraph,"
    " registration_number, adopted_by, adopted_at, content_json)"
    " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id";
constexpr const char* kInsertDocument =
    "INSERT INTO plan_adoption_document (adoption_id, format, file_name, content_type, sha256, bytes)"
    " VALUES ($1, $2, $3, $4, $5, $6)";
constexpr const char* kListAdoptions =
    "SELECT id, revision, decided_by, decided_on, paragraph, registration_number, adopted_by,"
    " adopted_at FROM plan_adoption WHERE plan_year_id = $1 ORDER BY revision DESC";
constexpr const char* kListDocuments =
    "SELECT format, file_name, content_type, sha256, LENGTH(bytes) FROM plan_adoption_document"
    " WHERE adoption_id = $1 ORDER BY format";
constexpr const char* kLoadDocument =
    "SELECT d.file_name, d.content_type, d.sha256, d.bytes FROM plan_adoption_document d"
    " JOIN plan_adoption a ON a.id = d.adoption_id"
    " WHERE a.plan_year_id = $1 AND a.revision = $2 AND d.format = $3";
constexpr const char* kLoadContent =
    "SELECT content_json FROM plan_adoption WHERE plan_year_id = $1 AND revision = $2";

constexpr std::string_view kWhatSv = "planåret";
constexpr std::string_view kWhatEn = "plan year";

std::string Sha256Hex(const std::string& bytes) {
  Poco::SHA2Engine sha(Poco::SHA2Engine::SHA_256);
  sha.update(bytes.data(), static_cast<unsigned>(bytes.size()));
  return Poco::DigestEngine::digestToHex(sha.digest());
}

Json AdoptionJson(const PlanAdoption& a) {
  Json documents = Json::array();
  for (const AdoptedDocument& d : a.documents) {
    documents.push_back({{"format", d.format}, {"sha256", d.sha256}, {"size", d.size}});
  }
  return {{"revision", a.revision},
          {"decided_by", a.decision.decided_by},
          {"decided_on", FormatIsoDate(a.decision.decided_on)},
          {"paragraph", a.decision.paragraph},
          {"registration_number", a.decision.registration_number},
          {"documents", documents}};
}

// Moves a read plan year at the quoted version to `status`.
Result<PlanYear> WriteStatus(Session& s, const PlanYear& before, PlanStatus status, int version) {
  std::string key(PlanStatusKey(status));
  Poco::Int64 id = before.id;
  std::vector<int> updated;
  s << kSetStatus, use(key), use(id), use(version), into(updated), now;
  if (updated.empty()) return StaleOrMissing(s, "plan_year", before.id, version, kWhatSv, kWhatEn);
  return *PlanYearById(s, before.id);
}

}  // namespace

Result<PlanYear> PocoStore::SetPlanStatus(std::int64_t plan_year_id, PlanStatus status,
                                          int expected_version, std::string_view actor) {
  return Writing<PlanYear>("set plan status", [&](Session& s) -> Result<PlanYear> {
    std::optional<PlanYear> before = PlanYearById(s, plan_year_id);
    if (Status v = CheckVersion(before, plan_year_id, expected_version, kWhatSv, kWhatEn); !v.ok()) {
      return v.error();
    }
    if (Status v = CheckStatusChange(before->status, status); !v.ok()) return v.error();
    Result<PlanYear> after = WriteStatus(s, *before, status, expected_version);
    if (!after.ok()) return after;
    AppendAudit(s, actor, "status", "plan_year", std::to_string(plan_year_id),
                AuditText(*before), AuditText(after.value()));
    return after;
  });
}

Result<PlanAdoption> PocoStore::AdoptPlan(std::int64_t plan_year_id, int expected_version,
                                          const PlanDecision& decision,
                                          const std::vector<AdoptedDocument>& documents,
                                          std::string_view content_json, std::string_view actor) {
  if (Status v = Validate(decision); !v.ok()) return v.error();
  return Writing<PlanAdoption>("adopt plan", [&](Session& s) -> Result<PlanAdoption> {
    std::optional<PlanYear> before = PlanYearById(s, plan_year_id);
    if (Status v = CheckVersion(before, plan_year_id, expected_version, kWhatSv, kWhatEn); !v.ok()) {
      return v.error();
    }
    if (Status v = CheckAdoption(before->status); !v.ok()) return v.error();
    Result<PlanYear> after = WriteStatus(s, *before, PlanStatus::kAdopted, expected_version);
    if (!after.ok()) return after.error();

    PlanAdoption adoption;
    adoption.plan_year_id = plan_year_id;
    adoption.decision = decision;
    adoption.adopted_by = std::string(actor);
    adoption.adopted_at = NowUtc();
    Poco::Int64 plan = plan_year_id;
    s << kNextRevision, use(plan), into(adoption.revision), now;
    std::string decided_on = FormatIsoDate(decision.decided_on);
    std::string by = decision.decided_by, paragraph = decision.paragraph,
                registration = decision.registration_number, content(content_json);
    Poco::Int64 id = 0;
    s << kInsertAdoption, use(plan), use(adoption.revision), use(by), use(decided_on),
        use(paragraph), use(registration), use(adoption.adopted_by), use(adoption.adopted_at),
        use(content), into(id), now;
    adoption.id = id;
    for (const AdoptedDocument& d : documents) {
      AdoptedDocument stored = d;
      stored.sha256 = Sha256Hex(d.bytes);
      stored.size = d.bytes.size();
      Poco::Data::BLOB blob(reinterpret_cast<const unsigned char*>(d.bytes.data()), d.bytes.size());
      s << kInsertDocument, use(id), use(stored.format), use(stored.file_name),
          use(stored.content_type), use(stored.sha256), use(blob), now;
      stored.bytes.clear();
      adoption.documents.push_back(std::move(stored));
    }
    Json audit_after = ToJson(after.value());
    audit_after["adoption"] = AdoptionJson(adoption);
    AppendAudit(s, actor, "adopt", "plan_year", std::to_string(plan_year_id), AuditText(*before),
                DumpJson(audit_after));
    return adoption;
  });
}

Result<std::vector<PlanAdoption>> PocoStore::ListAdoptions(std::int64_t plan_year_id) {
  return Reading<std::vector<PlanAdoption>>(
      Get(), "list adoptions", [&](Session& s) -> Result<std::vector<PlanAdoption>> {
        Statement select(s);
        Poco::Int64 plan = plan_year_id;
        select << kListAdoptions, use(plan), now;
        auto adoptions = ReadRows<PlanAdoption>(select, [&](RecordSet& rs, std::size_t row) {
          PlanAdoption a;
          a.id = rs.value(0, row).convert<Poco::Int64>();
          a.plan_year_id = plan_year_id;
          a.revision = rs.value(1, row).convert<int>();
          a.decision.decided_by = rs.value(2, row).convert<std::string>();
          a.decision.decided_on =
              ParseIsoDate(rs.value(3, row).convert<std::string>()).value_or(CalendarDate{});
          a.decision.paragraph = rs.value(4, row).convert<std::string>();
          a.decision.registration_number = rs.value(5, row).convert<std::string>();
          a.adopted_by = rs.value(6, row).convert<std::string>();
          a.adopted_at = rs.value(7, row).convert<std::string>();
          return a;
        });
        for (PlanAdoption& a : adoptions) {
          Statement documents(s);
          Poco::Int64 id = a.id;
          documents << kListDocuments, use(id), now;
          a.documents = ReadRows<AdoptedDocument>(documents, [](RecordSet& rs, std::size_t row) {
            AdoptedDocument d;
            d.format = rs.value(0, row).convert<std::string>();
            d.file_name = rs.value(1, row).convert<std::string>();
            d.content_type = rs.value(2, row).convert<std::string>();
            d.sha256 = rs.value(3, row).convert<std::string>();
            d.size = rs.value(4, row).convert<std::size_t>();
            return d;
          });
        }
        return adoptions;
      });
}

Result<AdoptedDocument> PocoStore::LoadAdoptedDocument(std::int64_t plan_year_id, int revision,
                                                       std::string_view format) {
  return Reading<AdoptedDocument>(Get(), "load adopted document", [&](Session& s) -> Result<AdoptedDocument> {
    Poco::Int64 plan = plan_year_id;
    int rev = revision;
    std::string key(format);
    std::vector<std::string> file_name, content_type, sha256;
    std::vector<Poco::Data::BLOB> bytes;
    s << kLoadDocument, use(plan), use(rev), use(key), into(file_name), into(content_type),
        into(sha256), into(bytes), now;
    if (file_name.empty()) {
      return Error(ErrorCode::kNotFound,
                   "den fastställda planen (revision " + std::to_string(revision) + ") finns inte som " + key,
                   "the adopted plan (revision " + std::to_string(revision) + ") does not exist as " + key);
    }
    AdoptedDocument d;
    d.format = key;
    d.file_name = file_name[0];
    d.content_type = content_type[0];
    d.sha256 = sha256[0];
    d.bytes.assign(reinterpret_cast<const char*>(bytes[0].rawContent()), bytes[0].size());
    d.size = d.bytes.size();
    return d;
  });
}

Result<std::string> PocoStore::LoadAdoptedContent(std::int64_t plan_year_id, int revision) {
  return Reading<std::string>(Get(), "load adopted content", [&](Session& s) -> Result<std::string> {
    Poco::Int64 plan = plan_year_id;
    int rev = revision;
    std::vector<std::string> content;
    s << kLoadContent, use(plan), use(rev), into(content), now;
    if (content.empty()) {
      return Error(ErrorCode::kNotFound, "planåret har ingen fastställd version " + std::to_string(revision),
                   "the plan year has no adopted revision " + std::to_string(revision));
    }
    return content[0];
  });
}

}  // namespace kplan::store
