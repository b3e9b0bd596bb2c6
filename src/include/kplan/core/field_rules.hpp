#pragma once
// The checks every record's Validate shares: text lengths counted in
// characters (UTF-8 code points, so "Behålla" is 7, not 8), required fields,
// whole numbers in a range, and the Error that names the field and the rule.
// Every layer (the store, the API, the readers) asks these, so a text that one
// refuses is refused by all, with the same rule key and field.
//
// Rule keys used here (stable, part of the API's error JSON):
//   required    the field is empty
//   max_length  the field has more characters than its limit
//   range       a whole number lies outside its range

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

#include "kplan/core/error.hpp"
#include "kplan/core/utf8.hpp"

namespace kplan {

// At most `max` characters.
bool FitsCharacters(std::string_view utf8, std::size_t max);

// kInvalidInput with the field and the rule set.
Error FieldRuleError(std::string field, std::string rule, std::string message_sv,
                     std::string message_en);

// "max_length" when `text` is longer than `max` characters; "required" as
// well when `required` and `text` is empty. Messages name the limit.
Status CheckText(std::string_view text, std::string_view field, std::size_t max,
                 bool required = false);
// "range" when `value` is not in [min, max]; the value is echoed.
Status CheckRange(long long value, std::string_view field, long long min, long long max);

// One named limit as the vocabularies list them: "activity.title" → 300.
struct FieldLimit {
  std::string_view key;  // record.field
  std::size_t max_chars;
};

// Every record's text limits, in characters, for clients that want to say
// "12 of 300 characters" before sending.
std::span<const FieldLimit> FieldLimits();

}  // namespace kplan
