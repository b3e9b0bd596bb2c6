#include "kplan/io/columns.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "import_text.hpp"
#include "kplan/core/org_unit.hpp"
#include "kplan/core/swedish_text.hpp"
#include "reader_frame.hpp"

namespace kplan::io {
namespace {

using detail::Fold;
using detail::JoinList;
using detail::Quoted;
using detail::QuotedList;
using detail::TableError;

constexpr FieldNeed kOpt = FieldNeed::kOptional;
constexpr FieldNeed kReq = FieldNeed::kRequired;
constexpr FieldNeed kAny = FieldNeed::kAnyOf;

FieldSpec Spec(std::string key, std::string sv, std::string en, FieldNeed need,
               std::vector<std::string> headers) {
  return FieldSpec{std::move(key), std::move(sv), std::move(en), std::move(headers), need};
}

std::string Location(const Table& table) {
  return table.sheet.empty() ? Quoted(table.file) : Quoted(table.file) + " (" + table.sheet + ")";
}

Error MapError(const ColumnOverrides& overrides, std::string_view key, std::string sv,
               std::string en) {
  Error error(ErrorCode::kInvalidInput, std::move(sv), std::move(en));
  error.WithFile(overrides.source).WithRule("column_map");
  if (!key.empty()) error.WithField(std::string(key));
  return error;
}

std::optional<std::size_t> FindHeader(const std::vector<std::string>& header,
                                      const std::vector<std::string>& folded,
                                      std::string_view wanted) {
  std::string_view trimmed = detail::Trim(wanted);
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (detail::Trim(header[i]) == trimmed) return i;
  }
  std::string key = Fold(wanted);
  if (key.empty()) return std::nullopt;
  for (std::size_t i = 0; i < folded.size(); ++i) {
    if (folded[i] == key) return i;
  }
  return std::nullopt;
}

// One "kolumn saknas ..." segment for a field or an any-of group.
void AppendMissing(std::string& sv, std::string& en, const std::vector<const FieldSpec*>& group) {
  std::vector<std::string> names_sv, names_en, headers;
  for (const FieldSpec* f : group) {
    names_sv.push_back(f->label_sv + " (" + f->key + ")");
    names_en.push_back(f->label_en + " (" + f->key + ")");
    headers.insert(headers.end(), f->headers.begin(), f->headers.end());
  }
  if (!sv.empty()) {
    sv += "; ";
    en += "; ";
  }
  sv += "kolumn saknas för " + JoinList(names_sv, "eller") +
        ", godtagna rubriker: " + QuotedList(headers);
  en += "no column for " + JoinList(names_en, "or") + ", accepted headers: " + QuotedList(headers);
}

// One match of a table's header against a vocabulary: the map first, then
// the vocabulary's headers, then the check that nothing required is missing.
class ColumnMatcher {
 public:
  ColumnMatcher(const Table& table, const ColumnVocabulary& vocabulary,
                const ColumnOverrides& overrides)
      : table_(table), vocabulary_(vocabulary), overrides_(overrides),
        headers_found_(QuotedList(table.header)),
        chosen_(vocabulary.fields.size()),
        from_map_(vocabulary.fields.size(), false),
        claimed_by_(table.header.size(), -1) {
    folded_.reserve(table.header.size());
    for (const std::string& h : table.header) folded_.push_back(Fold(h));
  }

  // Every key of the map must be a field of this kind.
  Status CheckMapKeys() {
    for (const auto& [key, header] : overrides_.headers) {
      if (vocabulary_.Find(key) != nullptr) continue;
      std::string known;
      for (const FieldSpec& f : vocabulary_.fields) known += (known.empty() ? "" : ", ") + f.key;
      return MapError(overrides_, key,
                      "okänt fält för import av " + vocabulary_.kind + "; kända fält: " + known,
                      "unknown field for an import of " + vocabulary_.kind + "; known fields: " +
                          known);
    }
    return Ok();
  }

  // Columns named in the map first.
  Status ApplyMap() {
    for (std::size_t f = 0; f < vocabulary_.fields.size(); ++f) {
      const FieldSpec& field = vocabulary_.fields[f];
      auto it = overrides_.headers.find(field.key);
      if (it == overrides_.headers.end()) continue;
      from_map_[f] = true;
      if (!it->second) continue;  // null: the file has no column for this field
      auto index = FindHeader(table_.header, folded_, *it->second);
      if (!index) {
        return MapError(overrides_, field.key,
                        "kolumnen " + Quoted(*it->second) + " finns inte i " + Location(table_) +
                            "; rubriker i filen: " + headers_found_,
                        "the column " + Quoted(*it->second) + " is not in " + Location(table_) +
                            "; headers in the file: " + headers_found_);
      }
      if (claimed_by_[*index] >= 0) {
        const std::string& other =
            vocabulary_.fields[static_cast<std::size_t>(claimed_by_[*index])].key;
        return MapError(overrides_, field.key,
                        "kolumnen " + Quoted(table_.header[*index]) + " är redan vald för " + other,
                        "the column " + Quoted(table_.header[*index]) +
                            " is already chosen for " + other);
      }
      Claim(f, *index);
    }
    return Ok();
  }

  // Then the vocabulary; two columns for one field are an error.
  Status ApplyVocabulary() {
    for (std::size_t f = 0; f < vocabulary_.fields.size(); ++f) {
      if (from_map_[f]) continue;
      const FieldSpec& field = vocabulary_.fields[f];
      const std::vector<std::size_t> hits = UnclaimedColumnsFor(field);
      if (hits.size() > 1) return Duplicate(field, hits[0], hits[1]);
      if (hits.size() == 1) Claim(f, hits[0]);
    }
    return Ok();
  }

  // The vocabulary without complaint: of two columns for one field the first.
  void GuessFromVocabulary() {
    for (std::size_t f = 0; f < vocabulary_.fields.size(); ++f) {
      const std::vector<std::size_t> hits = UnclaimedColumnsFor(vocabulary_.fields[f]);
      if (!hits.empty()) Claim(f, hits[0]);
    }
  }

  // Required fields and the any-of group.
  Status CheckRequired() const {
    std::string missing_sv, missing_en;
    std::vector<const FieldSpec*> any_of;
    bool any_found = false;
    for (std::size_t f = 0; f < vocabulary_.fields.size(); ++f) {
      const FieldSpec& field = vocabulary_.fields[f];
      if (field.need == FieldNeed::kAnyOf) {
        any_of.push_back(&field);
        any_found = any_found || chosen_[f].has_value();
      } else if (field.need == FieldNeed::kRequired && !chosen_[f]) {
        AppendMissing(missing_sv, missing_en, {&field});
      }
    }
    if (!any_of.empty() && !any_found) AppendMissing(missing_sv, missing_en, any_of);
    if (missing_sv.empty()) return Ok();
    std::string first_key;
    for (std::size_t f = 0; f < vocabulary_.fields.size() && first_key.empty(); ++f) {
      const FieldSpec& field = vocabulary_.fields[f];
      const bool missing = field.need == FieldNeed::kRequired ||
                           (field.need == FieldNeed::kAnyOf && !any_found);
      if (!chosen_[f] && missing) first_key = field.key;
    }
    Error error = TableError(table_, missing_sv + ". Rubriker i filen: " + headers_found_,
                             missing_en + ". Headers in the file: " + headers_found_,
                             "missing_column");
    error.WithHint("byt namn på kolumnen till en godtagen rubrik, eller ange kolumnen med --map, "
                   "t.ex. {\"" + first_key + "\": \"Rubrik i filen\"}");
    return error;
  }

  ColumnMapping Mapping() const {
    ColumnMapping mapping;
    for (std::size_t f = 0; f < vocabulary_.fields.size(); ++f) {
      if (!chosen_[f]) continue;
      mapping.matches.push_back(ColumnMatch{vocabulary_.fields[f].key, *chosen_[f],
                                            table_.header[*chosen_[f]], from_map_[f]});
    }
    for (std::size_t c = 0; c < table_.header.size(); ++c) {
      if (claimed_by_[c] < 0) mapping.unused.push_back(c);
    }
    return mapping;
  }

 private:
  void Claim(std::size_t field, std::size_t column) {
    chosen_[field] = column;
    claimed_by_[column] = static_cast<int>(field);
  }

  std::vector<std::size_t> UnclaimedColumnsFor(const FieldSpec& field) const {
    std::vector<std::string> accepted;
    for (const std::string& h : field.headers) accepted.push_back(Fold(h));
    std::vector<std::size_t> hits;
    for (std::size_t c = 0; c < folded_.size(); ++c) {
      if (claimed_by_[c] >= 0 || folded_[c].empty()) continue;
      if (std::find(accepted.begin(), accepted.end(), folded_[c]) != accepted.end()) {
        hits.push_back(c);
      }
    }
    return hits;
  }

  Error Duplicate(const FieldSpec& field, std::size_t first_column,
                  std::size_t second_column) const {
    const std::string& first = table_.header[first_column];
    const std::string& second = table_.header[second_column];
    const std::string example = "{\"" + field.key + "\": " + Quoted(second) + "}";
    Error error = TableError(
        table_,
        "kolumnerna " + Quoted(first) + " och " + Quoted(second) + " avser båda " +
            field.label_sv + " (" + field.key + "); ange vilken som gäller med --map, t.ex. " +
            example,
        "the columns " + Quoted(first) + " and " + Quoted(second) + " both mean " +
            field.label_en + " (" + field.key + "); choose one with --map, e.g. " + example,
        "duplicate_column");
    error.WithColumn(second);
    return error;
  }

  const Table& table_;
  const ColumnVocabulary& vocabulary_;
  const ColumnOverrides& overrides_;
  const std::string headers_found_;
  std::vector<std::string> folded_;
  std::vector<std::optional<std::size_t>> chosen_;  // per field
  std::vector<bool> from_map_;                      // per field
  std::vector<int> claimed_by_;                     // per column: the field, or -1
};

// The unit headers that say the cells are codes (UnitColumnHoldsCodes).
const std::vector<std::string>& UnitCodeHeaders() {
  static const std::vector<std::string> headers{"Enhetskod", "Enhets-id", "Enhetsnummer",
                                                "Kostnadsställe", "unit_code"};
  return headers;
}

// A register's unit column: "Enhet" first, the code headers, other names.
std::vector<std::string> UnitHeaders() {
  std::vector<std::string> headers{"Enhet"};
  headers.insert(headers.end(), UnitCodeHeaders().begin(), UnitCodeHeaders().end());
  headers.insert(headers.end(), {"Organisationsenhet", "Org.enhet", "unit", "org_unit"});
  return headers;
}

}  // namespace

bool UnitColumnHoldsCodes(const ColumnMapping& mapping) {
  if (mapping.Has("unit_name")) return true;
  auto unit = std::find_if(mapping.matches.begin(), mapping.matches.end(),
                           [](const ColumnMatch& m) { return m.key == "unit"; });
  if (unit == mapping.matches.end()) return true;
  const std::string folded = Fold(unit->header);
  return std::any_of(UnitCodeHeaders().begin(), UnitCodeHeaders().end(),
                     [&](const std::string& h) { return Fold(h) == folded; });
}

const FieldSpec* ColumnVocabulary::Find(std::string_view key) const {
  for (const FieldSpec& f : fields) {
    if (f.key == key) return &f;
  }
  return nullptr;
}

const ColumnVocabulary& EmployeeColumns() {
  static const ColumnVocabulary vocabulary{
      "employees",
      {
          Spec("employee_id", "anställnings-id", "employee id", kReq,
               {"Anställningsnummer", "Anställningsnr", "Anst.nr", "Anställnings-id",
                "Anställd-id", "Medarbetar-id", "Medarbetarnummer", "Medarbetarnr", "Pseudonym",
                "Löpnummer", "employee_id", "employee_number", "employee", "id"}),
          Spec("unit", "enhet", "unit", kReq, UnitHeaders()),
          Spec("occupation", "yrke", "occupation", kAny,
               {"Yrke", "Befattning", "Yrkeskategori", "Yrkesbenämning", "Yrkesgrupp",
                "Kategori", "Befattningsbenämning", "occupation", "category", "job_title"}),
          Spec("ssyk", "SSYK-kod", "SSYK code", kAny,
               {"SSYK", "SSYK-kod", "SSYK 2012", "ssyk_code"}),
          Spec("employment_form", "anställningsform", "employment form", kReq,
               {"Anställningsform", "Anst.form", "Anställningstyp", "employment_type",
                "employment_form", "contract_type"}),
          Spec("birth_year", "födelseår", "birth year", kReq,
               {"Födelseår", "Födår", "Född", "birth_year", "year_of_birth"}),
          Spec("gender", "kön", "gender", kReq, {"Kön", "gender", "sex"}),
          Spec("fte_percent", "sysselsättningsgrad", "FTE percent", kReq,
               {"Sysselsättningsgrad", "Syss.grad", "Tjänstgöringsgrad", "Tjg.grad", "Omfattning",
                "fte_percent", "fte", "employment_rate"}),
          Spec("employment_start", "anställningsdatum", "employment start", kReq,
               {"Anställningsdatum", "Startdatum", "Anst.datum", "Anställd från",
                "Anställningsstart", "employment_start", "start_date", "hire_date"}),
          Spec("end_date", "slutdatum", "end date", kOpt,
               {"Slutdatum", "Anställd till", "Anställningens slut", "Avgångsdatum", "end_date",
                "employment_end"}),
          Spec("competence_level", "kompetensnivå", "competence level", kOpt,
               {"Kompetensnivå", "Nivå", "competence_level", "level"}),
          Spec("manager", "chef", "manager", kOpt,
               {"Chef", "Chefsflagga", "Chef med personalansvar", "Personalansvar", "manager",
                "is_manager"}),
          Spec("qualified", "formell kompetens", "formal qualification", kOpt,
               {"Formell kompetens", "Behörighet", "Behörig", "qualified",
                "formal_qualification"}),
          Spec("sick_hours", "sjuktimmar", "sick hours", kOpt,
               {"Sjuktimmar", "Sjukfrånvaro timmar", "sick_hours"}),
          Spec("scheduled_hours", "schemalagda timmar", "scheduled hours", kOpt,
               {"Schemalagda timmar", "Arbetstid", "Schemalagd tid", "Ordinarie arbetstid",
                "scheduled_hours"}),
          // With --create-units: the name of a unit the register names by code.
          Spec("unit_name", "enhetens namn", "unit name", kOpt,
               {"Enhetsnamn", "Enhetens namn", "Namn på enhet", "unit_name"}),
      }};
  return vocabulary;
}

const ColumnVocabulary& InventoryColumns() {
  static const ColumnVocabulary vocabulary{
      "inventory",
      {
          Spec("unit", "enhet", "unit", kOpt, {"Enhet", "Enhetskod", "unit", "unit_code"}),
          Spec("category", "yrkeskategori", "occupational category", kReq,
               {"Yrkeskategori", "Kategori", "Yrke", "Befattning", "category", "occupation"}),
          Spec("ssyk", "SSYK-kod", "SSYK code", kOpt, {"SSYK", "SSYK-kod", "SSYK 2012", "ssyk_code"}),
          Spec("level", "kompetensnivå", "competence level", kOpt,
               {"Kompetensnivå", "Nivå", "level", "competence_level"}),
          Spec("count", "antal", "count", kOpt,
               {"Antal", "Antal personer", "Antal medarbetare", "Antal anställda", "Tillgång",
                "count", "headcount"}),
      }};
  return vocabulary;
}

const ColumnVocabulary& PopulationColumns() {
  static const ColumnVocabulary vocabulary{
      "population",
      {
          Spec("area", "region", "region", kOpt,
               {"Region", "Kommun", "Område", "Geografi", "area", "municipality"}),
          Spec("age", "ålder", "age", kReq, {"Ålder", "Åldersgrupp", "Åldersklass", "age", "age_group"}),
          Spec("sex", "kön", "sex", kOpt, {"Kön", "sex", "gender"}),
          // Dimensions of SCB tables the forecast does not use: summed, or
          // their total taken (population_reader.hpp).
          Spec("marital_status", "civilstånd", "marital status", kOpt,
               {"Civilstånd", "marital status"}),
          Spec("birth_region", "födelseregion", "region of birth", kOpt,
               {"Födelseregion", "Inrikes/utrikes född", "Inrikes och utrikes född",
                "Inrikes eller utrikes född", "Födelseland", "region of birth",
                "country of birth", "born in Sweden or abroad"}),
          Spec("contents", "tabellinnehåll", "contents", kOpt,
               {"Tabellinnehåll", "contents", "ContentsCode"}),
          Spec("year", "år", "year", kOpt, {"År", "Prognosår", "Tid", "year"}),
          Spec("people", "antal", "number of people", kOpt,
               {"Antal", "Folkmängd", "Befolkning", "Antal personer", "people", "population",
                "count"}),
      }};
  return vocabulary;
}

const ColumnVocabulary& IndicatorColumns() {
  static const ColumnVocabulary vocabulary{
      "indicators",
      {
          Spec("goal", "mål", "goal", kOpt, {"Mål", "Målbeskrivning", "goal"}),
          Spec("indicator", "indikator", "indicator", kReq,
               {"Indikator", "Indikatornamn", "Mått", "Nyckeltal", "Namn", "indicator", "name",
                "measure"}),
          Spec("period", "period", "period", kReq, {"Period", "År", "Tidsperiod", "year"}),
          Spec("value", "utfall", "outcome", kReq,
               {"Utfall", "Värde", "Resultat", "value", "outcome", "result"}),
          Spec("unit", "måttenhet", "unit of measurement", kOpt,
               {"Måttenhet", "Mätenhet", "Enhet", "unit"}),
          Spec("target", "målvärde", "target", kOpt,
               {"Målvärde", "Målnivå", "target", "target_value"}),
          Spec("assessment", "bedömning", "assessment", kOpt, {"Bedömning", "assessment"}),
          Spec("comment", "kommentar", "comment", kOpt, {"Kommentar", "comment"}),
      }};
  return vocabulary;
}

const ColumnVocabulary& ActivityColumns() {
  static const ColumnVocabulary vocabulary{
      "activities",
      {
          Spec("area", "område", "area", kOpt,
               {"Område", "Strategiskt område", "Fokusområde", "Insatsområde", "Programområde",
                "area", "strategic_area"}),
          // Seed 002's "Vad": what the activity is to achieve, beside its area.
          Spec("goal_text", "vad (målet)", "what (the aim)", kOpt, {"Vad", "Syfte", "goal_text", "aim"}),
          Spec("title", "aktivitet", "activity", kReq,
               {"Aktivitet", "Titel", "Rubrik", "Åtgärd", "Insats", "title", "activity"}),
          Spec("description", "beskrivning", "description", kOpt, {"Beskrivning", "description"}),
          Spec("category", "yrkeskategori", "occupational category", kOpt,
               {"Yrkeskategori", "Kategori", "Yrke", "category", "occupation"}),
          Spec("owner", "ansvarig", "owner", kOpt, {"Ansvarig", "Ansvar", "owner", "responsible"}),
          Spec("start", "start", "start", kOpt,
               {"Start", "Startdatum", "Påbörjas", "start_date"}),
          Spec("end", "klart senast", "due", kOpt,
               {"Klart senast", "Slutdatum", "Klart", "Slut", "Deadline", "end", "end_date",
                "due_date"}),
          Spec("period", "genomförande", "period", kOpt,
               {"Genomförande", "Tidsperiod", "Tidsplan", "Period"}),
          Spec("status", "status", "status", kOpt, {"Status"}),
          Spec("unit", "enhet", "unit", kOpt, {"Enhet", "Enhetskod", "unit", "unit_code"}),
      }};
  return vocabulary;
}

const ColumnVocabulary& OrgUnitColumns() {
  static const ColumnVocabulary vocabulary{
      "org-units",
      {
          Spec("code", "enhetskod", "unit code", kOpt,
               {"Enhetskod", "Kod", "Enhets-id", "Enhetsnummer", "Kostnadsställe", "Ansvar",
                "code", "unit_code"}),
          Spec("name", "enhetsnamn", "unit name", kReq,
               {"Enhetsnamn", "Namn", "Enhet", "Benämning", "name", "unit_name", "unit"}),
          Spec("parent", "överordnad enhet", "parent unit", kOpt,
               {"Överordnad enhet", "Överordnad", "Överordnad enhetskod", "Tillhör", "parent",
                "parent_code"}),
          Spec("kind", "typ", "kind", kOpt, {"Typ", "Enhetstyp", "Nivå", "kind", "type"}),
      }};
  return vocabulary;
}

const ColumnVocabulary& OrgUnitLevelColumns() {
  static const ColumnVocabulary vocabulary = [] {
    ColumnVocabulary v{"org-units", {}};
    for (OrgUnitKind kind : kOrgUnitKinds) {
      const std::string key(OrgUnitKindKey(kind));
      const std::string label(OrgUnitKindLabel(kind));
      v.fields.push_back(Spec(key, ToLowerSwedish(label), key, kOpt, {label, key}));
    }
    return v;
  }();
  return vocabulary;
}

std::string FoldHeader(std::string_view header) { return Fold(header); }

Result<ColumnOverrides> ParseColumnOverrides(std::string_view json_text,
                                             std::string_view map_file) {
  ColumnOverrides overrides;
  overrides.source = std::string(map_file);
  nlohmann::json doc;
  try {
    doc = nlohmann::json::parse(json_text.begin(), json_text.end());
  } catch (const nlohmann::json::exception& e) {
    return MapError(overrides, {}, std::string("ogiltig JSON (") + e.what() + ")",
                    std::string("invalid JSON (") + e.what() + ")");
  }
  if (!doc.is_object()) {
    return MapError(overrides, {},
                    "ska vara ett JSON-objekt med fältnyckel och rubrik, t.ex. "
                    "{\"birth_year\": \"Födelse år\"}",
                    "must be a JSON object of field keys and headers, e.g. "
                    "{\"birth_year\": \"Födelse år\"}");
  }
  for (const auto& [key, value] : doc.items()) {
    if (value.is_null()) {
      overrides.headers[key] = std::nullopt;
    } else if (value.is_string() && !detail::Trim(value.get<std::string>()).empty()) {
      overrides.headers[key] = value.get<std::string>();
    } else {
      return MapError(overrides, key,
                      "värdet ska vara kolumnens rubrik i filen (en text), eller null om "
                      "kolumnen saknas",
                      "the value must be the column's header in the file (a string), or null "
                      "when there is no such column");
    }
  }
  return overrides;
}

std::optional<std::size_t> ColumnMapping::IndexOf(std::string_view key) const {
  for (const ColumnMatch& m : matches) {
    if (m.key == key) return m.index;
  }
  return std::nullopt;
}

std::string DescribeMapping(const ColumnMapping& mapping) {
  std::string out;
  for (const ColumnMatch& m : mapping.matches) {
    if (!out.empty()) out += ", ";
    out += m.key + " \u2190 " + m.header;
  }
  return out;
}

Result<ColumnMapping> MatchColumns(const Table& table, const ColumnVocabulary& vocabulary,
                                   const ColumnOverrides& overrides) {
  ColumnMatcher matcher(table, vocabulary, overrides);
  if (Status status = matcher.CheckMapKeys(); !status) return status.error();
  if (Status status = matcher.ApplyMap(); !status) return status.error();
  if (Status status = matcher.ApplyVocabulary(); !status) return status.error();
  if (Status status = matcher.CheckRequired(); !status) return status.error();
  return matcher.Mapping();
}

ColumnMapping GuessColumns(const Table& table, const ColumnVocabulary& vocabulary) {
  const ColumnOverrides none;
  ColumnMatcher matcher(table, vocabulary, none);
  matcher.GuessFromVocabulary();
  return matcher.Mapping();
}

}  // namespace kplan::io
