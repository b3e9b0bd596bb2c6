#pragma once
// The analysis document: the JSON that `kplan analyze` reads, and the JSON
// result it writes. Both formats are described in docs/analysis-format.md
// (with a JSON Schema of the input in docs/analysis-input.schema.json).
//
// Reading validates the whole document before anything is computed. Every
// error names the field as a path (SourceLocation::field, e.g.
// `categories[0].target_shares`) and, inside a category, indicator or
// projection category, its name in the message, in Swedish and English:
//   fält "categories[0].target_shares": yrkeskategorin "Sektionschef":
//   målfördelningen summerar till 98 %, men ska summera till 100 % (±0,5)
// No input makes the reader crash or throw: wrong types, missing keys,
// duplicate keys, numbers out of range, deep nesting and text that is not
// JSON at all are all reported as errors (code kInvalidInput, or kTooLarge).

#include <cstddef>
#include <string>
#include <string_view>

#include "kplan/core/analysis.hpp"
#include "kplan/core/error.hpp"

namespace kplan::io {

// Larger documents are refused with kTooLarge before parsing.
inline constexpr std::size_t kMaxAnalysisDocumentBytes = 64u << 20;

// Reads a document from its bytes: UTF-8 (with or without BOM) or
// Windows-1252, as io/text_encoding detects.
Result<AnalysisInput> ParseAnalysisDocument(std::string_view bytes);

// The result as JSON, keys in a fixed order, indented by two spaces.
// Computed values are given to six decimals; rounded figures are integers.
std::string WriteAnalysisResultJson(const AnalysisResult& result);

}  // namespace kplan::io
