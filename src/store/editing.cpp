#include "editing.hpp"


#include "poco_store.hpp"

#include <cmath>
#include <vector>

namespace kplan::store {
namespace {

// SQLite: a write that changes nothing, so that a transaction holds the write
// lock before it reads (see PocoStore::Writing).
constexpr const char* kTakeWriteLock =
    "UPDATE schema_migrations SET version = version WHERE version < 0";

}  // namespace

Error NotFoundNamed(std::string_view name_sv, std::string_view name_en) {
  return Error(ErrorCode::kNotFound, std::string(name_sv) + " finns inte",
               std::string(name_en) + " does not exist")
      .WithRule("exists");
}

Error NotFound(std::string_view what_sv, std::string_view what_en, std::int64_t id) {
  return NotFoundNamed(std::string(what_sv) + " " + std::to_string(id),
                       std::string(what_en) + " " + std::to_string(id));
}

Error StaleNamed(std::string_view name_sv, std::string_view name_en, int quoted, int stored) {
  return Error(ErrorCode::kPreconditionFailed,
               std::string(name_sv) + " har ändrats av någon annan sedan du läste den (version " +
                   std::to_string(quoted) + ", nu " + std::to_string(stored) + ")",
               std::string(name_en) + " was changed by someone else since you read it (version " +
                   std::to_string(quoted) + ", now " + std::to_string(stored) + ")")
      .WithField("version")
      .WithRule("version")
      .WithHint("Läs in posten igen, gör om ändringen och spara.");
}

Error Stale(std::string_view what_sv, std::string_view what_en, std::int64_t id, int quoted,
            int stored) {
  return StaleNamed(std::string(what_sv) + " " + std::to_string(id),
                    std::string(what_en) + " " + std::to_string(id), quoted, stored);
}

Error Invalid(std::string field, std::string sv, std::string en, std::string rule) {
  return Error(ErrorCode::kInvalidInput, std::move(sv), std::move(en))
      .WithField(std::move(field))
      .WithRule(std::move(rule));
}

Error StaleOrMissing(Poco::Data::Session& session, std::string_view table, std::int64_t id,
                     int quoted, std::string_view what_sv, std::string_view what_en) {
  // `table` is one of the store's own table names, never caller input.
  Poco::Int64 key = id;
  std::vector<int> versions;
  session << "SELECT version FROM " + std::string(table) + " WHERE id = $1", use(key),
      into(versions), now;
  if (versions.empty()) return NotFound(what_sv, what_en, id);
  return Stale(what_sv, what_en, id, quoted, versions[0]);
}

bool IsFinite(double value) { return std::isfinite(value); }

}  // namespace kplan::store

namespace kplan::store {

// PocoStore's write transactions (declared in poco_store.hpp).
void PocoStore::TakeWriteLock(Poco::Data::Session& s) { s << kTakeWriteLock, now; }

}  // namespace kplan::store
