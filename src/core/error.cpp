#include "kplan/core/error.hpp"

namespace kplan {

std::string_view ErrorCodeName(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalidInput: return "invalid_input";
    case ErrorCode::kNotFound: return "not_found";
    case ErrorCode::kConflict: return "conflict";
    case ErrorCode::kPreconditionFailed: return "precondition_failed";
    case ErrorCode::kUnauthenticated: return "unauthenticated";
    case ErrorCode::kForbidden: return "forbidden";
    case ErrorCode::kTooLarge: return "too_large";
    case ErrorCode::kTooManyRequests: return "too_many_requests";
    case ErrorCode::kUnavailable: return "unavailable";
    case ErrorCode::kInternal: return "internal";
  }
  return "internal";
}

bool SourceLocation::empty() const {
  return file.empty() && sheet.empty() && !row && column.empty() && cell.empty() &&
         field.empty() && !value;
}

Error::Error(ErrorCode code, std::string message_sv, std::string message_en)
    : code_(code), message_sv_(std::move(message_sv)), message_en_(std::move(message_en)) {}

const std::string& Error::message(Language lang) const {
  if (lang == Language::kEnglish && !message_en_.empty()) return message_en_;
  return message_sv_;
}

Error& Error::WithRule(std::string rule) { rule_ = std::move(rule); return *this; }
Error& Error::WithHint(std::string hint) { hint_ = std::move(hint); return *this; }
Error& Error::WithLocation(SourceLocation location) { location_ = std::move(location); return *this; }
Error& Error::WithFile(std::string file) { location_.file = std::move(file); return *this; }
Error& Error::WithSheet(std::string sheet) { location_.sheet = std::move(sheet); return *this; }
Error& Error::WithRow(std::int64_t row) { location_.row = row; return *this; }
Error& Error::WithColumn(std::string column) { location_.column = std::move(column); return *this; }
Error& Error::WithCell(std::string cell) { location_.cell = std::move(cell); return *this; }
Error& Error::WithField(std::string field) { location_.field = std::move(field); return *this; }
Error& Error::WithValue(std::string value) { location_.value = std::move(value); return *this; }

namespace {

struct LocationWords {
  const char* file;
  const char* sheet;
  const char* row;
  const char* column;
  const char* cell;
  const char* field;
};

constexpr LocationWords kSwedishWords{"fil", "blad", "rad", "kolumn", "cell", "fält"};
constexpr LocationWords kEnglishWords{"file", "sheet", "row", "column", "cell", "field"};

void AppendPart(std::string& out, const char* word, const std::string& text, bool quoted) {
  if (!out.empty()) out += ", ";
  out += word;
  out += ' ';
  if (quoted) out += '"';
  out += text;
  if (quoted) out += '"';
}

}  // namespace

std::string Error::Describe(Language lang) const {
  const LocationWords& w = lang == Language::kEnglish ? kEnglishWords : kSwedishWords;
  std::string where;
  if (!location_.file.empty()) AppendPart(where, w.file, location_.file, true);
  if (!location_.sheet.empty()) AppendPart(where, w.sheet, location_.sheet, true);
  if (location_.row) AppendPart(where, w.row, std::to_string(*location_.row), false);
  if (!location_.column.empty()) AppendPart(where, w.column, location_.column, true);
  if (!location_.cell.empty()) AppendPart(where, w.cell, location_.cell, false);
  if (!location_.field.empty()) AppendPart(where, w.field, location_.field, true);
  std::string out = where.empty() ? message(lang) : where + ": " + message(lang);
  return out;
}

}  // namespace kplan
