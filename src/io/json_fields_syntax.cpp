#include <optional>
#include <set>
#include <vector>

#include "kplan/io/json_fields.hpp"
#include "kplan/core/swedish_text.hpp"
#include "kplan/io/text_encoding.hpp"

namespace kplan::io::json_fields {
namespace {

// Follows the parse to know the path of each value, so that a duplicate key
// can be reported where it is. Everything else is left to the second pass.
class SyntaxChecker : public nlohmann::json_sax<Json> {
 public:
  std::optional<Error> error;

  bool null() override { return Value(); }
  bool boolean(bool) override { return Value(); }
  bool number_integer(number_integer_t) override { return Value(); }
  bool number_unsigned(number_unsigned_t) override { return Value(); }
  bool number_float(number_float_t, const string_t&) override { return Value(); }
  bool string(string_t&) override { return Value(); }
  bool binary(binary_t&) override { return Value(); }

  bool start_object(std::size_t) override { return Open(true); }
  bool start_array(std::size_t) override { return Open(false); }
  bool end_object() override { return Close(); }
  bool end_array() override { return Close(); }

  bool key(string_t& key) override {
    Frame& object = frames_.back();
    if (!object.keys.insert(key).second) {
      error = object.where.Key(key).Invalid(
          "duplicate_key", "nyckeln \"" + key + "\" förekommer mer än en gång i samma objekt",
          "the key \"" + key + "\" occurs more than once in the same object");
      return false;
    }
    object.key = key;
    return true;
  }

  // Where and why the parser stopped; CheckJsonSyntax, which has the text,
  // turns the byte into a line and character.
  std::optional<std::size_t> failed_at_byte;
  bool number_too_large = false;

  bool parse_error(std::size_t position, const std::string&,
                   const nlohmann::detail::exception& e) override {
    failed_at_byte = position;
    number_too_large = e.id == 406;  // out_of_range.406: number overflow
    return false;
  }

 private:
  struct Frame {
    bool is_object = false;
    Where where;
    std::set<std::string> keys;
    std::string key;        // the current key, in an object
    std::size_t index = 0;  // the next index, in an array
  };

  // The place of the value that starts now.
  Where Next() {
    if (frames_.empty()) return {};
    Frame& parent = frames_.back();
    return parent.is_object ? parent.where.Key(parent.key) : parent.where.Index(parent.index++);
  }

  bool Value() {
    Next();
    return true;
  }

  bool Open(bool is_object) {
    if (frames_.size() >= kMaxDepth) {
      error = Next().Invalid("depth",
                             "dokumentet är nästlat djupare än " + std::to_string(kMaxDepth) + " nivåer",
                             "the document is nested deeper than " + std::to_string(kMaxDepth) + " levels");
      return false;
    }
    Frame frame;
    frame.is_object = is_object;
    frame.where = Next();
    frames_.push_back(std::move(frame));
    return true;
  }

  bool Close() {
    frames_.pop_back();
    return true;
  }

  std::vector<Frame> frames_;
};

struct TextPosition {
  std::int64_t line = 1;
  std::size_t column = 1;
};

TextPosition PositionOf(std::string_view text, std::size_t byte) {
  TextPosition position;
  // nlohmann counts the failing character as read: stop just before it.
  const std::size_t end = std::min(byte > 0 ? byte - 1 : 0, text.size());
  for (std::size_t i = 0; i < end; ++i) {
    if (text[i] == '\n') {
      ++position.line;
      position.column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++position.column;
    }
  }
  return position;
}

}  // namespace

Status CheckJsonSyntax(std::string_view utf8) {
  SyntaxChecker checker;
  bool complete = false;
  try {
    complete = Json::sax_parse(utf8, &checker, Json::input_format_t::json, /*strict=*/true);
  } catch (const nlohmann::json::exception&) {
    complete = false;  // the parser reports through the checker; this is a safety net
  }
  if (checker.error) return *checker.error;
  if (complete) return Ok();
  const TextPosition at = PositionOf(utf8, checker.failed_at_byte.value_or(utf8.size()));
  const std::string column = std::to_string(at.column);
  Error error = checker.number_too_large
                    ? Error(ErrorCode::kInvalidInput, "talet som slutar vid tecken " + column + " är för stort",
                            "the number ending at character " + column + " is too large")
                    : Error(ErrorCode::kInvalidInput,
                            "texten är inte giltig JSON (fel vid tecken " + column + ")",
                            "the text is not valid JSON (error at character " + column + ")");
  return error.WithRow(at.line).WithRule("json_syntax");
}

Result<Json> ParseJsonDocument(std::string_view bytes, std::size_t max_bytes) {
  if (bytes.size() > max_bytes) {
    return Error(ErrorCode::kTooLarge, "dokumentet är större än " + FormatInteger(max_bytes >> 20) + " MB",
                 "the document is larger than " + std::to_string(max_bytes >> 20) + " MB")
        .WithRule("size");
  }
  const DecodedText text = DecodeToUtf8(bytes);
  if (Status syntax = CheckJsonSyntax(text.utf8); !syntax.ok()) return syntax.error();
  try {
    return Json::parse(text.utf8);
  } catch (const nlohmann::json::exception& e) {
    // Unreachable after CheckJsonSyntax, but no exception may leave the reader.
    return Error(ErrorCode::kInvalidInput, "texten är inte giltig JSON", e.what()).WithRule("json_syntax");
  }
}

}  // namespace kplan::io::json_fields
