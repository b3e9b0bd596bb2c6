// The key of --pseudonymise's employee ids (migration 13, one row). Read by
// the importer only; created in the transaction of the first pseudonymised
// register extract. The audit entry records that a key was created, never
// the key.

#include "poco_store.hpp"

namespace kplan::store {
namespace {

constexpr const char* kSelectKey = "SELECT key_hex FROM pseudonym_key WHERE id = 1";
constexpr const char* kInsertKey =
    "INSERT INTO pseudonym_key (id, key_hex, created_at) VALUES (1, $1, $2)";

}  // namespace

Result<std::optional<std::string>> PocoStore::PseudonymKey() {
  try {
    Session s = Get();
    std::vector<std::string> keys;
    s << kSelectKey, into(keys), now;
    if (keys.empty()) return std::optional<std::string>();
    return std::optional<std::string>(std::move(keys[0]));
  } catch (const Poco::Exception& e) {
    return DatabaseError(e, "read pseudonym key");
  }
}

Status PocoStore::CreatePseudonymKey(Session& s, const std::string& key_hex, std::string_view actor) {
  std::vector<std::string> stored;
  s << kSelectKey, into(stored), now;
  if (!stored.empty()) {
    return Error(ErrorCode::kConflict,
                 "en annan import skapade pseudonymnyckeln samtidigt; importera filen igen",
                 "another import created the pseudonym key meanwhile; import the file again")
        .WithRule("pseudonym_key_exists");
  }
  std::string key = key_hex;
  std::string at = NowUtc();
  s << kInsertKey, use(key), use(at), now;
  AppendAudit(s, actor, "create", "pseudonym_key", "1", "", "{\"key_bytes\":32}");
  return Ok();
}

}  // namespace kplan::store
