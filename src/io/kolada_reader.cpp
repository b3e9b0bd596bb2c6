// Kolada's v2 and v3 answers as values (kolada_reader.hpp).

#include "kplan/io/kolada_reader.hpp"

#include <algorithm>
#include <optional>
#include <set>
#include <tuple>

#include "kplan/io/json_fields.hpp"

namespace kplan::io {
namespace {

using json_fields::Json;
using json_fields::Where;

// A year of the personnel KPIs for every kommun is a few megabytes.
constexpr std::size_t kMaxKoladaBytes = 64u << 20;

class KoladaReader {
 public:
  KoladaReader(std::string_view file, std::size_t limit) : file_(file), limit_(limit) {}

  Result<KoladaReadResult> Read(const Json& root) {
    const Where top;
    const Json* values = root.is_object() ? json_fields::Member(root, "values") : nullptr;
    if (!values || !values->is_array()) {
      Error e = top.Invalid("kolada", "filen är inget svar från Koladas API (\"values\" saknas)",
                            "the file is no answer of Kolada's API (\"values\" is missing)");
      e.WithFile(file_).WithHint("Spara svaret från api.kolada.se/v2/data/kpi/… eller /v3/data/kpi/… som det kom.");
      return e;
    }
    result_.version = root.contains("next_url") || root.contains("previous_url") ? "v3" : "v2";
    for (const char* next : {"next_page", "next_url"}) {
      const Json* n = json_fields::Member(root, next);
      if (n && n->is_string() && !n->get<std::string>().empty()) result_.more_pages = true;
    }
    if (Status s = json_fields::ExpectArray(*values, top.Key("values")); !s) return WithFile(s.error());
    for (std::size_t i = 0; i < values->size(); ++i) Entry((*values)[i], top.Key("values").Index(i));
    if (!result_.ok()) result_.values.clear();
    return std::move(result_);
  }

 private:
  Error WithFile(Error e) const {
    e.WithFile(file_);
    return e;
  }

  void Add(Error e) {
    ++result_.error_count;
    if (result_.errors.size() < limit_) result_.errors.push_back(WithFile(std::move(e)));
  }

  // Core's error about a member (its field the member's name) at that
  // member of the object at `at`.
  static Error Located(const Error& core, const Where& at) {
    Error e = at.Key(core.location().field).Invalid(core.rule(), core.message(Language::kSwedish),
                                                    core.message(Language::kEnglish));
    if (core.location().value) e.WithValue(*core.location().value);
    return e;
  }

  // A member that must be a text; "" and an error when it is not.
  std::optional<std::string> Text(const Json& entry, std::string_view key, const Where& at) {
    Result<const Json*> m = json_fields::RequiredMember(entry, key, at);
    if (!m.ok()) return Add(m.error()), std::nullopt;
    Result<std::string> t = json_fields::ReadText(*m.value(), at.Key(key));
    if (!t.ok()) return Add(t.error()), std::nullopt;
    return t.value();
  }

  // Kolada writes the year as a number; a saved answer may quote it.
  std::optional<int> Period(const Json& entry, const Where& at) {
    Result<const Json*> m = json_fields::RequiredMember(entry, "period", at);
    if (!m.ok()) return Add(m.error()), std::nullopt;
    const Json& p = *m.value();
    if (p.is_string()) {
      const std::string s = p.get<std::string>();
      if (s.size() == 4 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return std::stoi(s);
      }
      Add(at.Key("period").Invalid("period", "\"" + s + "\" är inget årtal", "\"" + s + "\" is no year")
              .WithValue(s));
      return std::nullopt;
    }
    Result<int> year = json_fields::ReadWholeNumber(p, at.Key("period"), 0, 9999);
    if (!year.ok()) return Add(year.error()), std::nullopt;
    return year.value();
  }

  void Entry(const Json& entry, const Where& at) {
    if (Status s = json_fields::ExpectObject(entry, at); !s) return Add(s.error());
    std::optional<std::string> kpi = Text(entry, "kpi", at);
    std::optional<std::string> municipality = Text(entry, "municipality", at);
    std::optional<int> period = Period(entry, at);
    Result<const Json*> genders = json_fields::RequiredMember(entry, "values", at);
    if (!genders.ok()) return Add(genders.error());
    if (Status s = json_fields::ExpectArray(*genders.value(), at.Key("values")); !s) return Add(s.error());
    if (!kpi || !municipality || !period) return;
    // The entry's own members once, whatever its genders say.
    if (Status s = Validate(KoladaValue{*kpi, *municipality, *period, "T", std::nullopt, ""}); !s.ok()) {
      return Add(Located(s.error(), at));
    }
    for (std::size_t j = 0; j < genders.value()->size(); ++j) {
      Value(*kpi, *municipality, *period, (*genders.value())[j], at.Key("values").Index(j));
    }
  }

  void Value(const std::string& kpi, const std::string& municipality, int period, const Json& g,
             const Where& at) {
    if (Status s = json_fields::ExpectObject(g, at); !s) return Add(s.error());
    std::optional<std::string> gender = Text(g, "gender", at);
    if (!gender) return;
    KoladaValue v{kpi, municipality, period, *gender, std::nullopt, ""};
    if (const Json* value = json_fields::Member(g, "value")) {
      Result<double> number = json_fields::ReadNumber(*value, at.Key("value"));
      if (!number.ok()) return Add(Error(number.error()).WithValue(json_fields::Quote(*value)));
      v.value = number.value();
    }
    if (const Json* status = json_fields::Member(g, "status"); status && status->is_string()) {
      v.status = status->get<std::string>();
    }
    if (Status s = Validate(v); !s.ok()) return Add(Located(s.error(), at));
    if (!seen_.insert({v.kpi, v.municipality, v.period, v.gender}).second) {
      return Add(at.Invalid("unique",
                            v.kpi + " för " + MunicipalityLabel(v.municipality) + " " + std::to_string(v.period) +
                                " kön " + v.gender + " står två gånger i filen",
                            v.kpi + " for " + v.municipality + " " + std::to_string(v.period) + " gender " +
                                v.gender + " occurs twice in the file")
                     .WithValue(v.gender));
    }
    result_.values.push_back(std::move(v));
  }

  std::string file_;
  std::size_t limit_;
  KoladaReadResult result_;
  std::set<std::tuple<std::string, std::string, int, std::string>> seen_;
};

}  // namespace

Result<KoladaReadResult> ReadKolada(std::string_view bytes, std::string_view file_name, std::size_t error_limit) {
  Result<Json> root = json_fields::ParseJsonDocument(bytes, kMaxKoladaBytes);
  if (!root.ok()) return Error(root.error()).WithFile(std::string(file_name));
  return KoladaReader(file_name, error_limit).Read(root.value());
}

}  // namespace kplan::io
