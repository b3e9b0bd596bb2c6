#pragma once
// Reading a JSON document field by field, for every reader of JSON that a
// person wrote: the analysis and simulation documents and the server's
// request bodies. One reader, so that all of them refuse the same things:
//
// - CheckJsonSyntax runs before the document is built: invalid JSON (with the
//   line and character), a key that occurs twice in one object (which a plain
//   parse would silently reduce to its last value), nesting beyond kMaxDepth.
// - OnlyKnownKeys refuses a key that is not in the list the caller declares,
//   so a misspelt field is an error instead of being ignored.
// - The Read* functions check a value's type and range.
//
// Every error is kInvalidInput with a stable rule key ("duplicate_key",
// "unknown_key", "json_type", "range", "json_syntax", …), messages in Swedish
// and English, and the field's path (`categories[0].inventory`) as its field.

#include <cstddef>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kplan/core/error.hpp"

namespace kplan::io::json_fields {

using Json = nlohmann::ordered_json;

// Limits that keep a hostile document from costing much; real plans are far below.
inline constexpr std::size_t kMaxDepth = 64;
inline constexpr std::size_t kMaxItems = 100000;   // entries of any list or map
inline constexpr double kMaxCount = 10'000'000;    // people in one count

// A place in the document: its path (`categories[0].inventory.Hög`) and, when
// inside a named thing, that thing in words (`yrkeskategorin "Sektionschef"`),
// which every error message starts with.
class Where {
 public:
  Where() = default;

  Where Key(std::string_view key) const;
  Where Index(std::size_t index) const;
  // The same place, now known to belong to `owner_sv` / `owner_en`.
  Where OwnedBy(std::string owner_sv, std::string owner_en) const;

  const std::string& field() const { return field_; }

  // An input error at this place; the rule is a short stable key ("share_sum").
  Error Invalid(std::string_view rule, const std::string& message_sv,
                const std::string& message_en) const;

 private:
  std::string field_;
  std::string owner_sv_;
  std::string owner_en_;
};

// Syntax, duplicate keys and depth, checked before the document is built, so
// the reader never sees a key whose earlier value was silently dropped.
Status CheckJsonSyntax(std::string_view utf8);

// A whole JSON document from a file's bytes: at most `max_bytes` (kTooLarge,
// rule "size"), decoded to UTF-8 (BOM, Windows-1252), then CheckJsonSyntax,
// then parsed. The one way the document readers take their input.
Result<Json> ParseJsonDocument(std::string_view bytes, std::size_t max_bytes);

Status ExpectObject(const Json& value, const Where& where);
Status ExpectArray(const Json& value, const Where& where, std::size_t max_items = kMaxItems);

// Every key of `object` must be one of `allowed`: a typo must not pass unseen.
// The error (rule "unknown_key") names the key and lists the allowed ones.
Status OnlyKnownKeys(const Json& object, const Where& where,
                     std::initializer_list<std::string_view> allowed);
Status OnlyKnownKeys(const Json& object, const Where& where, const std::vector<std::string>& allowed);

// The member, or nullptr when it is absent or null (null means "not given").
const Json* Member(const Json& object, std::string_view key);

// The member, or an error saying it is missing.
Result<const Json*> RequiredMember(const Json& object, std::string_view key, const Where& where);

Result<double> ReadNumber(const Json& value, const Where& where);  // finite
Result<double> ReadNumberIn(const Json& value, const Where& where, double min, double max);
Result<double> ReadCount(const Json& value, const Where& where);    // 0 … kMaxCount
Result<int> ReadWholeNumber(const Json& value, const Where& where, int min, int max);
Result<std::string> ReadText(const Json& value, const Where& where);
Result<std::string> ReadNonEmptyText(const Json& value, const Where& where);

// A map key that must be a whole number, such as a horizon ("2") or a birth
// year ("1958"): digits only, within min–max.
Result<int> ParseWholeNumberKey(std::string_view key, const Where& where, int min, int max);

// Only whether a read succeeded, for values that are validated but not kept.
template <typename T>
Status Checked(const Result<T>& result) {
  if (!result) return result.error();
  return Ok();
}

// A number in a message: "−2,5" in Swedish, "-2.5" in English.
std::string SwedishNumber(double value);
std::string EnglishNumber(double value);

// "a, b, c": lists in English messages (Swedish ones use JoinWithOch).
std::string JoinWithCommas(const std::vector<std::string>& items);

// For messages: `"sjutton"`, `-3`, `{…}`; at most about 40 characters.
std::string Quote(const Json& value);

}  // namespace kplan::io::json_fields
