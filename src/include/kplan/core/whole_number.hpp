#pragma once
// The one parser of whole numbers that people type: command-line options,
// query parameters and form fields. Every such number is read here, so that
// "2025x" is refused the same way everywhere instead of being read as 2025.
//
// Accepted: the whole text as a base-10 integer, an optional sign ('+' or
// '-') followed by one or more digits ASCII 0–9, and nothing else: no spaces,
// no decimal point, no trailing characters, not empty. The value must lie
// within [min, max].
//
// Refused: an Error with code kInvalidInput, rule "whole_number", the text as
// its value, and a message in Swedish and English that names `name` (as the
// caller shows it: "--year" on the command line, "year" in a query) and the
// allowed range, e.g.
//   --year "2025x" är inte ett heltal från 2000 till 2100
// The caller adds the location it knows (WithField for a query parameter).

#include <cstdint>
#include <string_view>

#include "kplan/core/error.hpp"

namespace kplan {

struct WholeNumberRange {
  std::int64_t min = 0;
  std::int64_t max = 0;
};

Result<std::int64_t> ParseWholeNumber(std::string_view text, std::string_view name, WholeNumberRange range);

// The same, for a range that fits an int.
Result<int> ParseWholeInt(std::string_view text, std::string_view name, int min, int max);

}  // namespace kplan
