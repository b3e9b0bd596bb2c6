#pragma once

// UTF-8 primitives every layer counts and writes text with: the field limits
// count characters, the XLSX reader and the plan texts turn escapes into
// characters. Depends on nothing, so the fuzz targets can link it alone.

#include <cstddef>
#include <string>
#include <string_view>

namespace kplan {

// Characters (UTF-8 code points) in `utf8`: bytes that do not continue a
// sequence. Invalid UTF-8 counts one per stray lead byte.
std::size_t CharacterCount(std::string_view utf8);

// Appends the code point (at most 0x10FFFF) as UTF-8; the caller decides what
// an invalid one becomes.
void AppendUtf8(std::string& out, unsigned long code_point);

}  // namespace kplan
