#include "error_mapping.hpp"

namespace kplan::server {

int HttpStatusFor(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalidInput: return 400;
    case ErrorCode::kUnauthenticated: return 401;
    case ErrorCode::kForbidden: return 403;
    case ErrorCode::kNotFound: return 404;
    case ErrorCode::kConflict: return 409;
    case ErrorCode::kPreconditionFailed: return 412;
    case ErrorCode::kTooLarge: return 413;
    case ErrorCode::kTooManyRequests: return 429;
    case ErrorCode::kUnavailable: return 503;
    case ErrorCode::kInternal: return 500;
  }
  return 500;
}

Json ErrorBody(const Error& error, Language language) { return Json{{"error", ErrorDetail(error, language)}}; }

Json ErrorDetail(const Error& error, Language language) {
  Json e;
  e["code"] = std::string(ErrorCodeName(error.code()));
  if (error.code() == ErrorCode::kInternal) {
    e["message"] = language == Language::kEnglish ? "An internal error occurred."
                                                  : "Ett internt fel inträffade.";
    return e;
  }
  e["message"] = error.Describe(language);
  if (!error.rule().empty()) e["rule"] = error.rule();
  if (!error.hint().empty()) e["hint"] = error.hint();
  const SourceLocation& at = error.location();
  if (!at.empty()) {
    Json loc = Json::object();
    if (!at.file.empty()) loc["file"] = at.file;
    if (!at.sheet.empty()) loc["sheet"] = at.sheet;
    if (at.row) loc["row"] = *at.row;
    if (!at.column.empty()) loc["column"] = at.column;
    if (!at.cell.empty()) loc["cell"] = at.cell;
    if (!at.field.empty()) loc["field"] = at.field;
    if (at.value) loc["value"] = *at.value;
    e["location"] = loc;
  }
  return e;
}

}  // namespace kplan::server
