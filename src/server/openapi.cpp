#include "openapi.hpp"

#include <set>

#include "kplan/version.hpp"

namespace kplan::server {
namespace {

Json Ref(const std::string& schema) { return Json{{"$ref", "#/components/schemas/" + schema}}; }

Json ErrorResponse(const char* description) {
  return Json{{"description", description},
              {"content", {{"application/json", {{"schema", Ref("Error")}}}}}};
}

// {name} segments of a pattern become path parameters.
Json PathParameters(const std::string& pattern) {
  Json out = Json::array();
  std::size_t at = 0;
  while ((at = pattern.find('{', at)) != std::string::npos) {
    std::size_t end = pattern.find('}', at);
    out.push_back(Json{{"name", pattern.substr(at + 1, end - at - 1)},
                       {"in", "path"},
                       {"required", true},
                       {"schema", {{"type", "string"}}}});
    at = end;
  }
  return out;
}

Json Operation(const Route& r) {
  Json op{{"summary", r.summary}, {"tags", Json::array({r.tag})},
          {"operationId", r.method + " " + r.pattern}};
  Json params = PathParameters(r.pattern);
  for (const QueryParameter& q : r.query) {
    params.push_back(Json{{"name", q.name}, {"in", "query"}, {"required", q.required},
                          {"description", q.description}, {"schema", {{"type", "string"}}}});
  }
  if (!params.empty()) op["parameters"] = params;
  if (!r.request_schema.empty()) {
    const std::string media = r.request_schema == "ImportUpload" || r.request_schema == "MappingUpload"
                                  ? "multipart/form-data" : "application/json";
    op["requestBody"] = Json{{"required", true}, {"content", {{media, {{"schema", Ref(r.request_schema)}}}}}};
  }
  Json responses = Json::object();
  // Imports and projections are jobs: starting and stopping one is accepted (202), not done.
  const bool job = r.tag == "imports" || r.tag == "projections";
  const int ok = r.ok_status != 0          ? r.ok_status
                 : r.method == "POST" && !job ? 201
                 : r.method == "POST"       ? 202
                 : r.method == "DELETE"     ? (job ? 202 : 204)
                                            : 200;
  if (r.download) {
    responses["200"] = Json{{"description", "the file"},
                            {"content", {{"application/octet-stream", {{"schema", {{"type", "string"}, {"format", "binary"}}}}}}}};
  } else if (r.response_schema.empty() && r.method == "GET") {
    responses["200"] = Json{{"description", "ok"}, {"content", {{"application/json", {{"schema", Json::object()}}}}}};
  } else if (r.response_schema.empty()) {
    responses[std::to_string(ok == 200 ? 204 : ok)] = Json{{"description", "done"}};
  } else {
    responses[std::to_string(ok)] =
        Json{{"description", "ok"},
             {"content", {{"application/json", {{"schema", Ref(r.response_schema)}}}}}};
  }
  responses["400"] = ErrorResponse("invalid input: the error names the field");
  if (!r.is_public) {
    responses["401"] = ErrorResponse("not signed in");
    responses["403"] = ErrorResponse("the role or the unit does not allow it, or the CSRF token is missing");
  }
  if (r.method == "PUT" || r.method == "DELETE") {
    responses["404"] = ErrorResponse("no such record");
    responses["412"] = ErrorResponse("someone else changed the record first: read it again");
  }
  if (r.pattern == "/api/v1/session" && r.method == "POST") responses["429"] = ErrorResponse("too many failed sign-ins");
  op["responses"] = responses;
  if (!r.is_public) op["security"] = Json::array({Json{{"session", Json::array()}}});
  return op;
}

}  // namespace

Json BuildOpenApi(const Router& router) {
  Json paths = Json::object();
  for (const Route& r : router.routes()) {
    std::string method = r.method;
    for (char& c : method) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    paths[r.pattern][method] = Operation(r);
  }
  return Json{{"openapi", "3.0.3"},
              {"info",
               {{"title", "Kompetensplan API"},
                {"version", kVersion},
                {"description",
                 "Planering av kompetensförsörjning. Sign in with POST /api/v1/session; send the "
                 "session cookie with every request and the CSRF token in X-CSRF-Token with every "
                 "change. Updates quote the version read in If-Match. Lists take limit, offset, "
                 "sort, q and field=value filters and answer {items,total,limit,offset}."}}},
              {"paths", paths},
              {"components",
               {{"schemas", OpenApiSchemas()},
                {"securitySchemes",
                 {{"session", {{"type", "apiKey"}, {"in", "cookie"}, {"name", "kplan_session"}}}}}}}};
}

}  // namespace kplan::server
