#pragma once
// Text encodings of files that come from Excel and HR systems.
//
// Swedish exports arrive as UTF-8 (with or without a byte-order mark) or as
// Windows-1252. DecodeToUtf8 detects which, says what it detected, and returns
// UTF-8 text without a BOM. Detection: a UTF-8 BOM wins; otherwise text that is
// valid UTF-8 is taken as UTF-8; anything else is read as Windows-1252, which
// maps every byte (so it cannot fail, and "Ã¥" mojibake is avoided for files
// that really are 1252).

#include <string>
#include <string_view>

namespace kplan::io {

enum class TextEncoding { kUtf8, kUtf8WithBom, kWindows1252 };

// Human-readable name in Swedish, for "Upptäckt: UTF-8 med BOM" messages.
std::string_view TextEncodingName(TextEncoding encoding);

struct DecodedText {
  TextEncoding encoding;
  std::string utf8;
};

DecodedText DecodeToUtf8(std::string_view bytes);

// True when bytes form valid UTF-8 (no overlongs, no surrogates).
bool IsValidUtf8(std::string_view bytes);

}  // namespace kplan::io
