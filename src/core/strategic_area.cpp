#include "kplan/core/strategic_area.hpp"

namespace kplan {
namespace {

constexpr StrategicArea kAreas[] = {
    {"attrahera", "Attrahera", "Attract"},
    {"rekrytera", "Rekrytera", "Recruit"},
    {"introducera", "Introducera", "Introduce"},
    {"utveckla", "Utveckla", "Develop"},
    {"behalla", "Behålla", "Retain"},
    {"utveckla_behalla", "Utveckla/Behålla", "Develop/Retain"},
    {"avsluta_avveckla", "Avsluta/Avveckla", "Offboard/Phase out"},
};

}  // namespace

std::span<const StrategicArea> StandardAreas() { return kAreas; }

std::optional<StrategicArea> FindStandardArea(std::string_view name_sv) {
  for (const StrategicArea& area : kAreas) {
    if (area.name_sv == name_sv) return area;
  }
  return std::nullopt;
}

std::string_view AreaLabel(const StrategicArea& area, Language language) {
  return language == Language::kSwedish ? area.name_sv : area.name_en;
}

}  // namespace kplan
