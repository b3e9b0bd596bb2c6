// Reads an analysis document: encoding, syntax, then the sections in order,
// each validated completely before anything is computed.

#include "kplan/io/analysis_document.hpp"

#include <set>

#include "analysis_document_parts.hpp"
#include "kplan/core/swedish_text.hpp"
#include "kplan/core/result_macros.hpp"

namespace kplan::io {
namespace {

using namespace json_fields;
using analysis_document::DeclaredHorizon;

constexpr int kMaxLevels = 10;
constexpr int kMaxHorizons = 10;
constexpr int kMaxHorizonYears = 50;

// "levels": the scale, lowest first; default Viss, God, Hög, Mycket hög.
Result<CompetenceScale> ReadScale(const Json& json, const Where& where) {
  KPLAN_RETURN_IF_ERROR(ExpectArray(json, where, kMaxLevels));
  if (json.size() < 2) {
    return where.Invalid("levels", "skalan behöver minst två kompetensnivåer",
                         "the scale needs at least two competence levels");
  }
  std::vector<std::string> names;
  for (std::size_t i = 0; i < json.size(); ++i) {
    std::string name;
    KPLAN_ASSIGN_OR_RETURN(name, ReadNonEmptyText(json[i], where.Index(i)));
    if (std::find(names.begin(), names.end(), name) != names.end()) {
      return where.Index(i)
          .Invalid("duplicate", "nivån \"" + name + "\" förekommer två gånger",
                   "the level \"" + name + "\" occurs twice")
          .WithValue(name);
    }
    names.push_back(std::move(name));
  }
  return CompetenceScale(std::move(names));
}

// "horizons": [2, 5], in years ahead.
Result<std::vector<DeclaredHorizon>> ReadHorizons(const Json& json, const Where& where) {
  KPLAN_RETURN_IF_ERROR(ExpectArray(json, where, kMaxHorizons));
  if (json.empty()) {
    return where.Invalid("required", "minst en horisont behövs", "at least one horizon is needed");
  }
  std::vector<DeclaredHorizon> horizons;
  std::set<int> seen;
  for (std::size_t i = 0; i < json.size(); ++i) {
    const Where at = where.Index(i);
    DeclaredHorizon horizon;
    KPLAN_ASSIGN_OR_RETURN(horizon.years, ReadWholeNumber(json[i], at, 1, kMaxHorizonYears));
    if (!seen.insert(horizon.years).second) {
      return at.Invalid(
          "duplicate", "horisonten " + std::to_string(horizon.years) + " år förekommer två gånger",
          "the horizon of " + std::to_string(horizon.years) + " years occurs twice");
    }
    horizons.push_back(horizon);
  }
  return horizons;
}

Result<AnalysisInput> ReadDocument(const Json& document) {
  const Where root;
  KPLAN_RETURN_IF_ERROR(ExpectObject(document, root.OwnedBy("dokumentet", "the document")));
  KPLAN_RETURN_IF_ERROR(OnlyKnownKeys(document, root,
                                      {"version", "organisation", "year", "comment", "levels", "horizons",
                                       "categories", "indicators", "risks", "projection"}));
  AnalysisInput input;
  if (const Json* version = Member(document, "version")) {
    // Only version 1 exists so far.
    KPLAN_RETURN_IF_ERROR(Checked(ReadWholeNumber(*version, root.Key("version"), 1, 1)));
  }
  if (const Json* organisation = Member(document, "organisation")) {
    KPLAN_ASSIGN_OR_RETURN(input.organisation, ReadText(*organisation, root.Key("organisation")));
  }
  if (const Json* year = Member(document, "year")) {
    KPLAN_ASSIGN_OR_RETURN(input.year, ReadWholeNumber(*year, root.Key("year"), 1900, 2200));
  }
  if (const Json* comment = Member(document, "comment")) {
    // A note for whoever reads the document; not part of the analysis.
    KPLAN_RETURN_IF_ERROR(Checked(ReadText(*comment, root.Key("comment"))));
  }
  if (const Json* levels = Member(document, "levels")) {
    KPLAN_ASSIGN_OR_RETURN(input.scale, ReadScale(*levels, root.Key("levels")));
  }

  const Json* categories = Member(document, "categories");
  const Json* indicators = Member(document, "indicators");
  const Json* projection = Member(document, "projection");
  if (!categories && !indicators && !projection) {
    return Error(ErrorCode::kInvalidInput,
                 "dokumentet innehåller inget att analysera: ange categories, indicators eller projection",
                 "the document has nothing to analyse: give categories, indicators or projection")
        .WithRule("required");
  }
  if (categories) {
    std::vector<DeclaredHorizon> horizons;
    const Json* horizons_json = nullptr;
    KPLAN_ASSIGN_OR_RETURN(horizons_json, RequiredMember(document, "horizons", root));
    KPLAN_ASSIGN_OR_RETURN(horizons, ReadHorizons(*horizons_json, root.Key("horizons")));
    for (const DeclaredHorizon& horizon : horizons) input.horizons.push_back(horizon.years);
    KPLAN_ASSIGN_OR_RETURN(input.categories, analysis_document::ReadCategories(
                                                 *categories, root.Key("categories"), input.scale, horizons));
  }
  if (const Json* risks = Member(document, "risks")) {
    KPLAN_RETURN_IF_ERROR(analysis_document::ReadRisks(*risks, root.Key("risks"), input.categories));
  }
  if (indicators) {
    KPLAN_ASSIGN_OR_RETURN(input.indicators,
                           analysis_document::ReadIndicators(*indicators, root.Key("indicators")));
  }
  if (projection) {
    KPLAN_ASSIGN_OR_RETURN(input.projection,
                           analysis_document::ReadProjection(*projection, root.Key("projection")));
  }
  return input;
}

}  // namespace

Result<AnalysisInput> ParseAnalysisDocument(std::string_view bytes) {
  Json document;
  KPLAN_ASSIGN_OR_RETURN(document, ParseJsonDocument(bytes, kMaxAnalysisDocumentBytes));
  return ReadDocument(document);
}

}  // namespace kplan::io
