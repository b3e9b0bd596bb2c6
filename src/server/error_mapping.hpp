#pragma once
// The one place where domain errors become HTTP: status code and JSON body.

#include "api.hpp"

namespace kplan::server {

int HttpStatusFor(ErrorCode code);

// {"error":{"code":"invalid_input","message":"...","rule":...,"location":{...}}}
// Internal errors say only that something went wrong: no SQL, no stack, no paths.
Json ErrorBody(const Error& error, Language language);
// The inside of that shape: {"code","message",...}, also used for each row
// error of an import report.
Json ErrorDetail(const Error& error, Language language);

}  // namespace kplan::server
