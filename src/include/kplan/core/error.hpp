#pragma once
// The one error type of Kompetensplan, used by every layer.
//
// An Error says what went wrong (a code from a small fixed set, a message in
// Swedish and English, the rule that was broken, an optional hint on how to fix
// it) and where (file or sheet, row, column, cell, value, or a field path in a
// JSON document). Readers fill in the location so that a user can go straight
// to the bad cell; the server maps the code to an HTTP status in one place.
//
// Result<T> holds either a value or an Error; Status is Result<void>.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace kplan {

// Deliberately few codes: each answers "what should the caller do?", not
// "which function failed?". Details go in the message and the location.
enum class ErrorCode {
  kInvalidInput,        // the input breaks a rule; fix the input
  kNotFound,            // the thing asked for does not exist
  kConflict,            // the request clashes with stored state (e.g. duplicate)
  kPreconditionFailed,  // someone else changed the record first (stale version)
  kUnauthenticated,     // no valid session
  kForbidden,           // valid session, but not allowed here
  kTooLarge,            // the input exceeds a configured limit
  kTooManyRequests,     // too many attempts (failed logins): wait and try again
  kUnavailable,         // a dependency (database, file) cannot be reached now
  kInternal,            // a bug or an unexpected failure; details are logged, not shown
};

// Stable snake_case name of a code, used in JSON ("invalid_input").
std::string_view ErrorCodeName(ErrorCode code);

enum class Language { kSwedish, kEnglish };

// Where in the input an error was found. Every field is optional; set what the
// reader knows. Rows are 1-based as the user sees them in Excel or an editor.
struct SourceLocation {
  std::string file;                   // file name as the user gave it
  std::string sheet;                  // XLSX sheet
  std::optional<std::int64_t> row;    // 1-based line or row
  std::string column;                 // column header as written in the file
  std::string cell;                   // XLSX cell reference, e.g. "C14"
  std::string field;                  // path in a JSON document, e.g. categories[2].growth.5
  std::optional<std::string> value;   // the offending value, verbatim
  std::string source_line;            // the original line, when it helps

  bool empty() const;
};

class Error {
 public:
  Error(ErrorCode code, std::string message_sv, std::string message_en = {});

  ErrorCode code() const { return code_; }
  // The message without the location, e.g. "\"1,5\" är inte ett tal mellan 0 och 100".
  const std::string& message(Language lang = Language::kSwedish) const;
  const std::string& rule() const { return rule_; }
  const std::string& hint() const { return hint_; }
  const SourceLocation& location() const { return location_; }

  // Builders, so call sites read as one expression:
  //   return Error(ErrorCode::kInvalidInput, sv, en).WithRow(14).WithColumn("Sysselsättningsgrad");
  Error& WithRule(std::string rule);
  Error& WithHint(std::string hint);
  Error& WithLocation(SourceLocation location);
  Error& WithFile(std::string file);
  Error& WithSheet(std::string sheet);
  Error& WithRow(std::int64_t row);
  Error& WithColumn(std::string column);
  Error& WithCell(std::string cell);
  Error& WithField(std::string field);
  Error& WithValue(std::string value);

  // The full sentence a user reads: location first, then the message, e.g.
  //   fil "personal.csv", rad 14, kolumn "Sysselsättningsgrad": "1,5" är inte ett tal mellan 0 och 100
  std::string Describe(Language lang = Language::kSwedish) const;

 private:
  ErrorCode code_;
  std::string message_sv_;
  std::string message_en_;
  std::string rule_;
  std::string hint_;
  SourceLocation location_;
};

// Either a value or an Error. Accessing the wrong alternative is a bug and
// aborts (it is checked, not undefined).
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}        // NOLINT: implicit by design
  Result(Error error) : state_(std::move(error)) {}    // NOLINT: implicit by design

  bool ok() const { return std::holds_alternative<T>(state_); }
  explicit operator bool() const { return ok(); }

  const T& value() const& { return std::get<T>(state_); }
  T& value() & { return std::get<T>(state_); }
  // By value, so that `for (auto& x : Load().value())` does not dangle.
  T value() && { return std::get<T>(std::move(state_)); }
  const Error& error() const { return std::get<Error>(state_); }

 private:
  std::variant<T, Error> state_;
};

template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(Error error) : error_(std::move(error)) {}    // NOLINT: implicit by design

  bool ok() const { return !error_.has_value(); }
  explicit operator bool() const { return ok(); }
  const Error& error() const { return error_.value(); }

 private:
  std::optional<Error> error_;
};

using Status = Result<void>;

inline Status Ok() { return Status(); }

}  // namespace kplan
