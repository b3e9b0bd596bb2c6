#include "common.hpp"

#include <algorithm>

#include "../auth/principal.hpp"
#include "kplan/core/field_rules.hpp"
#include "kplan/core/whole_number.hpp"
#include "kplan/io/json_fields.hpp"

namespace kplan::server::handlers {
namespace {

// The bounds of a list page.
constexpr int kMaxListLimit = 1000;
constexpr int kMaxListOffset = 100'000'000;

bool IsAsciiDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Digits only (no sign: a version or an id is never written "+3"), within the range.
std::optional<std::int64_t> DigitsWithin(std::string_view s, std::int64_t min, std::int64_t max) {
  if (!IsAsciiDigits(s)) return std::nullopt;
  Result<std::int64_t> v = ParseWholeNumber(s, "", {min, max});
  if (!v.ok()) return std::nullopt;
  return v.value();
}

std::string LowerAscii(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

std::string AsText(const Json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_null()) return "";
  return v.dump();
}

}  // namespace

Error FieldError(std::string_view field, std::string message_sv, std::string message_en) {
  return Error(ErrorCode::kInvalidInput, "fältet \"" + std::string(field) + "\": " + message_sv,
               "field \"" + std::string(field) + "\": " + message_en)
      .WithField(std::string(field));
}

Result<Json> ParseBody(const ApiRequest& req) {
  // Duplicate keys and nesting depth; a syntax error keeps the message below.
  if (Status syntax = io::json_fields::CheckJsonSyntax(req.body);
      !syntax.ok() && syntax.error().rule() != "json_syntax") {
    return syntax.error();
  }
  Json body;
  try {
    body = Json::parse(req.body);
  } catch (const Json::parse_error& e) {
    return Error(ErrorCode::kInvalidInput,
                 "innehållet är inte giltig JSON (tecken " + std::to_string(e.byte) + ")",
                 "the body is not valid JSON (at byte " + std::to_string(e.byte) + ")")
        .WithField("body")
        .WithRule("json");
  }
  if (!body.is_object()) {
    return Error(ErrorCode::kInvalidInput, "innehållet ska vara ett JSON-objekt",
                 "the body must be a JSON object")
        .WithField("body")
        .WithRule("json_object");
  }
  return body;
}

namespace {

Status OnlyDeclaredKeysAt(const Json& value, const Json& schema, const Json& components,
                          const io::json_fields::Where& where) {
  const Json* s = &schema;
  if (auto ref = s->find("$ref"); ref != s->end() && ref->is_string()) {
    const std::string name = ref->get<std::string>().substr(ref->get<std::string>().rfind('/') + 1);
    auto target = components.find(name);
    if (target == components.end()) return Ok();
    s = &*target;
  }
  if (value.is_array()) {
    auto items = s->find("items");
    if (items == s->end()) return Ok();
    for (std::size_t i = 0; i < value.size(); ++i) {
      if (Status inner = OnlyDeclaredKeysAt(value[i], *items, components, where.Index(i)); !inner.ok()) return inner;
    }
    return Ok();
  }
  auto properties = s->find("properties");
  if (!value.is_object() || properties == s->end() || !properties->is_object()) return Ok();
  if (auto open = s->find("additionalProperties"); open != s->end() && *open == true) return Ok();
  std::vector<std::string> declared;
  for (const auto& [key, property] : properties->items()) declared.push_back(key);
  if (Status known = io::json_fields::OnlyKnownKeys(value, where, declared); !known.ok()) return known;
  for (const auto& [key, member] : value.items()) {
    Status inner = OnlyDeclaredKeysAt(member, (*properties)[key], components, where.Key(key));
    if (!inner.ok()) return inner;
  }
  return Ok();
}

}  // namespace

Status OnlyDeclaredKeys(const Json& body, const Json& schema, const Json& components) {
  return OnlyDeclaredKeysAt(body, schema, components, io::json_fields::Where());
}

bool Fields::Has(std::string_view name) const {
  auto it = object_.find(name);
  return it != object_.end() && !it->is_null();
}

const Json& Fields::Get(std::string_view name) const {
  static const Json kNull;
  auto it = object_.find(name);
  return it == object_.end() ? kNull : *it;
}

namespace {

// A JSON value as a text field: a string without control characters (but tab
// and line breaks), at most max_length characters.
Result<std::string> TextValue(std::string_view name, const Json& v, std::size_t max_length) {
  if (!v.is_string()) return FieldError(name, "ska vara en text", "must be a string");
  std::string s = v.get<std::string>();
  // A NUL would be cut off by the database driver, silently changing the text;
  // other control characters (but tab and line breaks) have no place in a plan.
  if (std::any_of(s.begin(), s.end(), [](char c) {
        return static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r';
      })) {
    return FieldError(name, "innehåller ett styrtecken (t.ex. NUL)",
                      "contains a control character (such as NUL)")
        .WithRule("control_character");
  }
  if (!FitsCharacters(s, max_length)) {  // characters, as every record's limit
    return FieldError(name, "får vara högst " + std::to_string(max_length) + " tecken",
                      "may be at most " + std::to_string(max_length) + " characters")
        .WithRule("max_length");
  }
  return s;
}


}  // namespace

Result<std::string> Fields::OptionalString(std::string_view name, std::size_t max_length) const {
  if (!Has(name)) return std::string();
  return TextValue(name, Get(name), max_length);
}

Result<std::string> Fields::String(std::string_view name, std::size_t max_length) const {
  auto s = OptionalString(name, max_length);
  if (!s.ok()) return s;
  if (s.value().empty()) {
    return FieldError(name, "saknas eller är tomt", "is missing or empty").WithRule("required");
  }
  return s;
}

Result<std::optional<int>> Fields::OptionalInt(std::string_view name, int min, int max) const {
  if (!Has(name)) return std::optional<int>();
  const Json& v = Get(name);
  if (!v.is_number_integer() || v.get<long long>() < min || v.get<long long>() > max) {
    return FieldError(name,
                      "ska vara ett heltal från " + std::to_string(min) + " till " +
                          std::to_string(max),
                      "must be a whole number from " + std::to_string(min) + " to " +
                          std::to_string(max))
        .WithValue(AsText(v))
        .WithRule("integer_range");
  }
  return std::optional<int>(v.get<int>());
}

Result<std::optional<std::int64_t>> Fields::OptionalId(std::string_view name) const {
  if (!Has(name)) return std::optional<std::int64_t>();
  const Json& v = Get(name);
  if (!v.is_number_integer() || v.get<long long>() <= 0) {
    return FieldError(name, "ska vara ett id (ett positivt heltal)", "must be an id (a positive whole number)")
        .WithValue(AsText(v))
        .WithRule("id");
  }
  return std::optional<std::int64_t>(v.get<std::int64_t>());
}

Result<std::vector<std::string>> Fields::OptionalStrings(std::string_view name, std::size_t max_length) const {
  std::vector<std::string> texts;
  if (!Has(name)) return texts;
  const Json& v = Get(name);
  if (!v.is_array()) {
    return FieldError(name, "ska vara en lista med texter", "must be a list of texts").WithValue(AsText(v)).WithRule("string");
  }
  for (const Json& text : v) {
    auto checked = TextValue(name, text, max_length);
    if (!checked.ok()) return checked.error();
    texts.push_back(std::move(checked).value());
  }
  return texts;
}

Result<std::vector<std::int64_t>> Fields::OptionalIds(std::string_view name) const {
  std::vector<std::int64_t> ids;
  if (!Has(name)) return ids;
  const Json& v = Get(name);
  const auto bad = [&](const Json& value) {
    return FieldError(name, "ska vara en lista med id (positiva heltal)", "must be a list of ids (positive whole numbers)")
        .WithValue(AsText(value))
        .WithRule("id");
  };
  if (!v.is_array()) return bad(v);
  for (const Json& id : v) {
    if (!id.is_number_integer() || id.get<long long>() <= 0) return bad(id);
    ids.push_back(id.get<std::int64_t>());
  }
  return ids;
}

Result<int> Fields::Int(std::string_view name, int min, int max) const {
  auto v = OptionalInt(name, min, max);
  if (!v.ok()) return v.error();
  if (!v.value()) return FieldError(name, "saknas", "is missing").WithRule("required");
  return *v.value();
}

Result<std::optional<double>> Fields::OptionalNumber(std::string_view name) const {
  if (!Has(name)) return std::optional<double>();
  const Json& v = Get(name);
  if (!v.is_number()) {
    return FieldError(name, "ska vara ett tal", "must be a number").WithValue(AsText(v)).WithRule("number");
  }
  return std::optional<double>(v.get<double>());
}

Result<double> Fields::Number(std::string_view name) const {
  auto v = OptionalNumber(name);
  if (!v.ok()) return v.error();
  if (!v.value()) return FieldError(name, "saknas", "is missing").WithRule("required");
  return *v.value();
}

Result<std::optional<CalendarDate>> Fields::OptionalDate(std::string_view name) const {
  if (!Has(name)) return std::optional<CalendarDate>();
  const Json& v = Get(name);
  std::optional<CalendarDate> d;
  if (v.is_string()) d = ParseIsoDate(v.get<std::string>());
  if (!d) {
    return FieldError(name, "ska vara ett datum ÅÅÅÅ-MM-DD", "must be a date YYYY-MM-DD")
        .WithValue(AsText(v))
        .WithRule("iso_date");
  }
  return std::optional<CalendarDate>(*d);
}

Result<bool> Fields::OptionalBool(std::string_view name, bool fallback) const {
  if (!Has(name)) return fallback;
  const Json& v = Get(name);
  if (!v.is_boolean()) return FieldError(name, "ska vara true eller false", "must be true or false");
  return v.get<bool>();
}

Result<int> ExpectedVersion(const ApiRequest& req, const Json* body) {
  std::string tag = req.Header("if-match");
  if (!tag.empty()) {
    if (tag.rfind("W/", 0) == 0) tag = tag.substr(2);
    if (tag.size() >= 2 && tag.front() == '"' && tag.back() == '"') tag = tag.substr(1, tag.size() - 2);
    const std::optional<std::int64_t> v = DigitsWithin(tag, 0, 1'000'000'000);
    if (!v) {
      return Error(ErrorCode::kInvalidInput, "If-Match ska vara en version som \"3\"",
                   "If-Match must be a version such as \"3\"")
          .WithField("If-Match")
          .WithValue(req.Header("if-match"));
    }
    return static_cast<int>(*v);
  }
  if (body) {
    auto v = Fields(*body).OptionalInt("version", 0, 1'000'000'000);
    if (!v.ok()) return v.error();
    if (v.value()) return *v.value();
  }
  return FieldError("version",
                    "ange versionen du läste (If-Match eller \"version\"), så att ingen annans "
                    "ändring skrivs över",
                    "give the version you read (If-Match or \"version\"), so that nobody's change "
                    "is overwritten")
      .WithRule("version_required");
}

ApiResponse WithVersion(ApiResponse response, int version) {
  response.headers["ETag"] = "\"" + std::to_string(version) + "\"";
  return response;
}

Result<std::int64_t> IdParam(const ApiRequest& req, std::string_view name) {
  auto it = req.params.find(std::string(name));
  std::optional<std::int64_t> v;
  if (it != req.params.end()) v = DigitsWithin(it->second, 1, 99'999'999'999'999'999);
  if (!v) {
    return Error(ErrorCode::kNotFound, "posten finns inte", "the record does not exist")
        .WithField(std::string(name));
  }
  return static_cast<std::int64_t>(*v);
}

Result<OrgUnit> RequireUnitAccess(const ApiRequest& req, AppContext& app,
                                  std::string_view unit_code, std::string_view field) {
  auto unit = app.org_tree.FindByCode(unit_code, field);
  if (!unit.ok()) return unit;
  const Principal& who = req.user();
  if (!who.unit_id) return unit;
  auto within = app.org_tree.IsWithin(unit.value().id, *who.unit_id);
  if (!within.ok()) return within.error();
  if (!within.value()) {
    return Error(ErrorCode::kForbidden,
                 "enheten \"" + std::string(unit_code) + "\" ligger utanför din del av organisationen (" +
                     who.unit_code + ")",
                 "the unit \"" + std::string(unit_code) + "\" is outside your part of the organisation (" +
                     who.unit_code + ")")
        .WithField(std::string(field));
  }
  return unit;
}

Result<OrgUnit> ScopeUnit(const ApiRequest& req, AppContext& app) {
  auto org = req.query.find("org");
  if (org != req.query.end() && !org->second.empty()) {
    return RequireUnitAccess(req, app, org->second, "org");
  }
  if (req.user().unit_id) return app.org_tree.FindById(*req.user().unit_id);
  return app.org_tree.Root();
}

Result<int> WholeNumberField(std::string_view name, std::string_view text, int min, int max) {
  Result<int> value = ParseWholeInt(text, name, min, max);
  if (!value.ok()) return Error(value.error()).WithField(std::string(name));
  return value;
}

Result<int> IntQueryParam(const ApiRequest& req, std::string_view name, int fallback, int min, int max) {
  auto it = req.query.find(std::string(name));
  if (it == req.query.end()) return fallback;
  return WholeNumberField(name, it->second, min, max);
}

Result<int> YearParam(const ApiRequest& req) {
  auto it = req.query.find("year");
  if (it == req.query.end()) {
    const std::string range = std::to_string(kPlanYearMin) + "–" + std::to_string(kPlanYearMax);
    return Error(ErrorCode::kInvalidInput, "ange planåret som ?year=ÅÅÅÅ (" + range + ")",
                 "give the plan year as ?year=YYYY (" + range + ")")
        .WithField("year")
        .WithValue("");
  }
  return WholeNumberField("year", it->second, kPlanYearMin, kPlanYearMax);
}

Result<std::optional<int>> OptionalYearParam(const ApiRequest& req) {
  if (req.query.find("year") == req.query.end()) return std::optional<int>();
  auto year = YearParam(req);
  if (!year.ok()) return year.error();
  return std::optional<int>(year.value());
}

Result<YearSpan> YearSpanFields(const Fields& fields) {
  auto first = fields.Int(kYearField, kPlanYearMin, kPlanYearMax);
  if (!first.ok()) return first.error();
  auto last = fields.OptionalInt(kThroughYearField, kPlanYearMin, kPlanYearMax);
  if (!last.ok()) return last.error();
  YearSpan span{first.value(), last.value()};
  if (Status valid = Validate(span); !valid.ok()) return valid.error();
  return span;
}

void PutYearSpan(Json& json, const YearSpan& span) {
  json[std::string(kYearField)] = span.first;
  json[std::string(kThroughYearField)] = span.last ? Json(*span.last) : Json();
}

Result<ApiResponse> ListResponse(const ApiRequest& req, Json items,
                                 const std::vector<std::string>& scope_parameters) {
  int limit = 100, offset = 0;
  std::string sort, text;
  std::vector<std::pair<std::string, std::string>> filters;
  for (const auto& [key, value] : req.query) {
    if (key == "limit" || key == "offset") {
      const bool is_limit = key == "limit";
      Result<int> v = is_limit ? WholeNumberField(key, value, 1, kMaxListLimit)
                               : WholeNumberField(key, value, 0, kMaxListOffset);
      if (!v.ok()) return v.error();
      (is_limit ? limit : offset) = v.value();
    } else if (key == "sort") {
      sort = value;
    } else if (key == "q") {
      text = LowerAscii(value);
    } else if (std::find(scope_parameters.begin(), scope_parameters.end(), key) ==
               scope_parameters.end()) {
      filters.emplace_back(key, value);
    }
  }
  Json kept = Json::array();
  for (Json& item : items) {
    bool ok = true;
    for (const auto& [field, value] : filters) {
      auto it = item.find(field);
      if (it == item.end() || AsText(*it) != value) ok = false;
    }
    if (ok && !text.empty()) {
      bool found = false;
      for (const auto& [k, v] : item.items()) {
        if (v.is_string() && LowerAscii(v.get<std::string>()).find(text) != std::string::npos) found = true;
      }
      ok = found;
    }
    if (ok) kept.push_back(std::move(item));
  }
  if (!sort.empty()) {
    const bool descending = sort.front() == '-';
    const std::string field = descending ? sort.substr(1) : sort;
    std::stable_sort(kept.begin(), kept.end(), [&](const Json& a, const Json& b) {
      const Json& x = a.contains(field) ? a[field] : Json();
      const Json& y = b.contains(field) ? b[field] : Json();
      return descending ? y < x : x < y;
    });
  }
  const int total = static_cast<int>(kept.size());
  Json page = Json::array();
  for (int i = offset; i < total && i < offset + limit; ++i) page.push_back(std::move(kept[static_cast<std::size_t>(i)]));
  return JsonResponse(Json{{"items", std::move(page)}, {"total", total}, {"limit", limit}, {"offset", offset}});
}

std::string Actor(const ApiRequest& req) { return req.principal ? req.principal->name : "system"; }

// RFC 5987: the UTF-8 file name, percent-encoded, beside an ASCII fallback.
std::string ContentDisposition(const std::string& file_name) {
  std::string ascii, encoded;
  static const char* hex = "0123456789ABCDEF";
  for (unsigned char c : file_name) {
    const bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                       c == '.' || c == '-' || c == '_';
    ascii += plain ? static_cast<char>(c) : (c < 0x80 ? '_' : '\0');
    if (plain) {
      encoded += static_cast<char>(c);
    } else {
      encoded += '%';
      encoded += hex[c >> 4];
      encoded += hex[c & 15];
    }
  }
  std::erase(ascii, '\0');
  return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
}

ApiResponse Download(std::string bytes, std::string content_type, const std::string& file_name) {
  ApiResponse r;
  r.content_type = std::move(content_type);
  r.headers["Content-Disposition"] = ContentDisposition(file_name);
  r.raw_body = std::move(bytes);
  return r;
}

}  // namespace kplan::server::handlers
