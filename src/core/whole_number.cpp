#include "kplan/core/whole_number.hpp"

#include <charconv>
#include <string>

namespace kplan {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// from_chars alone would take "+5" as an error and " 5" too, but also stops at
// the first non-digit without saying so; the checks here make it all or nothing.
bool ParseAll(std::string_view text, std::int64_t& value) {
  std::string_view digits = text;
  if (!digits.empty() && (digits.front() == '+' || digits.front() == '-')) digits.remove_prefix(1);
  if (digits.empty()) return false;
  for (char c : digits) {
    if (!IsDigit(c)) return false;
  }
  // '+' is not accepted by from_chars; '-' is.
  if (text.front() == '+') text.remove_prefix(1);
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  return error == std::errc() && end == text.data() + text.size();
}

}  // namespace

Result<std::int64_t> ParseWholeNumber(std::string_view text, std::string_view name, WholeNumberRange range) {
  std::int64_t value = 0;
  if (ParseAll(text, value) && value >= range.min && value <= range.max) return value;
  const std::string quoted = std::string(name) + " \"" + std::string(text) + "\"";
  const std::string min = std::to_string(range.min);
  const std::string max = std::to_string(range.max);
  return Error(ErrorCode::kInvalidInput, quoted + " är inte ett heltal från " + min + " till " + max,
               quoted + " is not a whole number from " + min + " to " + max)
      .WithRule("whole_number")
      .WithValue(std::string(text));
}

Result<int> ParseWholeInt(std::string_view text, std::string_view name, int min, int max) {
  Result<std::int64_t> value = ParseWholeNumber(text, name, {min, max});
  if (!value.ok()) return value.error();
  return static_cast<int>(value.value());
}

}  // namespace kplan
