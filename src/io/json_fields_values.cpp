#include <algorithm>
#include <cmath>
#include <cstdio>

#include "kplan/io/json_fields.hpp"
#include "kplan/core/swedish_text.hpp"

namespace kplan::io::json_fields {
namespace {

struct TypeWords {
  const char* sv;
  const char* en;
};

TypeWords TypeOf(const Json& value) {
  switch (value.type()) {
    case Json::value_t::null: return {"null", "null"};
    case Json::value_t::boolean: return {"ett sanningsvärde", "a boolean"};
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float: return {"ett tal", "a number"};
    case Json::value_t::string: return {"en text", "a string"};
    case Json::value_t::array: return {"en lista", "an array"};
    case Json::value_t::object: return {"ett objekt", "an object"};
    default: return {"ett okänt värde", "an unknown value"};
  }
}

// "key" in quotation marks. (Built by appending: GCC 12 warns, wrongly, about
// "literal" + std::string at -O3.)
std::string InQuotes(std::string_view text) {
  std::string quoted;
  quoted.reserve(text.size() + 2);
  return quoted.append("\"").append(text).append("\"");
}

Error WrongType(const Json& value, const Where& where, const TypeWords& wanted) {
  const TypeWords actual = TypeOf(value);
  return where
      .Invalid("json_type",
               std::string("ska vara ") + wanted.sv + ", men är " + actual.sv + " (" + Quote(value) + ")",
               std::string("must be ") + wanted.en + ", but is " + actual.en + " (" + Quote(value) + ")")
      .WithValue(Quote(value));
}

Error OutOfRange(double value, const Where& where, double min, double max) {
  return where
      .Invalid("range",
               SwedishNumber(value) + " ligger utanför det tillåtna intervallet " + SwedishNumber(min) + "–" +
                   SwedishNumber(max),
               EnglishNumber(value) + " is outside the allowed range " + EnglishNumber(min) + "–" + EnglishNumber(max))
      .WithValue(EnglishNumber(value));
}

}  // namespace

Where Where::Key(std::string_view key) const {
  Where inner = *this;
  if (!inner.field_.empty()) inner.field_ += '.';
  inner.field_ += key;
  return inner;
}

Where Where::Index(std::size_t index) const {
  Where inner = *this;
  inner.field_.append("[").append(std::to_string(index)).append("]");
  return inner;
}

Where Where::OwnedBy(std::string owner_sv, std::string owner_en) const {
  Where owned = *this;
  owned.owner_sv_ = std::move(owner_sv);
  owned.owner_en_ = std::move(owner_en);
  return owned;
}

Error Where::Invalid(std::string_view rule, const std::string& message_sv,
                     const std::string& message_en) const {
  const auto owned = [](const std::string& owner, const std::string& message) {
    return owner.empty() ? message : owner + ": " + message;
  };
  Error error(ErrorCode::kInvalidInput, owned(owner_sv_, message_sv), owned(owner_en_, message_en));
  error.WithRule(std::string(rule));
  if (!field_.empty()) error.WithField(field_);
  return error;
}

Status ExpectObject(const Json& value, const Where& where) {
  if (!value.is_object()) return WrongType(value, where, {"ett objekt", "an object"});
  if (value.size() > kMaxItems) {
    return where.Invalid("too_many", "objektet har fler än " + FormatInteger(kMaxItems) + " nycklar",
                         "the object has more than " + std::to_string(kMaxItems) + " keys");
  }
  return Ok();
}

Status ExpectArray(const Json& value, const Where& where, std::size_t max_items) {
  if (!value.is_array()) return WrongType(value, where, {"en lista", "an array"});
  if (value.size() > max_items) {
    return where.Invalid("too_many",
                         "listan har " + FormatInteger(static_cast<std::int64_t>(value.size())) +
                             " poster, men högst " + FormatInteger(static_cast<std::int64_t>(max_items)) +
                             " tillåts",
                         "the array has " + std::to_string(value.size()) + " items, but at most " +
                             std::to_string(max_items) + " are allowed");
  }
  return Ok();
}

Status OnlyKnownKeys(const Json& object, const Where& where,
                     std::initializer_list<std::string_view> allowed) {
  return OnlyKnownKeys(object, where, std::vector<std::string>(allowed.begin(), allowed.end()));
}

Status OnlyKnownKeys(const Json& object, const Where& where, const std::vector<std::string>& names) {
  for (const auto& [key, value] : object.items()) {
    if (std::find(names.begin(), names.end(), key) != names.end()) continue;
    return where.Key(key)
        .Invalid("unknown_key", "okänd nyckel \"" + key + "\" (tillåtna: " + JoinWithOch(names) + ")",
                 "unknown key \"" + key + "\" (allowed: " + JoinWithCommas(names) + ")")
        .WithValue(key);
  }
  return Ok();
}

const Json* Member(const Json& object, std::string_view key) {
  const auto it = object.find(std::string(key));
  if (it == object.end() || it->is_null()) return nullptr;
  return &*it;
}

Result<const Json*> RequiredMember(const Json& object, std::string_view key, const Where& where) {
  if (const Json* member = Member(object, key)) return member;
  return where.Key(key).Invalid("required", InQuotes(key) + " saknas", InQuotes(key) + " is missing");
}

Result<double> ReadNumber(const Json& value, const Where& where) {
  if (!value.is_number()) return WrongType(value, where, {"ett tal", "a number"});
  const auto number = value.get<double>();
  if (!std::isfinite(number)) {
    return where.Invalid("range", "talet är inte ändligt", "the number is not finite");
  }
  return number;
}

Result<double> ReadNumberIn(const Json& value, const Where& where, double min, double max) {
  Result<double> number = ReadNumber(value, where);
  if (!number) return number;
  if (number.value() < min || number.value() > max) return OutOfRange(number.value(), where, min, max);
  return number;
}

Result<double> ReadCount(const Json& value, const Where& where) {
  Result<double> number = ReadNumber(value, where);
  if (!number) return number;
  if (number.value() < 0) {
    return where
        .Invalid("count", "ett antal kan inte vara negativt (" + SwedishNumber(number.value()) + ")",
                 "a count cannot be negative (" + EnglishNumber(number.value()) + ")")
        .WithValue(EnglishNumber(number.value()));
  }
  if (number.value() > kMaxCount) return OutOfRange(number.value(), where, 0, kMaxCount);
  return number;
}

Result<int> ReadWholeNumber(const Json& value, const Where& where, int min, int max) {
  Result<double> number = ReadNumber(value, where);
  if (!number) return number.error();
  if (std::trunc(number.value()) != number.value()) {
    return where
        .Invalid("whole_number", "ska vara ett heltal, men är " + SwedishNumber(number.value()),
                 "must be a whole number, but is " + EnglishNumber(number.value()))
        .WithValue(EnglishNumber(number.value()));
  }
  if (number.value() < min || number.value() > max) return OutOfRange(number.value(), where, min, max);
  return static_cast<int>(number.value());
}

Result<std::string> ReadText(const Json& value, const Where& where) {
  if (!value.is_string()) return WrongType(value, where, {"en text", "a string"});
  return value.get<std::string>();
}

Result<std::string> ReadNonEmptyText(const Json& value, const Where& where) {
  Result<std::string> text = ReadText(value, where);
  if (!text) return text;
  if (text.value().find_first_not_of(" \t\r\n") == std::string::npos) {
    return where.Invalid("required", "får inte vara tom", "must not be empty");
  }
  return text;
}

Result<int> ParseWholeNumberKey(std::string_view key, const Where& where, int min, int max) {
  const bool digits = !key.empty() && key.size() <= 9 &&
                      std::all_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (!digits) {
    return where
        .Invalid("whole_number", InQuotes(key) + " är inte ett heltal",
                 InQuotes(key) + " is not a whole number")
        .WithValue(std::string(key));
  }
  const int number = std::stoi(std::string(key));
  if (number < min || number > max) return OutOfRange(number, where, min, max);
  return number;
}

std::string SwedishNumber(double value) { return FormatDecimal(value, 6); }

std::string EnglishNumber(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.10g", value);
  return buffer;
}

std::string JoinWithCommas(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

std::string Quote(const Json& value) {
  if (value.is_object()) return "{…}";
  if (value.is_array()) return "[…]";
  std::string text = value.dump(-1, ' ', false, Json::error_handler_t::replace);
  constexpr std::size_t kMaxShown = 40;
  if (DisplayWidth(text) > kMaxShown) {
    std::size_t cut = kMaxShown;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // keep UTF-8 whole
    text = text.substr(0, cut) + "…";
  }
  return text;
}

}  // namespace kplan::io::json_fields
