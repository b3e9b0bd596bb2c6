#include "kplan/io/text_encoding.hpp"

#include <Poco/TextConverter.h>
#include <Poco/UTF8Encoding.h>
#include <Poco/Windows1252Encoding.h>

namespace kplan::io {

std::string_view TextEncodingName(TextEncoding encoding) {
  switch (encoding) {
    case TextEncoding::kUtf8: return "UTF-8";
    case TextEncoding::kUtf8WithBom: return "UTF-8 med BOM";
    case TextEncoding::kWindows1252: return "Windows-1252";
  }
  return "UTF-8";
}

bool IsValidUtf8(std::string_view bytes) {
  Poco::UTF8Encoding utf8;
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const auto* end = p + bytes.size();
  while (p < end) {
    if (*p < 0x80) { ++p; continue; }
    int length = utf8.sequenceLength(p, static_cast<int>(end - p));
    if (length <= 0 || p + length > end) return false;
    int cp = utf8.queryConvert(p, length);
    if (cp < 0 || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    // Reject overlong forms: the shortest encoding of cp must have this length.
    int shortest = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (shortest != length) return false;
    p += length;
  }
  return true;
}

DecodedText DecodeToUtf8(std::string_view bytes) {
  constexpr std::string_view kBom = "\xEF\xBB\xBF";
  if (bytes.substr(0, 3) == kBom) {
    return {TextEncoding::kUtf8WithBom, std::string(bytes.substr(3))};
  }
  if (IsValidUtf8(bytes)) return {TextEncoding::kUtf8, std::string(bytes)};

  Poco::Windows1252Encoding cp1252;
  Poco::UTF8Encoding utf8;
  Poco::TextConverter converter(cp1252, utf8);
  std::string out;
  converter.convert(bytes.data(), static_cast<int>(bytes.size()), out);
  return {TextEncoding::kWindows1252, std::move(out)};
}

}  // namespace kplan::io
