#pragma once
// Kolada (RKA's open database of kommunal key figures): the personnel KPIs
// Kompetensplan reads, and the values it keeps of them, so that an
// indicator's outcome can be compared with riket and other kommuner.
//
// A value is one KPI, one municipality (its four-digit code; "0000" is
// riket), one year and one gender: "T" totalt, "K" kvinnor, "M" män. Its
// value may be absent (Kolada answers null when a kommun has not reported).

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "kplan/core/error.hpp"

namespace kplan {

struct KoladaKpi {
  std::string_view id;    // "N00090"
  std::string_view name;  // Swedish, as Kolada titles it
  std::string_view unit;  // "%", "st"
};

// The vocabulary: every KPI the import accepts, in id order.
std::span<const KoladaKpi> KoladaKpis();
const KoladaKpi* FindKoladaKpi(std::string_view id);

inline constexpr std::string_view kRiketCode = "0000";

// Four digits: "0000" (riket) or a kommun's code ("1280").
bool IsMunicipalityCode(std::string_view code);
// "Riket" for 0000, otherwise "kommun 1280".
std::string MunicipalityLabel(std::string_view code);

// "T", "K" or "M".
bool IsKoladaGender(std::string_view gender);

inline constexpr int kKoladaFirstYear = 1990;
inline constexpr int kKoladaLastYear = 2100;

struct KoladaValue {
  std::string kpi;
  std::string municipality;
  int period = 0;
  std::string gender;
  std::optional<double> value;
  std::string status;  // Kolada's status ("" mostly; "Missing" …)
};

// kpi in the vocabulary ("kolada_kpi"), municipality four digits
// ("municipality"), period within kKoladaFirstYear–kKoladaLastYear
// ("period"), gender T/K/M ("gender"), value finite ("number"); the field of
// the error is the member's name.
Status Validate(const KoladaValue& value);

// An indicator's comparison municipalities as stored and sent: codes joined
// by ",", e.g. "0000,1280". Parsing refuses a code that is not four digits
// (field "comparison", rule "municipality") and more than
// kMaxComparisons codes ("max_items"); duplicates are dropped.
inline constexpr std::size_t kMaxComparisons = 10;
Result<std::string> NormalizeComparisons(std::string_view codes);

}  // namespace kplan
