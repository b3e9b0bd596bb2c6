#pragma once
// What every handler needs and would otherwise write again: reading the JSON
// body field by field with errors that name the field, versions from If-Match,
// the unit scope of a request and the subtree check, and lists that filter
// and paginate the same way everywhere.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "../api.hpp"
#include "kplan/core/calendar_date.hpp"
#include "kplan/core/plan_year.hpp"
#include "kplan/core/year_span.hpp"

namespace kplan::server::handlers {

// The body as a JSON object; 400 naming the position when it is not JSON, the
// key when one occurs twice in the same object (rule "duplicate_key", which a
// plain parse would reduce silently to its last value), or when it is not an
// object. The syntax is checked by io's JSON field reader (json_fields.hpp).
Result<Json> ParseBody(const ApiRequest& req);

// The keys of `body` must be those `schema` declares: at every level where an
// OpenAPI object schema lists "properties" (following "$ref" into
// `components` and "items" into arrays), any other key is refused with 400
// naming it (rule "unknown_key") — unless that level says
// "additionalProperties": true, for documents that their reader checks itself.
Status OnlyDeclaredKeys(const Json& body, const Json& schema, const Json& components);

// Typed access to the fields of a JSON object. Each getter returns a value or
// an Error (kInvalidInput) naming the field and what it should be.
class Fields {
 public:
  explicit Fields(const Json& object) : object_(object) {}

  // max_length in characters (UTF-8 code points, core/field_rules.hpp).
  Result<std::string> String(std::string_view name, std::size_t max_length = 10000) const;
  Result<std::string> OptionalString(std::string_view name, std::size_t max_length = 10000) const;
  Result<int> Int(std::string_view name, int min, int max) const;
  Result<std::optional<int>> OptionalInt(std::string_view name, int min, int max) const;
  // The id of a record (a positive whole number), or none when absent or null.
  Result<std::optional<std::int64_t>> OptionalId(std::string_view name) const;
  // An array of texts of at most max_length characters each; empty when absent or null.
  Result<std::vector<std::string>> OptionalStrings(std::string_view name, std::size_t max_length) const;
  // An array of record ids; empty when absent or null.
  Result<std::vector<std::int64_t>> OptionalIds(std::string_view name) const;
  Result<double> Number(std::string_view name) const;
  Result<std::optional<double>> OptionalNumber(std::string_view name) const;
  Result<std::optional<CalendarDate>> OptionalDate(std::string_view name) const;
  Result<bool> OptionalBool(std::string_view name, bool fallback) const;
  bool Has(std::string_view name) const;
  const Json& Get(std::string_view name) const;

 private:
  const Json& object_;
};

Error FieldError(std::string_view field, std::string message_sv, std::string message_en);

// The version the caller read: If-Match ("3", W/"3") or the body's "version".
// 400 naming "version" when neither is given.
Result<int> ExpectedVersion(const ApiRequest& req, const Json* body);

// Adds ETag: "<version>".
ApiResponse WithVersion(ApiResponse response, int version);

// The path parameter as a positive integer id, or 404.
Result<std::int64_t> IdParam(const ApiRequest& req, std::string_view name = "id");

// The unit a read or write is about: ?org=CODE, else the caller's own unit,
// else the whole organisation. 403 when it lies outside the caller's subtree.
Result<OrgUnit> ScopeUnit(const ApiRequest& req, AppContext& app);

// 403 unless the unit with this code lies in the caller's subtree; the unit
// must exist (kInvalidInput naming `field` otherwise).
Result<OrgUnit> RequireUnitAccess(const ApiRequest& req, AppContext& app,
                                  std::string_view unit_code, std::string_view field = "unit");

// `text` (a query parameter or a form field called `name`) as a whole number
// within min–max, read by core's one parser (whole_number.hpp): "2025x" and
// "20 25" are refused. 400 naming the field and the range otherwise.
Result<int> WholeNumberField(std::string_view name, std::string_view text, int min, int max);

// ?name=N within min–max, or `fallback` when the parameter is absent.
Result<int> IntQueryParam(const ApiRequest& req, std::string_view name, int fallback, int min, int max);

// ?year=Y, required, core's kPlanYearMin–kPlanYearMax (plan_year.hpp).
Result<int> YearParam(const ApiRequest& req);
// ?year=Y as YearParam when given; std::nullopt when absent.
Result<std::optional<int>> OptionalYearParam(const ApiRequest& req);

// A record's plan years (core/year_span.hpp) from its body: "year" required,
// "through_year" optional (null or absent: that year only), checked by core.
Result<YearSpan> YearSpanFields(const Fields& fields);
// "year" and "through_year" (null for a single year) into a record's JSON.
void PutYearSpan(Json& json, const YearSpan& span);

// A list answer: {"items": [...], "total", "limit", "offset"}. Query
// parameters: limit (1–1000, default 100), offset, sort=field or -field, q
// (case-insensitive text in any string field), and field=value for any other
// parameter not in `scope_parameters` (exact match on that field).
Result<ApiResponse> ListResponse(const ApiRequest& req, Json items,
                                 const std::vector<std::string>& scope_parameters = {"org", "year"});

// Content-Disposition: attachment with the UTF-8 file name (RFC 5987) beside
// an ASCII fallback.
std::string ContentDisposition(const std::string& file_name);
// A file to download: the bytes as they are, its type and its name.
ApiResponse Download(std::string bytes, std::string content_type, const std::string& file_name);

// The principal's name, for the audit log.
std::string Actor(const ApiRequest& req);

}  // namespace kplan::server::handlers
