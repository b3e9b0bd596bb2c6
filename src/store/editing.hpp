#pragma once
// Shared pieces of editing one record at a time (private header): the errors
// every Get/Update/Delete speaks, and the version check.
//
// A versioned update runs in one write transaction:
//   1. read the stored record by id: none is kNotFound, another version than
//      the quoted one kPreconditionFailed (nothing is written);
//   2. UPDATE ... SET ..., version = version + 1 WHERE id = $n AND version = $m
//      RETURNING version: no row back means someone else won the race between
//      1 and 2 (PostgreSQL), told apart by reading again (StaleOrMissing);
//   3. read the record after, and append the audit entry with both.

#include <Poco/Data/Session.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "kplan/core/error.hpp"

namespace kplan::store {

// "aktiviteten 12 finns inte" / "activity 12 does not exist".
Error NotFound(std::string_view what_sv, std::string_view what_en, std::int64_t id);
// Someone else changed (or deleted) the record since the caller read it.
Error Stale(std::string_view what_sv, std::string_view what_en, std::int64_t id, int quoted,
            int stored);
// The same for records named by something other than an id ("behovet för
// Undersköterska").
Error NotFoundNamed(std::string_view name_sv, std::string_view name_en);
Error StaleNamed(std::string_view name_sv, std::string_view name_en, int quoted, int stored);
// Bad input, naming the field (a JSON path such as horizons[1].growth).
Error Invalid(std::string field, std::string sv, std::string en, std::string rule);

// Step 1 above: kNotFound when `stored` is empty, kPreconditionFailed when its
// version is not `quoted`.
template <typename Record>
Status CheckVersion(const std::optional<Record>& stored, std::int64_t id, int quoted,
                    std::string_view what_sv, std::string_view what_en) {
  if (!stored) return NotFound(what_sv, what_en, id);
  if (stored->version != quoted) return Stale(what_sv, what_en, id, quoted, stored->version);
  return Ok();
}

// Step 2's "no row back": kNotFound when no row of `table` has the id any
// more, else kPreconditionFailed.
Error StaleOrMissing(Poco::Data::Session& session, std::string_view table, std::int64_t id,
                     int quoted, std::string_view what_sv, std::string_view what_en);

// Text and numbers callers send.
bool IsFinite(double value);

}  // namespace kplan::store
