// The Kolada KPI vocabulary and the rules of a stored value (kolada.hpp).

#include "kplan/core/kolada.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace kplan {
namespace {

// The personnel KPIs of Kolada's "Personal" area that the follow-up of a
// kompetensförsörjningsplan names (issue 15; seeds 000 and 003).
constexpr std::array<KoladaKpi, 5> kKpis = {{
    {"N00090", "Sjukfrånvaro totalt, kommunalt anställda, andel (%)", "%"},
    {"N00206", "Heltidsanställda månadsavlönade, kommun, andel (%)", "%"},
    {"N00214", "Anställda 55 år och äldre, kommun, andel (%)", "%"},
    {"N00219", "Månadsavlönade 55 år och äldre, kommun, andel (%)", "%"},
    {"N00239", "Nyanställda tillsvidareanställda, kommun, andel (%)", "%"},
}};

Error Invalid(std::string_view field, std::string_view rule, std::string sv, std::string en,
              std::string value) {
  return Error(ErrorCode::kInvalidInput, std::move(sv), std::move(en))
      .WithField(std::string(field))
      .WithRule(std::string(rule))
      .WithValue(std::move(value));
}

std::string KnownIds() {
  std::string ids;
  for (const KoladaKpi& k : kKpis) ids += (ids.empty() ? "" : ", ") + std::string(k.id);
  return ids;
}

}  // namespace

std::span<const KoladaKpi> KoladaKpis() { return kKpis; }

const KoladaKpi* FindKoladaKpi(std::string_view id) {
  for (const KoladaKpi& k : kKpis) {
    if (k.id == id) return &k;
  }
  return nullptr;
}

bool IsMunicipalityCode(std::string_view code) {
  return code.size() == 4 && std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string MunicipalityLabel(std::string_view code) {
  return code == kRiketCode ? "Riket" : "kommun " + std::string(code);
}

bool IsKoladaGender(std::string_view gender) { return gender == "T" || gender == "K" || gender == "M"; }

Status Validate(const KoladaValue& v) {
  if (!FindKoladaKpi(v.kpi)) {
    return Invalid("kpi", "kolada_kpi", "nyckeltalet \"" + v.kpi + "\" hör inte till personalnyckeltalen (" + KnownIds() + ")",
                   "the KPI \"" + v.kpi + "\" is not one of the personnel KPIs (" + KnownIds() + ")", v.kpi);
  }
  if (!IsMunicipalityCode(v.municipality)) {
    return Invalid("municipality", "municipality",
                   "\"" + v.municipality + "\" är ingen kommunkod (fyra siffror, 0000 för riket)",
                   "\"" + v.municipality + "\" is no municipality code (four digits, 0000 for Sweden)",
                   v.municipality);
  }
  if (v.period < kKoladaFirstYear || v.period > kKoladaLastYear) {
    const std::string range = std::to_string(kKoladaFirstYear) + "–" + std::to_string(kKoladaLastYear);
    return Invalid("period", "period", "året " + std::to_string(v.period) + " ligger inte inom " + range,
                   "the year " + std::to_string(v.period) + " is not within " + range, std::to_string(v.period));
  }
  if (!IsKoladaGender(v.gender)) {
    return Invalid("gender", "gender", "\"" + v.gender + "\" är inget kön i Kolada (T, K eller M)",
                   "\"" + v.gender + "\" is no Kolada gender (T, K or M)", v.gender);
  }
  if (v.value && !std::isfinite(*v.value)) {
    return Invalid("value", "number", "värdet är inget tal", "the value is not a number", "");
  }
  return Ok();
}

Result<std::string> NormalizeComparisons(std::string_view codes) {
  std::vector<std::string> kept;
  std::size_t start = 0;
  while (start <= codes.size()) {
    std::size_t end = codes.find(',', start);
    if (end == std::string_view::npos) end = codes.size();
    std::string_view part = codes.substr(start, end - start);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
    if (!part.empty()) {
      if (!IsMunicipalityCode(part)) {
        return Invalid("comparison", "municipality",
                       "\"" + std::string(part) + "\" är ingen kommunkod (fyra siffror, 0000 för riket)",
                       "\"" + std::string(part) + "\" is no municipality code (four digits, 0000 for Sweden)",
                       std::string(part));
      }
      if (std::find(kept.begin(), kept.end(), part) == kept.end()) kept.emplace_back(part);
    }
    start = end + 1;
  }
  if (kept.size() > kMaxComparisons) {
    return Invalid("comparison", "max_items",
                   "högst " + std::to_string(kMaxComparisons) + " jämförelsekommuner",
                   "at most " + std::to_string(kMaxComparisons) + " comparison municipalities",
                   std::string(codes));
  }
  std::string joined;
  for (const std::string& c : kept) joined += (joined.empty() ? "" : ",") + c;
  return joined;
}

}  // namespace kplan
