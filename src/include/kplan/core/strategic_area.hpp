#pragma once
// The strategic areas (strategiska områden) an activity belongs to.
//
// The standard areas are those seed 003 (Malmö, socialförvaltningen) names:
// "utveckla, behålla, attrahera, rekrytera, introducera och
// avsluta/avveckla" — six, Utveckla and Behålla distinct. Seeds 003 and 004
// also head one goal and activity section "Utveckla/Behålla" ("Utveckla och
// behålla"), for measures that serve both; that heading is a seventh standard
// area of its own, so an import keeps what the plan wrote and never merges
// Utveckla into Behålla or the other way round. Any other name is the
// municipality's own area and is kept as written (activity.hpp limits its
// length).

#include <optional>
#include <span>
#include <string_view>

#include "kplan/core/error.hpp"

namespace kplan {

struct StrategicArea {
  std::string_view key;       // stable ASCII key: "attrahera", "utveckla_behalla", ...
  std::string_view name_sv;   // the name as stored and printed: "Utveckla/Behålla"
  std::string_view name_en;   // "Develop/Retain"
};

// The standard areas in the order a plan presents them: Attrahera,
// Rekrytera, Introducera, Utveckla, Behålla, Utveckla/Behålla,
// Avsluta/Avveckla.
std::span<const StrategicArea> StandardAreas();

// The standard area stored under this Swedish name (exactly as stored), or
// none for a municipality's own area.
std::optional<StrategicArea> FindStandardArea(std::string_view name_sv);

// The label of a standard area in a language.
std::string_view AreaLabel(const StrategicArea& area, Language language);

}  // namespace kplan
